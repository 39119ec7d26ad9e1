import type { components } from '../api/schema.js';

/** Names for the QC shapes of the HTTP contract, taken from the generated OpenAPI types. */
type Schemas = components['schemas'];

export type ControlLot = Schemas['ControlLot'];
export type ControlMaterial = Schemas['ControlMaterial'];
export type QcTarget = Schemas['QcTarget'];
export type LeveyJennings = Schemas['LeveyJenningsData'];
export type ZChartData = Schemas['ZChartData'];
export type Violation = Schemas['WestgardViolation'];
export type WestgardRule = Schemas['WestgardRule'];
export type SigmaRecommendation = Schemas['SigmaRecommendation'];
export type RulesInForce = Schemas['QcRulesInForce'];
export type PbrtqcMonitor = Schemas['PbrtqcMonitor'];
export type PbrtqcChart = Schemas['PbrtqcChart'];
export type ChartAnnotation = ZChartData['chart']['annotations'][number];
