import type {
  ClinicalSex,
  Priority,
  ReferenceInterval,
  ResultStatus,
  ResultValue,
  SpecimenEventKind,
} from '@aliquot/domain';

/**
 * What the FHIR mappings are made from: plain facts about the lab's records, as the storage layer
 * reads them from its tables. The mappings are pure; they never look anything up.
 */

/** A result status a reader can see: a superseded version is never the current one. */
export type ReportableStatus = Exclude<ResultStatus, 'superseded'>;

/** A test or panel of the catalog. */
export interface TestFacts {
  readonly code: string;
  readonly loinc?: string;
  readonly name: string;
}

export interface PatientFacts {
  readonly id: string;
  readonly mrn: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly birthDate: string;
  readonly clinicalSex: ClinicalSex;
  readonly genderIdentity?: string;
  /** Identifiers from other authorities (the EHR, a national number…). */
  readonly identifiers: readonly { readonly system: string; readonly value: string }[];
}

export interface ProviderFacts {
  readonly npi?: string;
  readonly familyName: string;
  readonly givenName: string;
}

/** Where an analysis stands: the analyses table's status column. */
export type AnalysisStatus = 'ordered' | 'in-progress' | 'resulted' | 'held' | 'released' | 'cancelled';

/** One orderable (test or panel) of an order: a ServiceRequest. */
export interface OrderItemFacts {
  readonly id: string;
  readonly orderNumber: string;
  readonly placerOrderNumber?: string;
  readonly orderable: TestFacts;
  readonly orderStatus: 'active' | 'cancelled' | 'complete';
  /** The statuses of the analyses this orderable brought onto specimens. */
  readonly analysisStatuses: readonly AnalysisStatus[];
  readonly priority: Priority;
  readonly patientId: string;
  readonly orderedAt: string;
  readonly requester?: ProviderFacts;
  readonly specimenIds: readonly string[];
  readonly clinicalInfo?: string;
}

export interface SpecimenFacts {
  readonly id: string;
  readonly accessionNumber: string;
  /** The lab's specimen type code (HL7 0487 where it has one, e.g. SER, PLAS, UR; else SER/PLAS, WB-EDTA). */
  readonly specimenType: string;
  readonly container: string;
  readonly patientId: string;
  readonly parentId?: string;
  readonly state: SpecimenEventKind;
  readonly collectedAt?: string;
  readonly receivedAt?: string;
  readonly rejection?: { readonly reason: string; readonly comment?: string };
  /** ServiceRequest ids of the order items with analyses on this specimen. */
  readonly requestIds: readonly string[];
}

/** One analysis with its current result version: an Observation. */
export interface ObservationFacts {
  readonly id: string;
  readonly version: number;
  readonly status: ReportableStatus;
  readonly test: TestFacts;
  readonly patientId: string;
  readonly specimenId?: string;
  readonly serviceRequestId?: string;
  /** When the specimen was collected (the clinically relevant time). */
  readonly effectiveAt?: string;
  /** When this version was recorded. */
  readonly issuedAt?: string;
  readonly value?: ResultValue;
  /** UCUM unit of a numeric value. */
  readonly unit?: string;
  readonly flags: readonly string[];
  /** The reference interval that applied to this patient, in the result's unit. */
  readonly referenceInterval?: ReferenceInterval;
  readonly instrumentId?: string;
  /** The released value this version corrects, kept and shown beside the new one. */
  readonly corrects?: { readonly value: ResultValue; readonly unit?: string; readonly version: number };
}

/** One order item's report: a DiagnosticReport over the observations of its analyses. */
export interface ReportFacts {
  readonly id: string;
  readonly serviceRequestId: string;
  readonly panel: TestFacts;
  readonly patientId: string;
  readonly specimenIds: readonly string[];
  /** Each analysis of the item, in report order, with its observation status when it has a result. */
  readonly members: readonly {
    readonly observationId: string;
    readonly status?: ReportableStatus;
    readonly analysisStatus: AnalysisStatus;
  }[];
  readonly effectiveAt?: string;
  readonly issuedAt?: string;
  /** The diagnostic service section (HL7 0074: CH, HM, URN…) when its tests share one. */
  readonly section?: string;
}

/** An instrument, known so far only by the id results carry. */
export interface DeviceFacts {
  readonly id: string;
  readonly name?: string;
  readonly manufacturer?: string;
  readonly model?: string;
  readonly serialNumber?: string;
  readonly active?: boolean;
}
