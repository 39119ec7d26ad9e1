import { LabError } from '@aliquot/domain';
import type { ControlObservation, HistoricalObservation } from './control-observation.js';
import {
  RuleRole,
  RuleScope,
  westgardRuleCatalog,
  westgardRuleOrder,
  type ErrorKind,
  type WestgardRule,
  type WestgardRuleDefinition,
} from './westgard-rule-catalog.js';
import { detect, type Finding, type ViolationSide, type WindowFilter } from './westgard-rules.js';
import {
  buildControlSequences,
  type ControlSequence,
  type ControlSequences,
  type SequencePoint,
} from './westgard-sequences.js';

/** The outcome of a QC run. */
export const QcDecision = {
  accept: 'accept',
  /** Accepted, but a warning rule (1-2s) fired: visible, does not lock (qc.md §9). */
  warn: 'warn',
  reject: 'reject',
} as const;
export type QcDecision = (typeof QcDecision)[keyof typeof QcDecision];

/** A lab's rule configuration for one instrument × test. */
export interface WestgardConfig {
  /** The active rules (a rule set); see `WestgardRuleSets` for the standard ones. */
  readonly rules: readonly WestgardRule[];
  /** Whether sequences start afresh at a control-lot change of a level (qc.md §2). */
  readonly resetAtControlLotChange: boolean;
}

export interface RunEvaluationInput {
  /** The new run's control observations. */
  readonly run: readonly ControlObservation[];
  /** Earlier observations for the same instrument × test; only accepted ones build sequences. */
  readonly history: readonly HistoricalObservation[];
  readonly config: WestgardConfig;
}

/** One rule broken, with the points that broke it. */
export interface WestgardViolation {
  readonly rule: WestgardRule;
  readonly role: RuleRole;
  readonly errorKind: ErrorKind;
  readonly scope: RuleScope;
  readonly side: ViolationSide;
  /** Observation ids in measurement order. */
  readonly observationIds: readonly string[];
  readonly levels: readonly string[];
  readonly runIds: readonly string[];
}

export interface RunEvaluation {
  readonly decision: QcDecision;
  /** Rejections and warnings, within-run first, then across runs within a level, then pooled. */
  readonly violations: readonly WestgardViolation[];
  /** The z-score of each observation of the run, in measurement order. */
  readonly zScores: readonly { readonly id: string; readonly level: string; readonly z: number }[];
}

const levelCount = (points: readonly SequencePoint[], start: number, end: number): number =>
  new Set(points.slice(start, end).map((point) => point.level)).size;
const allNew = (points: readonly SequencePoint[], start: number, end: number): boolean =>
  points.slice(start, end).every((point) => point.isNew);

/** Within the run, windows that span levels (single-level windows are found on the level series). */
const acrossLevelsInRun: WindowFilter = (points, start, end) => levelCount(points, start, end) > 1;
/** On the pooled series, windows that span levels and reach back into history. */
const acrossRunsAndLevels: WindowFilter = (points, start, end) =>
  levelCount(points, start, end) > 1 && !allNew(points, start, end);
const withinRunOnLevel: WindowFilter = (points, start, end) => allNew(points, start, end);
const acrossRunsOnLevel: WindowFilter = (points, start, end) => !allNew(points, start, end);

interface Scan {
  readonly scope: RuleScope;
  readonly sequence: ControlSequence;
  readonly accept: WindowFilter;
}

function scansFor(definition: WestgardRuleDefinition, sequences: ControlSequences): Scan[] {
  const scans: Scan[] = [];
  const allows = (scope: RuleScope) => definition.scopes.includes(scope);
  const windowed = definition.detector.kind === 'consecutive' || definition.detector.kind === 'k-of-m';
  if (allows(RuleScope.withinRun)) {
    scans.push({ scope: RuleScope.withinRun, sequence: sequences.run, accept: acrossLevelsInRun });
    if (windowed) {
      for (const sequence of sequences.levels.values()) {
        scans.push({ scope: RuleScope.withinRun, sequence, accept: withinRunOnLevel });
      }
    }
  }
  if (windowed && allows(RuleScope.acrossRunsWithinLevel)) {
    for (const sequence of sequences.levels.values()) {
      scans.push({ scope: RuleScope.acrossRunsWithinLevel, sequence, accept: acrossRunsOnLevel });
    }
  }
  if (windowed && allows(RuleScope.acrossRunsAndLevels)) {
    scans.push({
      scope: RuleScope.acrossRunsAndLevels,
      sequence: sequences.pooled,
      accept: acrossRunsAndLevels,
    });
  }
  return scans;
}

function toViolation(definition: WestgardRuleDefinition, scan: Scan, finding: Finding): WestgardViolation {
  const points = finding.indices.flatMap((index) => {
    const point = scan.sequence.points[index];
    return point === undefined ? [] : [point];
  });
  const unique = (values: readonly string[]) => [...new Set(values)];
  return {
    rule: definition.rule,
    role: definition.role,
    errorKind: definition.errorKind,
    scope: scan.scope,
    side: finding.side,
    observationIds: points.map((point) => point.id),
    levels: unique(points.map((point) => point.level)),
    runIds: unique(points.map((point) => point.runId)),
  };
}

function validateConfig(config: WestgardConfig): void {
  const unknown = config.rules.filter((rule) => !westgardRuleOrder.includes(rule));
  if (unknown.length > 0) throw LabError.invalid(`Unknown Westgard rule(s): ${unknown.join(', ')}`);
}

const scopeRank: Readonly<Record<RuleScope, number>> = {
  'within-run': 0,
  'across-runs-within-level': 1,
  'across-runs-and-levels': 2,
};

/** Points per level a rule set can reach back: its longest window (at least 1). */
export function lookBackFor(rules: readonly WestgardRule[]): number {
  return Math.max(
    1,
    ...rules.map((rule) => {
      const detector = westgardRuleCatalog[rule].detector;
      switch (detector.kind) {
        case 'single-value':
        case 'range':
          return 1;
        case 'consecutive':
          return detector.count;
        case 'k-of-m':
          return detector.m;
        default:
          return detector satisfies never;
      }
    }),
  );
}

/** Applies the active rules to sequences already built; `evaluateRun` is this after building them. */
export function evaluateSequences(
  sequences: ControlSequences,
  rules: readonly WestgardRule[],
): RunEvaluation {
  const active = westgardRuleOrder.filter((rule) => rules.includes(rule));
  const violations: WestgardViolation[] = [];
  const reported = new Set<string>();
  for (const rule of active) {
    const definition = westgardRuleCatalog[rule];
    for (const scan of scansFor(definition, sequences)) {
      for (const finding of detect(definition.detector, scan.sequence, scan.accept)) {
        const violation = toViolation(definition, scan, finding);
        // The same points can be seen from two series (e.g. 2of3-2s on a level and on the pool).
        const key = `${rule}|${violation.side}|${violation.observationIds.join(',')}`;
        if (reported.has(key)) continue;
        reported.add(key);
        violations.push(violation);
      }
    }
  }
  violations.sort((a, b) => scopeRank[a.scope] - scopeRank[b.scope]);
  return {
    decision: decide(violations),
    violations,
    zScores: sequences.run.points.map((point) => ({ id: point.id, level: point.level, z: point.z })),
  };
}

function decide(violations: readonly WestgardViolation[]): QcDecision {
  if (violations.some((violation) => violation.role === RuleRole.rejection)) return QcDecision.reject;
  return violations.length > 0 ? QcDecision.warn : QcDecision.accept;
}

/**
 * Evaluates a new QC run against the active Westgard rules: within-run rules, then across-run rules on
 * each level's history, then across-run rules on the pooled z-series (qc.md §2). All rejection rules are
 * evaluated every run; 1-2s, when active, only warns. Only the last few accepted points per level can
 * matter (the longest window of the rule set), so the rest of the history is not processed.
 *
 * @see Westgard et al., Clin Chem 1981;27:493; CLSI C24.
 */
export function evaluateRun(input: RunEvaluationInput): RunEvaluation {
  validateConfig(input.config);
  const sequences = buildControlSequences(input.run, input.history, {
    resetAtControlLotChange: input.config.resetAtControlLotChange,
    lookBack: lookBackFor(input.config.rules),
  });
  return evaluateSequences(sequences, input.config.rules);
}
