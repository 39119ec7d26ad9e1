import { LabError, type TestDefinition } from '@aliquot/domain';
import {
  designQcFromPerformance,
  summarize,
  type ControlLevelCount,
  type QcDesignFromPerformance,
  type WestgardRule,
} from '@aliquot/engines/qc';
import { chartObservations, listQcTargets, saveQcRuleSettings, type Executor } from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { quantitativeTest } from './control-resolution.js';
import {
  DEFAULT_RUN_WINDOW_MINUTES,
  currentTargets,
  effectiveRules,
  isWestgardRule,
  type EffectiveRules,
} from './qc-rule-config.js';

/**
 * QC design by sigma (qc.md §5): TEa from the catalog (with its source), bias from EQA or peer
 * comparison, CV from the lab's long-term QC → sigma = (TEa − |bias|) / CV → the recommended rules and
 * number of controls, with the reasoning. The lab accepts the recommendation or chooses its own rules
 * with a reason; the choice is stored per instrument × test and judges every later run.
 */

/** Values a long-term CV is taken from at the least; fewer and the target's CV is used. */
const MINIMUM_LONG_TERM_VALUES = 20;

export interface SigmaQuestion {
  readonly instrumentCode: string;
  readonly testCode: string;
  /** From PT/EQA or peer comparison, percent. */
  readonly biasPercent: number;
  /** Percent; the long-term QC CV of the level nearest the decision level when omitted. */
  readonly cvPercent?: number;
  /** Result unit; the lowest control level's target mean when omitted. */
  readonly decisionLevel?: number;
  /** 2 or 3; the number of control levels with a target when omitted. */
  readonly levels?: ControlLevelCount;
}

export interface SigmaInputs {
  readonly teaPercent?: number;
  readonly teaAbsolute?: number;
  readonly teaSource: string;
  readonly biasPercent: number;
  readonly cvPercent: number;
  /** Where the CV came from, in words. */
  readonly cvSource: string;
  readonly decisionLevel: number;
  readonly levels: ControlLevelCount;
}

export interface SigmaRecommendation {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly inputs: SigmaInputs;
  readonly recommendation: QcDesignFromPerformance;
  /** The rules judging runs now, and where they come from. */
  readonly current: EffectiveRules;
}

const fixed = (value: number) => value.toFixed(2);

async function longTermCv(
  db: Executor,
  question: SigmaQuestion,
  decisionLevel: number,
): Promise<{ cvPercent: number; cvSource: string } | undefined> {
  const targets = await listQcTargets(db, {
    instrumentCode: question.instrumentCode,
    testCode: question.testCode,
  });
  const nearest = [...targets].sort(
    (a, b) => Math.abs(a.mean - decisionLevel) - Math.abs(b.mean - decisionLevel),
  )[0];
  if (nearest === undefined) return undefined;
  const values = (
    await chartObservations(db, {
      instrumentCode: question.instrumentCode,
      testCode: question.testCode,
      lotId: nearest.lot_id,
    })
  )
    .filter((row) => row.status === 'accepted')
    .map((row) => row.value);
  if (values.length >= MINIMUM_LONG_TERM_VALUES) {
    const summary = summarize(values);
    return {
      cvPercent: summary.cvPercent,
      cvSource: `long-term QC CV of ${values.length} accepted values of the control nearest the decision level (mean ${fixed(nearest.mean)})`,
    };
  }
  return {
    cvPercent: (nearest.sd / Math.abs(nearest.mean)) * 100,
    cvSource: `CV of the ${nearest.source} target of the control nearest the decision level (mean ${fixed(nearest.mean)}); fewer than ${MINIMUM_LONG_TERM_VALUES} accepted values`,
  };
}

async function inputsFor(db: Executor, test: TestDefinition, question: SigmaQuestion): Promise<SigmaInputs> {
  const tea = test.allowableError;
  if (tea === undefined) {
    throw LabError.invalid(
      `${test.name} (${test.code}) has no allowable total error (TEa) in the catalog; add one with its source before a sigma can be computed`,
    );
  }
  const { targets, levels } = await currentTargets(db, question.instrumentCode, test.code);
  const lowest = [...targets].sort((a, b) => a.mean - b.mean)[0];
  const decisionLevel = question.decisionLevel ?? lowest?.mean;
  if (decisionLevel === undefined) {
    throw LabError.invalid('Give the medical decision level: no control target is in force to take it from', [
      { location: 'decisionLevel', message: 'missing' },
    ]);
  }
  const cv =
    question.cvPercent === undefined
      ? await longTermCv(db, question, decisionLevel)
      : { cvPercent: question.cvPercent, cvSource: 'given by the lab' };
  const fallback =
    test.variation?.cva === undefined
      ? undefined
      : { cvPercent: test.variation.cva, cvSource: `catalog analytical CV (${test.variation.source})` };
  const chosen = cv ?? fallback;
  if (chosen === undefined) {
    throw LabError.invalid('Give the CV: no QC data and no analytical CV in the catalog to take it from', [
      { location: 'cvPercent', message: 'missing' },
    ]);
  }
  return {
    ...(tea.percent === undefined ? {} : { teaPercent: tea.percent }),
    ...(tea.absolute === undefined ? {} : { teaAbsolute: tea.absolute }),
    teaSource: tea.source,
    biasPercent: question.biasPercent,
    cvPercent: chosen.cvPercent,
    cvSource: chosen.cvSource,
    decisionLevel,
    levels: question.levels ?? levels,
  };
}

async function recommend(db: Executor, question: SigmaQuestion): Promise<SigmaRecommendation> {
  const test = await quantitativeTest(db, question.testCode);
  const inputs = await inputsFor(db, test, question);
  const recommendation = designQcFromPerformance({
    tea: {
      ...(inputs.teaPercent === undefined ? {} : { percent: inputs.teaPercent }),
      ...(inputs.teaAbsolute === undefined ? {} : { absolute: inputs.teaAbsolute }),
      source: inputs.teaSource,
    },
    decisionLevel: inputs.decisionLevel,
    biasPercent: inputs.biasPercent,
    cvPercent: inputs.cvPercent,
    levels: inputs.levels,
  });
  return {
    instrumentCode: question.instrumentCode,
    testCode: test.code,
    inputs,
    recommendation: {
      ...recommendation,
      reasoning: [`CV: ${inputs.cvSource}.`, ...recommendation.reasoning],
    },
    current: await effectiveRules(db, question.instrumentCode, test),
  };
}

/** The sigma metric and recommended rules for an instrument × test, with the reasoning; changes nothing. */
export async function recommendQcRules(
  lab: LabContext,
  actor: Actor,
  question: SigmaQuestion,
): Promise<SigmaRecommendation> {
  return runUseCase(lab, actor, 'read', ({ tx }) => recommend(tx, question));
}

export type RuleDecision =
  | { readonly choice: 'accept' }
  | { readonly choice: 'override'; readonly rules: readonly string[]; readonly reason: string };

export interface DecideQcRules extends SigmaQuestion {
  readonly decision: RuleDecision;
  readonly resetAtControlLotChange?: boolean;
  readonly runWindowMinutes?: number;
}

function overrideRules(decision: Extract<RuleDecision, { choice: 'override' }>): WestgardRule[] {
  const unknown = decision.rules.filter((rule) => !isWestgardRule(rule));
  if (unknown.length > 0 || decision.rules.length === 0) {
    throw LabError.invalid(
      unknown.length > 0 ? `Unknown Westgard rule(s): ${unknown.join(', ')}` : 'Choose at least one rule',
      [{ location: 'decision.rules', message: 'use rules such as 1-3s, 2-2s, R-4s, 4-1s, 10x' }],
    );
  }
  if (decision.reason.trim() === '') {
    throw LabError.invalid('Choosing other rules than the recommendation needs a reason', [
      { location: 'decision.reason', message: 'the reason is empty' },
    ]);
  }
  return decision.rules.filter(isWestgardRule);
}

/** Stores the lab's choice: the recommended rules, or its own with a reason. Later runs are judged by it. */
export async function decideQcRules(
  lab: LabContext,
  actor: Actor,
  input: DecideQcRules,
): Promise<SigmaRecommendation> {
  return runUseCase(lab, actor, 'rules:write', async ({ tx, now, audit }) => {
    const window = input.runWindowMinutes ?? DEFAULT_RUN_WINDOW_MINUTES;
    if (!Number.isInteger(window) || window < 1) {
      throw LabError.invalid('The run window must be a whole number of minutes, at least 1', [
        { location: 'runWindowMinutes', message: `${window} is not allowed` },
      ]);
    }
    const advice = await recommend(tx, input);
    const { decision } = input;
    const rules = decision.choice === 'accept' ? [...advice.recommendation.rules] : overrideRules(decision);
    const saved = await saveQcRuleSettings(tx, {
      instrument_code: input.instrumentCode,
      test_code: advice.testCode,
      rules,
      reset_at_lot_change: input.resetAtControlLotChange ?? true,
      run_window_minutes: window,
      choice: decision.choice === 'accept' ? 'sigma-accepted' : 'lab-override',
      sigma: advice.recommendation.sigma,
      reasoning: [
        ...advice.recommendation.reasoning,
        ...(decision.choice === 'override'
          ? [`The lab chose ${rules.join('/')} instead: ${decision.reason.trim()}`]
          : ['The lab accepted the recommendation.']),
      ],
      inputs: { ...advice.inputs },
      override_reason: decision.choice === 'override' ? decision.reason.trim() : null,
      decided_by: actor.username,
      decided_at: now,
    });
    audit({
      action: 'qc.rules.decide',
      entity: 'qc-rule-settings',
      entityId: `${input.instrumentCode}/${advice.testCode}`,
      before: advice.current,
      after: saved,
    });
    const test = await quantitativeTest(tx, input.testCode);
    return { ...advice, current: await effectiveRules(tx, input.instrumentCode, test) };
  });
}

/** The rules that judge the next run of an instrument × test, and where they come from. */
export async function effectiveRulesFor(
  lab: LabContext,
  actor: Actor,
  key: { readonly instrumentCode: string; readonly testCode: string },
): Promise<EffectiveRules> {
  return runUseCase(lab, actor, 'read', async ({ tx }) =>
    effectiveRules(tx, key.instrumentCode, await quantitativeTest(tx, key.testCode)),
  );
}
