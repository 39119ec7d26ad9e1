import {
  ageInDays,
  referenceIntervalFor,
  type ClinicalSex,
  type Discipline,
  type Priority,
  type ReferenceInterval,
  type ResultValue,
  type SpecimenEventKind,
} from '@aliquot/domain';
import {
  orderItemId,
  sectionOf,
  type AnalysisStatus,
  type DeviceFacts,
  type ObservationFacts,
  type OrderItemFacts,
  type PatientFacts,
  type ReportFacts,
  type SpecimenFacts,
} from '@aliquot/codecs/fhir';
import type {
  DeviceFhirRow,
  ObservationRow,
  OrderItemRow,
  PatientFhirRow,
  SpecimenFhirRow,
} from '@aliquot/storage';

/** Rows of the FHIR repositories as the facts the FHIR codec maps. */

const iso = (date: Date | null): string | undefined => date?.toISOString();

export function patientFacts(row: PatientFhirRow): PatientFacts {
  return {
    id: row.id,
    mrn: row.mrn,
    familyName: row.family_name,
    givenName: row.given_name,
    birthDate: row.birth_date,
    clinicalSex: row.clinical_sex as ClinicalSex,
    ...(row.gender_identity ? { genderIdentity: row.gender_identity } : {}),
    identifiers: row.identifiers,
  };
}

/**
 * The reference interval that applied to the patient when the specimen was collected (or the result
 * recorded), chosen the way flags are: by sex for clinical use and age in days.
 */
function intervalFor(row: ObservationRow): ReferenceInterval | undefined {
  if (!Array.isArray(row.intervals)) return undefined;
  const on = row.collected_at ?? row.recorded_at;
  return referenceIntervalFor(
    { referenceIntervals: row.intervals as ReferenceInterval[] },
    row.clinical_sex as ClinicalSex,
    ageInDays(row.birth_date, on),
  );
}

export function observationFacts(row: ObservationRow): ObservationFacts {
  const interval = intervalFor(row);
  const issued = row.released_at ?? row.recorded_at;
  return {
    id: row.analysis_id,
    version: row.version,
    status: row.status,
    test: { code: row.test_code, name: row.name, ...(row.loinc ? { loinc: row.loinc } : {}) },
    patientId: row.patient_id,
    specimenId: row.specimen_id,
    serviceRequestId: orderItemId(row.order_id, row.panel_code ?? row.test_code),
    ...(row.collected_at ? { effectiveAt: row.collected_at.toISOString() } : {}),
    issuedAt: issued.toISOString(),
    value: row.value as ResultValue,
    ...(row.unit ? { unit: row.unit } : {}),
    flags: row.flags,
    ...(interval ? { referenceInterval: interval } : {}),
    ...(row.instrument_id ? { instrumentId: row.instrument_id } : {}),
    ...(row.previous_value !== null && row.previous_version !== null
      ? {
          corrects: {
            value: row.previous_value as ResultValue,
            ...(row.previous_unit ? { unit: row.previous_unit } : {}),
            version: row.previous_version,
          },
        }
      : {}),
  };
}

export function orderItemFacts(row: OrderItemRow): OrderItemFacts {
  return {
    id: orderItemId(row.order_id, row.orderable_code),
    orderNumber: row.order_number,
    ...(row.placer_order_number ? { placerOrderNumber: row.placer_order_number } : {}),
    orderable: { code: row.orderable_code, name: row.name, ...(row.loinc ? { loinc: row.loinc } : {}) },
    orderStatus: row.order_status,
    analysisStatuses: row.members.map((m) => m.analysis_status as AnalysisStatus),
    priority: row.priority as Priority,
    patientId: row.patient_id,
    orderedAt: row.ordered_at.toISOString(),
    ...(row.provider_family !== null
      ? {
          requester: {
            familyName: row.provider_family,
            givenName: row.provider_given ?? '',
            ...(row.npi ? { npi: row.npi } : {}),
          },
        }
      : {}),
    specimenIds: row.specimen_ids,
    ...(row.clinical_info ? { clinicalInfo: row.clinical_info } : {}),
  };
}

export function reportFacts(row: OrderItemRow): ReportFacts {
  const id = orderItemId(row.order_id, row.orderable_code);
  const section = sectionOf(row.members.map((m) => m.discipline as Discipline));
  return {
    id,
    serviceRequestId: id,
    panel: { code: row.orderable_code, name: row.name, ...(row.loinc ? { loinc: row.loinc } : {}) },
    patientId: row.patient_id,
    specimenIds: row.specimen_ids,
    members: row.members.map((m) => ({
      observationId: m.analysis_id,
      analysisStatus: m.analysis_status as AnalysisStatus,
      ...(m.result_status ? { status: m.result_status } : {}),
    })),
    ...(row.effective_at ? { effectiveAt: iso(row.effective_at) } : {}),
    ...(row.issued_at ? { issuedAt: iso(row.issued_at) } : {}),
    ...(section ? { section } : {}),
  };
}

export function specimenFacts(row: SpecimenFhirRow): SpecimenFacts {
  const rejection = row.rejection?.reason
    ? { reason: row.rejection.reason, ...(row.rejection.comment ? { comment: row.rejection.comment } : {}) }
    : undefined;
  return {
    id: row.id,
    accessionNumber: row.accession_number,
    specimenType: row.specimen_type,
    container: row.container,
    patientId: row.patient_id,
    ...(row.parent_id ? { parentId: row.parent_id } : {}),
    state: row.state as SpecimenEventKind,
    ...(row.collected_at ? { collectedAt: row.collected_at.toISOString() } : {}),
    ...(row.received_at ? { receivedAt: row.received_at.toISOString() } : {}),
    ...(rejection ? { rejection } : {}),
    requestIds: row.item_codes.map((code) => orderItemId(row.order_id, code)),
  };
}

export function deviceFacts(row: DeviceFhirRow): DeviceFacts {
  return {
    id: row.code,
    ...(row.name ? { name: row.name } : {}),
    ...(row.active !== null ? { active: row.active } : {}),
  };
}
