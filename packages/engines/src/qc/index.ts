/**
 * Quality-control engine: statistics and control targets, Westgard multirules, sigma-based QC design,
 * Levey–Jennings chart data and patient-based real-time QC. Pure: no I/O, runs anywhere.
 */
export {
  ObservationStatus,
  measuredAtMillis,
  observationZ,
  zScore,
  type ControlObservation,
  type HistoricalObservation,
} from './control-observation.js';
export {
  coefficientOfVariation,
  combineSummaries,
  cumulativeSummary,
  mean,
  quantile,
  sampleStandardDeviation,
  summarize,
  type SummaryStatistics,
} from './qc-statistics.js';
export {
  SdSource,
  TargetStatus,
  defaultTargetPolicy,
  establishControlTarget,
  type ControlTarget,
  type TargetPolicy,
  type TargetValue,
} from './control-target-establishment.js';
export {
  ErrorKind,
  RuleRole,
  RuleScope,
  WestgardRule,
  WestgardRuleSets,
  westgardRuleCatalog,
  westgardRuleOrder,
  type RuleDetector,
  type WestgardRuleDefinition,
} from './westgard-rule-catalog.js';
export { ViolationSide } from './westgard-rules.js';
export {
  QcDecision,
  evaluateRun,
  lookBackFor,
  type RunEvaluation,
  type RunEvaluationInput,
  type WestgardConfig,
  type WestgardViolation,
} from './westgard-evaluator.js';
export { replayRuns, type ReplayResult, type RunOutcome } from './westgard-replay.js';
export { describeViolation } from './westgard-violation-text.js';
export {
  TeaBasis,
  allowableErrorPercentAt,
  sigmaMetric,
  type AllowableError,
  type AllowableErrorAtLevel,
  type SigmaInput,
} from './sigma-metric.js';
export {
  TableVerification,
  designQcFromPerformance,
  recommendQcDesign,
  westgardSigmaRules2014,
  type ControlLevelCount,
  type MethodPerformance,
  type QcDesign,
  type QcDesignFromPerformance,
  type QcDesignRecommendation,
  type SigmaRuleRow,
  type SigmaRuleTable,
} from './sigma-rule-selection.js';
export {
  AnnotationKind,
  leveyJenningsChart,
  zChart,
  type ChartAnnotation,
  type ChartPoint,
  type LeveyJenningsChart,
  type LeveyJenningsInput,
  type PlacedAnnotation,
  type PointViolation,
  type SdLine,
  type ZChart,
  type ZChartPoint,
} from './levey-jennings-chart.js';
export {
  PbrtqcMethod,
  TruncationMode,
  createPbrtqcState,
  nextPbrtqc,
  pbrtqcWarmUp,
  validatePbrtqcProcedure,
  type ControlLimits,
  type PbrtqcAlarm,
  type PbrtqcCalculation,
  type PbrtqcProcedure,
  type PbrtqcSettings,
  type PbrtqcState,
  type PbrtqcStep,
  type Truncation,
} from './moving-average-qc.js';
export { deriveControlLimits, pbrtqcStatistics, type DerivedControlLimits } from './pbrtqc-control-limits.js';
export { pbrtqcSeries, type PbrtqcSeriesPoint } from './pbrtqc-series.js';
export {
  BiasKind,
  simulateBiasDetection,
  simulationWarmUp,
  type BiasDetectionInput,
  type BiasDetectionReport,
  type SimulatedBias,
} from './pbrtqc-simulation.js';
export { createSeededRandom, randomIndex, sampleNormal, type RandomSource } from './seeded-random.js';
