/**
 * The rule-set lifecycle on the embedded PostgreSQL: a draft that does not parse or names an unknown test
 * is refused with the reason and its path; a candidate is validated by replaying it against the active
 * version over the results judged so far (the differences and a per-rule report are printed); only a
 * pathologist approves, only a validated version, and the results judged afterwards name the new version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompareNode,
  HoldOutcome,
  ResultValueOperand,
  Rule,
  TestsSelector,
  starterRuleSet,
} from '@aliquot/engines/autoverification';
import {
  approveRuleSetVersion,
  diffRuleSetVersions,
  explainResult,
  listRuleSets,
  ruleSetValidationReport,
  saveRuleSetDraft,
  validateRuleSetVersion,
  type Actor,
} from '@aliquot/services';
import { startVerificationTestLab, type VerificationTestLab, matching } from './verification-test-lab.js';

let t: VerificationTestLab;
let supervisor: Actor;
let pathologist: Actor;
let mls: Actor;

/** The starter rules, as JSON a person would edit. */
const starterJson = (): { rules: Record<string, unknown>[] } & Record<string, unknown> =>
  JSON.parse(JSON.stringify(starterRuleSet)) as { rules: Record<string, unknown>[] } & Record<
    string,
    unknown
  >;

/** The change under validation: review every potassium above 5.0, and stop reflexing FT3 on a low TSH. */
function candidate(): Record<string, unknown> {
  const json = starterJson();
  const review = Rule.create({
    id: 'review.potassium-above-5',
    name: 'Potassium above 5.0 reviewed during the pilot',
    stage: 'plausibility',
    appliesTo: TestsSelector.create(['K']),
    when: CompareNode.create(ResultValueOperand.create(), '>', 5.0),
    then: [HoldOutcome.create()],
    message: 'potassium above 5.0 mmol/L is reviewed by a person during the pilot',
    rationale: 'Pilot of stricter review after a missed hemolysed sample.',
    source: 'Lab director memo 2026-02',
  });
  return {
    ...json,
    rules: [
      ...json.rules.filter((rule) => rule['id'] !== 'reflex.tsh-low-ft3'),
      JSON.parse(JSON.stringify(review)),
    ],
  };
}

beforeAll(async () => {
  t = await startVerificationTestLab();
  supervisor = await t.person('rdiaz', ['supervisor']);
  pathologist = await t.person('dr.okoye', ['pathologist']);
  mls = await t.person('amira.mls', ['mls']);
  await t.acceptQc(['K', 'TSH']);
  // The history replayed: potassiums across the range and a low TSH, judged by the starter rules.
  for (const [name, value] of [
    ['Abara', 4.1],
    ['Bello', 4.8],
    ['Chen', 5.3],
    ['Duarte', 5.6],
    ['Egan', 3.9],
  ] as const) {
    await t.instrumentResult(await t.specimen(await t.patient(name), ['K']), 'K', value);
  }
  await t.instrumentResult(await t.specimen(await t.patient('Fofana'), ['TSH']), 'TSH', 0.1);
});
afterAll(() => t.close());

describe('saving a draft', () => {
  it('a rule naming an unknown test is refused with the path of the code', async () => {
    const json = starterJson();
    const rule = json.rules[0] as Record<string, unknown>;
    json.rules = [
      { ...rule, id: 'custom.rule', appliesTo: { kind: 'tests', codes: ['XYZ'] } },
      ...json.rules,
    ];
    const refusal = saveRuleSetDraft(t.lab, supervisor, { rules: json, changeNote: 'typo in a code' });
    await expect(refusal).rejects.toMatchObject({
      code: 'invalid',
      message: matching(/^the rule set cannot be saved: \$\.rules\[0\]\.appliesTo\.codes\[0\]: .*XYZ/),
    });
  });

  it('a rule set that is not a rule set is refused, saying where', async () => {
    const refusal = saveRuleSetDraft(t.lab, supervisor, {
      rules: { kind: 'rule-set', id: 'x', name: 'x', rules: [{ kind: 'rule', id: 'r1' }] },
      changeNote: 'half-written',
    });
    const error = await refusal.then(
      () => undefined,
      (reason: unknown) => reason as { code: string; issues: { location?: string; message: string }[] },
    );
    expect(error?.code).toBe('invalid');
    expect(error?.issues).toContainEqual({ location: '$.rules[0].name', message: 'required' });
  });

  it('an MLS may not write rules', async () => {
    await expect(saveRuleSetDraft(t.lab, mls, { rules: candidate(), changeNote: 'x' })).rejects.toMatchObject(
      {
        code: 'forbidden',
      },
    );
  });
});

describe('validating a candidate by replay and approving it', () => {
  it('replays the candidate against the active starter set and prints the differences and the per-rule report', async () => {
    const draft = await saveRuleSetDraft(t.lab, supervisor, {
      rules: candidate(),
      changeNote: 'Pilot: review potassium above 5.0; no FT3 reflex on low TSH',
    });
    expect(draft).toMatchObject({ id: 'aliquot-starter', version: 2, status: 'draft', draftedBy: 'rdiaz' });
    await expect(
      approveRuleSetVersion(t.lab, pathologist, 'aliquot-starter', 2, 'too early'),
    ).rejects.toMatchObject({
      code: 'rule-violation',
      message: matching(/has not been validated; replay it against stored results first/),
    });

    const validation = await validateRuleSetVersion(t.lab, supervisor, 'aliquot-starter', 2);
    process.stdout.write(`\n${validation.text}\n`);
    const { report } = validation;
    expect(report.cases).toBe(6);
    expect(report.newlyHeld).toBe(2);
    expect(report.differences.map((d) => [d.testCode, d.changes])).toEqual(
      expect.arrayContaining([
        ['K', ['disposition: release → hold', 'rule now fires: review.potassium-above-5']],
        ['TSH', ['rule no longer fires: reflex.tsh-low-ft3', 'reflex removed: FT3']],
      ]),
    );
    const rule = report.candidate.rules.find((r) => r.ruleId === 'review.potassium-above-5');
    // Seen on the five potassiums: fired and held on the two above 5.0; the other three were released.
    expect(rule).toMatchObject({ seen: 5, fired: 2, held: 2, released: 3 });
    expect(validation.text).toMatch(/Replay of 6 results/);
    expect(validation.text).toMatch(/decisions changed: 3 \(newly held 2, newly released 0\)/);
    expect(validation.text).toMatch(/review\.potassium-above-5\s+5\s+2\s+2\s+3/);
    expect(validation.version.status).toBe('validated');

    const stored = await ruleSetValidationReport(t.lab, mls, 'aliquot-starter', 2);
    expect(stored.text).toBe(validation.text);
  });

  it('only a pathologist approves; approval retires the starter version, and later results name version 2', async () => {
    await expect(approveRuleSetVersion(t.lab, supervisor, 'aliquot-starter', 2, 'ok')).rejects.toMatchObject({
      code: 'forbidden',
    });
    const approved = await approveRuleSetVersion(
      t.lab,
      pathologist,
      'aliquot-starter',
      2,
      'Approved for the pilot',
    );
    expect(approved).toMatchObject({ status: 'active', approvedBy: 'dr.okoye' });
    const versions = await listRuleSets(t.lab, mls);
    expect(versions.map((v) => [v.version, v.status, v.approvedBy])).toEqual([
      [2, 'active', 'dr.okoye'],
      [1, 'retired', 'system (starter rule set)'],
    ]);

    const result = await t.instrumentResult(await t.specimen(await t.patient('Gomez'), ['K']), 'K', 5.2);
    expect(result.status).toBe('held');
    const record = await explainResult(t.lab, mls, result.id);
    expect(record.decisions[0]?.ruleSet).toEqual({ id: 'aliquot-starter', version: 2 });
    expect(record.decisions[0]?.decidedByRule).toBe('review.potassium-above-5');
  });

  it('the diff of the two versions names the rule added and the rule removed', async () => {
    const diff = await diffRuleSetVersions(
      t.lab,
      mls,
      { id: 'aliquot-starter', version: 1 },
      { id: 'aliquot-starter', version: 2 },
    );
    expect(diff.summary).toEqual([
      'added review.potassium-above-5 (plausibility): Potassium above 5.0 reviewed during the pilot',
      'removed reflex.tsh-low-ft3 (reflex): TSH low: free T3',
    ]);
  });
});
