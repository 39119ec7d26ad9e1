import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstrumentFlagNode, MeasuringRangeNode, QcStateNode } from './analytical-nodes.js';
import { CriticalValueNode, DeltaCheckNode, ReferenceIntervalNode } from './clinical-nodes.js';
import type { ConditionNode } from './condition-node.js';
import { AnionGapNode, EdtaContaminationNode, RuleOfThreeNode } from './consistency-nodes.js';
import { AlwaysNode, AndNode, CodedValueNode, CompareNode, NotNode, OrNode } from './logic-nodes.js';
import {
  AnalyteValueOperand,
  ResultValueOperand,
  SerumIndexValueOperand,
  SpecimenAgeOperand,
} from './operand-nodes.js';
import {
  CancelAndRecollectOutcome,
  CommentOutcome,
  DiluteAndRerunOutcome,
  HoldOutcome,
  NotifyCriticalOutcome,
  ReflexOutcome,
  ReportAsOutcome,
  RerunOutcome,
  SuppressOutcome,
  type OutcomeNode,
} from './outcome-nodes.js';
import { applicableRules, evaluate } from './rule-evaluator.js';
import { AllTestsSelector, Rule, RuleSet, stageOrder, TestsSelector } from './rule-node.js';
import { parseRuleSet, serializeRuleSet } from './rule-set-parser.js';
import { scenario } from './scenario-builder.js';
import { SerumIndexNode } from './specimen-nodes.js';
import { starterKnownCodes, starterRuleSet } from './starter-rules.js';

const testCodes = [
  'NA',
  'K',
  'CL',
  'GLU',
  'CA',
  'CREA',
  'HGB',
  'MCV',
  'PLT',
  'TSH',
  'TRIG',
  'LDLC',
  'DBIL',
  'UNIT',
] as const;

const arbitraryContext = fc
  .record({
    test: fc.constantFrom(...testCodes),
    number: fc.double({ min: -5, max: 9000, noNaN: true, noDefaultInfinity: true }),
    answer: fc.constantFrom('neg', 'pos', '2+', 'maybe'),
    flags: fc.subarray(['CLOT', 'BLASTS', 'PLT-CLUMPS', 'ABOVE-LINEARITY', 'SHORT-SAMPLE']),
    replicate: fc.integer({ min: 1, max: 3 }),
    dilutionFactor: fc.constantFrom(1, 2, 10),
    indices: fc.record(
      {
        hemolysis: fc.integer({ min: 0, max: 400 }),
        icterus: fc.integer({ min: 0, max: 40 }),
        lipemia: fc.integer({ min: 0, max: 3000 }),
      },
      { requiredKeys: [] },
    ),
    others: fc.record(
      {
        NA: fc.integer({ min: 110, max: 160 }),
        CL: fc.integer({ min: 80, max: 125 }),
        CO2: fc.integer({ min: 8, max: 35 }),
        CA: fc.double({ min: 4, max: 12, noNaN: true }),
        ALP: fc.integer({ min: 5, max: 300 }),
        TRIG: fc.integer({ min: 40, max: 900 }),
        HCT: fc.integer({ min: 20, max: 55 }),
      },
      { requiredKeys: [] },
    ),
    sex: fc.constantFrom('female' as const, 'male' as const, 'unknown' as const, null),
    collectedMinutesAgo: fc.option(fc.integer({ min: -10, max: 3000 })),
    qc: fc.option(
      fc.record({
        status: fc.constantFrom(
          'accepted' as const,
          'warning' as const,
          'rejected' as const,
          'none' as const,
        ),
        pbrtqcAlarm: fc.boolean(),
      }),
    ),
    prior: fc.option(
      fc.record({
        factor: fc.double({ min: 0.3, max: 3, noNaN: true }),
        hoursAgo: fc.integer({ min: 1, max: 400 }),
      }),
    ),
    cancelled: fc.boolean(),
  })
  .map((c) =>
    scenario({
      test: c.test,
      value: c.test === 'UNIT' ? { kind: 'coded', code: c.answer } : c.number,
      flags: c.flags,
      replicate: c.replicate,
      dilutionFactor: c.dilutionFactor,
      indices: c.indices,
      others: c.others,
      sex: c.sex,
      collectedMinutesAgo: c.collectedMinutesAgo,
      qc: c.qc === null ? null : { ...c.qc, lastAcceptedAt: new Date('2026-11-20T08:00:00Z') },
      history:
        c.prior === null
          ? {}
          : { [c.test]: [{ value: c.number * c.prior.factor, hoursAgo: c.prior.hoursAgo }] },
      analysisStatus: c.cancelled ? 'cancelled' : 'active',
    }),
  );

const leaf: fc.Arbitrary<ConditionNode> = fc.oneof(
  fc.constant(AlwaysNode.create()),
  fc
    .tuple(
      fc.constantFrom(
        ResultValueOperand.create(),
        AnalyteValueOperand.create('NA'),
        SerumIndexValueOperand.create('hemolysis'),
        SpecimenAgeOperand.create('hours'),
      ),
      fc.constantFrom('<' as const, '<=' as const, '>' as const, '>=' as const, '=' as const, '!=' as const),
      fc.integer({ min: -10, max: 1000 }),
      fc.constantFrom('pass' as const, 'fire' as const),
    )
    .map(([left, operator, right, whenMissing]) => CompareNode.create(left, operator, right, whenMissing)),
  fc
    .constantFrom('hemolysis' as const, 'icterus' as const, 'lipemia' as const)
    .map((index) => SerumIndexNode.create(index, { fallbackLimits: { K: 50, NA: 100 } })),
  fc
    .constantFrom('below' as const, 'above-dilutable' as const, 'above-reportable' as const)
    .map((position) => MeasuringRangeNode.create(position)),
  fc.constant(CriticalValueNode.create()),
  fc.constant(DeltaCheckNode.create({ setting: { method: 'percent', limit: 20, windowHours: 96 } })),
  fc.constant(AnionGapNode.create()),
  fc.constant(EdtaContaminationNode.create()),
  fc.constant(RuleOfThreeNode.create()),
  fc.constant(InstrumentFlagNode.create({ anyOf: ['CLOT'] })),
  fc.constant(QcStateNode.create()),
  fc.constant(CodedValueNode.create(['pos'])),
  fc
    .constantFrom('outside' as const, 'below' as const, 'above' as const)
    .map((position) => ReferenceIntervalNode.create(position)),
);

const { condition } = fc.letrec<{ condition: ConditionNode }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((children) => AndNode.create(...children)),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((children) => OrNode.create(...children)),
    tie('condition').map((child) => NotNode.create(child)),
  ),
}));

const outcome: fc.Arbitrary<OutcomeNode> = fc.constantFrom<OutcomeNode>(
  HoldOutcome.create(),
  RerunOutcome.create(false),
  DiluteAndRerunOutcome.create('auto'),
  DiluteAndRerunOutcome.create(5),
  CancelAndRecollectOutcome.create(),
  ReflexOutcome.create(['FT4']),
  CommentOutcome.create('Checked by rule for {test}.'),
  NotifyCriticalOutcome.create(),
  ReportAsOutcome.create('<', 'measuring-range-low'),
  SuppressOutcome.create('Not reported.'),
);

const arbitraryRule = fc
  .record({
    id: fc.stringMatching(/^lab\.[a-z]{1,8}$/),
    stage: fc.constantFrom(...stageOrder),
    tests: fc.option(fc.subarray([...testCodes], { minLength: 1 })),
    when: condition,
    then: fc.uniqueArray(outcome, { minLength: 1, maxLength: 3 }),
  })
  .map((r) =>
    Rule.create({
      id: r.id,
      name: `Lab rule ${r.id}`,
      stage: r.stage,
      appliesTo: r.tests === null ? AllTestsSelector.create() : TestsSelector.create(r.tests),
      when: r.when,
      then: r.then,
      message: 'generated rule',
      rationale: 'generated for a property test',
      source: 'fast-check',
    }),
  );

const withRules = (base: RuleSet, rules: readonly Rule[], version = base.version + 1): RuleSet =>
  RuleSet.create({ ...base, version, rules: [...base.rules, ...rules] });

describe('properties of the engine', () => {
  it('decisions are deterministic, and the same after the rule set was stored and parsed', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRule, { maxLength: 3 }), arbitraryContext, (extra, context) => {
        const ruleSet = withRules(
          starterRuleSet,
          extra.map((rule, i) => ({ ...rule, id: `${rule.id}.${i}` })),
        );
        const stored = parseRuleSet(serializeRuleSet(ruleSet), starterKnownCodes);
        if (!stored.ok) throw new Error(JSON.stringify(stored.issues));
        const first = evaluate(ruleSet, context);
        expect(evaluate(ruleSet, context)).toEqual(first);
        expect(evaluate(stored.ruleSet, context)).toEqual(first);
      }),
    );
  });

  it('adding a rule never turns a hold (or any blocking decision) into a release', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryContext, (rule, context) => {
        const before = evaluate(starterRuleSet, context);
        const after = evaluate(withRules(starterRuleSet, [rule]), context);
        if (before.disposition.kind !== 'release') expect(after.disposition.kind).not.toBe('release');
        for (const reason of before.reasons) expect(after.reasons).toContainEqual(reason);
      }),
    );
  });

  it('the disposition does not depend on the order rules are listed in', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRule, { maxLength: 4 }),
        arbitraryContext,
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (extra, context, seed) => {
          const rules = [
            ...starterRuleSet.rules,
            ...extra.map((rule, i) => ({ ...rule, id: `${rule.id}.${i}` })),
          ];
          const shuffled =
            fc.sample(fc.shuffledSubarray(rules, { minLength: rules.length }), { seed, numRuns: 1 })[0] ??
            rules;
          const a = evaluate(RuleSet.create({ ...starterRuleSet, rules }), context);
          const b = evaluate(RuleSet.create({ ...starterRuleSet, rules: shuffled }), context);
          expect(b.disposition).toEqual(a.disposition);
          expect([...b.reflexTests].sort()).toEqual([...a.reflexTests].sort());
          expect([...b.comments].sort()).toEqual([...a.comments].sort());
          expect(b.callTask === undefined).toBe(a.callTask === undefined);
        },
      ),
    );
  });

  it('every applicable rule is in the decision, and a cancelled analysis is never released', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryContext, (rule, context) => {
        const ruleSet = withRules(starterRuleSet, [rule]);
        const decision = evaluate(ruleSet, context);
        expect(decision.evaluations.map((e) => e.ruleId)).toEqual(
          applicableRules(ruleSet, context.definition).map((r) => r.id),
        );
        if (context.result.analysisStatus === 'cancelled')
          expect(decision.disposition.kind).not.toBe('release');
      }),
    );
  });

  it('any rule built with the constructors survives storage as JSON', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryRule, { selector: (rule) => rule.id, maxLength: 5 }), (rules) => {
        const ruleSet = RuleSet.create({ id: 'generated', version: 1, name: 'Generated', rules });
        expect(parseRuleSet(serializeRuleSet(ruleSet), starterKnownCodes)).toEqual({ ok: true, ruleSet });
      }),
    );
  });
});
