import type { TestDefinition } from '@aliquot/domain';
import {
  WestgardRuleSets,
  designQcFromPerformance,
  westgardRuleOrder,
  type ControlLevelCount,
  type WestgardConfig,
  type WestgardRule,
} from '@aliquot/engines/qc';
import { findQcRuleSettings, listQcTargets, type Executor, type QcTargetRow } from '@aliquot/storage';

/**
 * The Westgard rule set in force for one instrument × test: the one the lab accepted or chose (stored
 * by the sigma design use case), or else a default computed the same way from what is known.
 */

export const RuleOrigin = {
  /** The lab accepted the sigma recommendation. */
  sigmaAccepted: 'sigma-accepted',
  /** The lab chose its own rules, with a reason. */
  labOverride: 'lab-override',
  /** Nothing stored: recommended from the catalog TEa and the targets' CV, bias taken as 0. */
  defaultFromSigma: 'default-from-sigma',
  /** Nothing stored and no TEa in the catalog: the standard multirule for the number of levels. */
  defaultStandard: 'default-standard',
} as const;
export type RuleOrigin = (typeof RuleOrigin)[keyof typeof RuleOrigin];

export interface EffectiveRules {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly config: WestgardConfig;
  /** Instrument observations measured within this many minutes of a run's start join that run. */
  readonly runWindowMinutes: number;
  readonly origin: RuleOrigin;
  readonly sigma: number | null;
  readonly reasoning: readonly string[];
}

/** Default grouping window for instrument QC runs: a lab setting, not a fact from qc.md. */
export const DEFAULT_RUN_WINDOW_MINUTES = 60;

export function isWestgardRule(rule: string): rule is WestgardRule {
  return (westgardRuleOrder as readonly string[]).includes(rule);
}

/** Distinct control levels with a target in force on this instrument × test: 2 or 3 for the sigma table. */
export async function currentTargets(db: Executor, instrumentCode: string, testCode: string) {
  const targets = await listQcTargets(db, { instrumentCode, testCode });
  if (targets.length === 0) return { targets, levels: 2 as ControlLevelCount };
  const lots = await db
    .selectFrom('qc_control_lots')
    .select(['id', 'level'])
    .where(
      'id',
      'in',
      targets.map((target) => target.lot_id),
    )
    .execute();
  const levels: ControlLevelCount = new Set(lots.map((lot) => lot.level)).size >= 3 ? 3 : 2;
  return { targets, levels };
}

function defaultRules(
  test: TestDefinition,
  targets: readonly QcTargetRow[],
  levels: ControlLevelCount,
): Pick<EffectiveRules, 'origin' | 'sigma' | 'reasoning'> & { rules: readonly WestgardRule[] } {
  const standard = levels === 3 ? WestgardRuleSets.threeLevelMultirule : WestgardRuleSets.twoLevelMultirule;
  const tea = test.allowableError;
  const usable = targets.filter((target) => target.mean !== 0);
  if (tea === undefined || usable.length === 0) {
    return {
      rules: standard,
      origin: RuleOrigin.defaultStandard,
      sigma: null,
      reasoning: [
        tea === undefined
          ? `${test.name} has no allowable total error in the catalog, so no sigma can be computed.`
          : `No control target is in force yet, so no CV is known.`,
        `The standard ${levels}-level multirule ${standard.join('/')} applies until the lab chooses a rule set.`,
      ],
    };
  }
  // The lowest sigma across the levels governs: the most demanding level decides the rules.
  const designs = usable.map((target) =>
    designQcFromPerformance({
      tea,
      decisionLevel: target.mean,
      biasPercent: 0,
      cvPercent: (target.sd / Math.abs(target.mean)) * 100,
      levels,
    }),
  );
  const worst = designs.reduce((low, design) => (design.sigma < low.sigma ? design : low));
  return {
    rules: worst.rules,
    origin: RuleOrigin.defaultFromSigma,
    sigma: worst.sigma,
    reasoning: [
      'No rule set chosen yet: recommended from the catalog TEa and the control targets, with bias taken as 0 ' +
        'until the lab enters one from EQA or peer comparison; the lowest sigma across the levels governs.',
      ...worst.reasoning,
    ],
  };
}

/** The rules that judge the next run of this instrument × test, and where they come from. */
export async function effectiveRules(
  db: Executor,
  instrumentCode: string,
  test: TestDefinition,
): Promise<EffectiveRules> {
  const stored = await findQcRuleSettings(db, instrumentCode, test.code);
  if (stored !== undefined) {
    return {
      instrumentCode,
      testCode: test.code,
      config: {
        rules: stored.rules.filter(isWestgardRule),
        resetAtControlLotChange: stored.reset_at_lot_change,
      },
      runWindowMinutes: stored.run_window_minutes,
      origin: stored.choice,
      sigma: stored.sigma,
      reasoning: stored.reasoning,
    };
  }
  const { targets, levels } = await currentTargets(db, instrumentCode, test.code);
  const chosen = defaultRules(test, targets, levels);
  return {
    instrumentCode,
    testCode: test.code,
    config: { rules: chosen.rules, resetAtControlLotChange: true },
    runWindowMinutes: DEFAULT_RUN_WINDOW_MINUTES,
    origin: chosen.origin,
    sigma: chosen.sigma,
    reasoning: chosen.reasoning,
  };
}
