import { describe, expect, it } from 'vitest';
import { parseRuleSet, serializeRuleSet } from './rule-set-parser.js';
import { starterKnownCodes, starterRuleSet } from './starter-rules.js';
import { starterCatalogCodes } from './starter-thresholds.js';

/** A minimal hand-written rule set, as a lab would type it. */
const handWritten = (rule: Record<string, unknown>) => ({
  kind: 'rule-set',
  id: 'lab-rules',
  version: 3,
  name: 'Lab rules',
  rules: [
    {
      kind: 'rule',
      id: 'lab.high-tg',
      name: 'High triglycerides',
      stage: 'reflex',
      appliesTo: { kind: 'tests', codes: ['TRIG'] },
      when: { kind: 'compare', left: { kind: 'result-value' }, operator: '>', right: 400 },
      then: [{ kind: 'reflex', tests: ['DLDL'] }],
      message: 'direct LDL added',
      rationale: 'Friedewald is invalid above 400 mg/dL.',
      source: 'workflow.md §6',
      ...rule,
    },
  ],
});

const issuesOf = (json: unknown, codes: readonly string[] = starterCatalogCodes) => {
  const result = parseRuleSet(json, codes);
  return result.ok ? [] : result.issues;
};

describe('parsing a stored rule set', () => {
  it('the starter rule set survives storage as JSON unchanged', () => {
    const result = parseRuleSet(serializeRuleSet(starterRuleSet), starterKnownCodes);
    expect(result).toEqual({ ok: true, ruleSet: starterRuleSet });
  });

  it('a parsed rule set is frozen', () => {
    const result = parseRuleSet(handWritten({}), starterCatalogCodes);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(Object.isFrozen(result.ruleSet)).toBe(true);
    expect(Object.isFrozen(result.ruleSet.rules[0]?.when)).toBe(true);
  });

  it('fills the defaults a lab may leave out (enabled; compare passes when data are missing)', () => {
    const result = parseRuleSet(handWritten({}), starterCatalogCodes);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.ruleSet.rules[0]).toMatchObject({ enabled: true, when: { whenMissing: 'pass' } });
  });

  it('refuses the starter rules when urine culture is not a known orderable, saying where', () => {
    const index = starterRuleSet.rules.findIndex((rule) => rule.id === 'reflex.urine-culture');
    expect(issuesOf(JSON.parse(serializeRuleSet(starterRuleSet)))).toContainEqual({
      location: `$.rules[${index}].then[0].tests[0]`,
      message: 'unknown test code "UCULT"',
    });
  });

  it('refuses a rule for a test the lab does not have', () => {
    expect(issuesOf(handWritten({ appliesTo: { kind: 'tests', codes: ['TRIGLY'] } }))).toEqual([
      { location: '$.rules[0].appliesTo.codes[0]', message: 'unknown test code "TRIGLY"' },
    ]);
  });

  it('refuses an unknown condition kind and lists the kinds it knows', () => {
    const [issue] = issuesOf(handWritten({ when: { kind: 'magic' } }));
    expect(issue?.location).toBe('$.rules[0].when.kind');
    expect(issue?.message).toMatch(
      /^unknown condition kind "magic"; expected one of always, and, or, not, compare/,
    );
  });

  it('refuses a misspelt field rather than ignoring it', () => {
    expect(
      issuesOf(
        handWritten({ when: { kind: 'compare', left: { kind: 'result-value' }, operator: '>', rigth: 400 } }),
      ),
    ).toEqual([
      { location: '$.rules[0].when.rigth', message: 'unknown field "rigth"' },
      { location: '$.rules[0].when.right', message: 'required' },
    ]);
  });

  it('refuses a rule without a rationale', () => {
    expect(issuesOf(handWritten({ rationale: '' }))).toEqual([
      { location: '$.rules[0].rationale', message: 'must not be empty' },
    ]);
  });

  it('refuses a wrong type deep inside a tree', () => {
    const when = {
      kind: 'and',
      conditions: [
        { kind: 'always' },
        { kind: 'serum-index', index: 'hemolysis', fallbackLimits: { K: 'ninety' } },
      ],
    };
    expect(issuesOf(handWritten({ when }))).toEqual([
      {
        location: '$.rules[0].when.conditions[1].fallbackLimits.K',
        message: 'expected a number, got "ninety"',
      },
    ]);
  });

  it('refuses bounds in the wrong order and a percent delta without a limit', () => {
    const when = {
      kind: 'or',
      conditions: [
        { kind: 'implausible-value', low: 10, high: 2 },
        { kind: 'delta-check', setting: { method: 'percent', windowHours: 72 } },
      ],
    };
    expect(issuesOf(handWritten({ when }))).toEqual([
      {
        location: '$.rules[0].when.conditions[0]',
        message: 'implausible-value: low (10) must be below high (2)',
      },
      {
        location: '$.rules[0].when.conditions[1].setting.limit',
        message: 'a percent delta check needs a limit',
      },
    ]);
  });

  it('refuses duplicate rule ids and ids reserved for the engine', () => {
    const json = handWritten({ id: 'engine.mine' });
    const twice = { ...json, rules: [...json.rules, ...json.rules] };
    expect(issuesOf(twice)).toEqual([
      { location: '$.rules[0].id', message: 'rule ids starting with "engine." are reserved for the engine' },
      { location: '$.rules[1].id', message: 'rule ids starting with "engine." are reserved for the engine' },
      { location: '$.rules[1].id', message: 'duplicate rule id "engine.mine" (also $.rules[0])' },
    ]);
  });

  it('refuses a version that is not a positive whole number', () => {
    expect(issuesOf({ ...handWritten({}), version: 1.5 })).toEqual([
      { location: '$.version', message: 'expected an integer, got 1.5' },
    ]);
  });

  it('refuses text that is not JSON', () => {
    const [issue] = issuesOf('{"kind": "rule-set",');
    expect(issue?.location).toBe('$');
    expect(issue?.message).toMatch(/^not valid JSON/);
  });

  it('refuses a dilution factor of 1', () => {
    expect(issuesOf(handWritten({ then: [{ kind: 'dilute-and-rerun', factor: 1 }] }))).toEqual([
      {
        location: '$.rules[0].then[0].factor',
        message: 'expected "auto" or a dilution factor greater than 1, got number',
      },
    ]);
  });
});
