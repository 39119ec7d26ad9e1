import type {
  ImplausibleValueNode,
  InstrumentFlagNode,
  MeasuringRangeNode,
  QcStateNode,
} from './analytical-nodes.js';
import type { CriticalValueNode, DeltaCheckNode, ReferenceIntervalNode } from './clinical-nodes.js';
import type {
  AlbuminExceedsTotalProteinNode,
  AnionGapNode,
  BunCreatinineRatioNode,
  CalculatedLdlInvalidNode,
  DextroseContaminationNode,
  DifferentialSumNode,
  DirectBilirubinExceedsTotalNode,
  EdtaContaminationNode,
  MchcHighNode,
  RuleOfThreeNode,
  SalineContaminationNode,
} from './consistency-nodes.js';
import type {
  CancelledAnalysisNode,
  MissingDemographicNode,
  MissingUnitNode,
  ValueKindMismatchNode,
} from './integrity-nodes.js';
import type {
  AlwaysNode,
  AndNode,
  CodedValueNode,
  CompareNode,
  InstrumentIsNode,
  NotNode,
  OrNode,
  PatientContextNode,
} from './logic-nodes.js';
import type { SerumIndexNode, SpecimenAgeNode } from './specimen-nodes.js';

/** Every condition a rule can test. Adding a kind: see README.md in this folder. */
export type ConditionNode =
  | AlwaysNode
  | AndNode
  | OrNode
  | NotNode
  | CompareNode
  | CodedValueNode
  | PatientContextNode
  | InstrumentIsNode
  | CancelledAnalysisNode
  | ValueKindMismatchNode
  | MissingUnitNode
  | MissingDemographicNode
  | SpecimenAgeNode
  | SerumIndexNode
  | InstrumentFlagNode
  | QcStateNode
  | MeasuringRangeNode
  | ImplausibleValueNode
  | CriticalValueNode
  | DeltaCheckNode
  | ReferenceIntervalNode
  | AnionGapNode
  | CalculatedLdlInvalidNode
  | BunCreatinineRatioNode
  | MchcHighNode
  | RuleOfThreeNode
  | DirectBilirubinExceedsTotalNode
  | AlbuminExceedsTotalProteinNode
  | EdtaContaminationNode
  | DextroseContaminationNode
  | SalineContaminationNode
  | DifferentialSumNode;

export type ConditionKind = ConditionNode['kind'];
