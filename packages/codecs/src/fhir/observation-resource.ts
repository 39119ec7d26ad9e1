import { formatResultValue, type ReferenceInterval, type ResultValue } from '@aliquot/domain';
import type { FhirObservation } from './fhir-types.js';
import { FhirSystem, idFromReference, referenceTo, type FhirMappingContext } from './fhir-systems.js';
import {
  LABORATORY_CATEGORY,
  deviceReference,
  instrumentOf,
  testCodesOf,
  testConcept,
  type Decoded,
  type TestCodes,
} from './fhir-concepts.js';
import { flagsFromInterpretation, interpretationOf } from './interpretation.js';
import type { ObservationFacts, ReportableStatus } from './lab-facts.js';
import { observationStatus, reportableStatusFrom } from './observation-status.js';
import { fromObservationValue, toObservationValue } from './observation-value.js';
import { fromReferenceRange, toReferenceRange } from './reference-range.js';

const shown = (value: ResultValue, unit: string | undefined): string =>
  `${formatResultValue(value)}${unit && value.kind === 'numeric' ? ` ${unit}` : ''}`;

const hasBounds = (interval: ReferenceInterval | undefined): boolean =>
  interval?.low !== undefined || interval?.high !== undefined;

/**
 * One analysis and its current result version as a laboratory Observation: status from the result's
 * workflow, LOINC and lab codes, the value as value[x], interpretation from the flags, the reference
 * range that applied, the specimen, the order item it fulfils and the instrument that measured it.
 * A correction keeps the value it replaced in a note. A cancelled result carries no value.
 * @see https://hl7.org/fhir/R4/observation.html
 */
export function toFhirObservation(facts: ObservationFacts, context: FhirMappingContext): FhirObservation {
  const { systems } = context;
  const reported = facts.status !== 'cancelled' && facts.value !== undefined;
  const range = facts.referenceInterval && toReferenceRange(facts.referenceInterval, facts.unit);
  const interpretation =
    reported && facts.value
      ? interpretationOf(facts.flags, facts.value.kind === 'numeric' && hasBounds(facts.referenceInterval))
      : [];
  const corrects = facts.corrects;
  return {
    resourceType: 'Observation',
    id: facts.id,
    meta: { versionId: String(facts.version), ...(facts.issuedAt ? { lastUpdated: facts.issuedAt } : {}) },
    ...(facts.serviceRequestId ? { basedOn: [referenceTo('ServiceRequest', facts.serviceRequestId)] } : {}),
    status: observationStatus(facts.status),
    category: [LABORATORY_CATEGORY],
    code: testConcept(facts.test, systems),
    subject: referenceTo('Patient', facts.patientId),
    ...(facts.effectiveAt ? { effectiveDateTime: facts.effectiveAt } : {}),
    ...(facts.issuedAt ? { issued: facts.issuedAt } : {}),
    performer: [{ display: context.labName }],
    ...(reported && facts.value
      ? toObservationValue(facts.value, facts.unit, systems)
      : {
          dataAbsentReason: {
            coding: [
              { system: FhirSystem.dataAbsentReason, code: 'not-performed', display: 'Not Performed' },
            ],
          },
        }),
    ...(interpretation.length > 0 ? { interpretation } : {}),
    ...(corrects
      ? {
          note: [
            {
              text: `Corrected result: replaces ${shown(corrects.value, corrects.unit)} (version ${corrects.version}).`,
            },
          ],
        }
      : {}),
    ...(facts.specimenId ? { specimen: referenceTo('Specimen', facts.specimenId) } : {}),
    ...(facts.instrumentId ? { device: deviceReference(facts.instrumentId, systems) } : {}),
    ...(range ? { referenceRange: [range] } : {}),
  };
}

/** What an Observation from outside says, in our terms. */
export interface ObservationReading {
  readonly id?: string;
  readonly version?: number;
  readonly status: ReportableStatus;
  readonly test: TestCodes;
  readonly patientId?: string;
  readonly specimenId?: string;
  readonly serviceRequestId?: string;
  readonly effectiveAt?: string;
  readonly issuedAt?: string;
  readonly value?: ResultValue;
  readonly unit?: string;
  readonly flags: readonly string[];
  readonly referenceInterval?: ReferenceInterval;
  readonly instrumentId?: string;
}

/**
 * Reads an Observation into our model. Refused: a status without a counterpart (entered-in-error,
 * unknown). A reference range is read when it means the normal range (or says nothing of meaning).
 */
export function fromFhirObservation(
  observation: FhirObservation,
  context: FhirMappingContext,
): Decoded<ObservationReading> {
  const status = reportableStatusFrom(observation.status);
  if (!status) {
    return {
      ok: false,
      issues: [
        {
          location: 'Observation.status',
          message: `status ${observation.status} has no counterpart in the lab`,
        },
      ],
    };
  }
  const { systems } = context;
  const value = fromObservationValue(observation, systems);
  const range = observation.referenceRange?.find(
    (r) => !r.type || r.type.coding?.some((c) => c.code === 'normal'),
  );
  const patientId = idFromReference(observation.subject?.reference, 'Patient');
  const specimenId = idFromReference(observation.specimen?.reference, 'Specimen');
  const serviceRequestId = observation.basedOn
    ?.map((r) => idFromReference(r.reference, 'ServiceRequest'))
    .find((id) => id !== undefined);
  const effectiveAt = observation.effectiveDateTime ?? observation.effectivePeriod?.start;
  // A result without a value (cancelled) still has the unit its range is in.
  const rangeUnit = [range?.low, range?.high].find((q) => q?.system === FhirSystem.ucum && q.code)?.code;
  const instrumentId = instrumentOf(observation.device, systems);
  const version = Number(observation.meta?.versionId);
  return {
    ok: true,
    value: {
      ...(observation.id ? { id: observation.id } : {}),
      ...(Number.isInteger(version) && version > 0 ? { version } : {}),
      status,
      test: testCodesOf(observation.code, systems),
      ...(patientId ? { patientId } : {}),
      ...(specimenId ? { specimenId } : {}),
      ...(serviceRequestId ? { serviceRequestId } : {}),
      ...(effectiveAt ? { effectiveAt } : {}),
      ...(observation.issued ? { issuedAt: observation.issued } : {}),
      ...(value ? value : {}),
      ...(!value?.unit && rangeUnit ? { unit: rangeUnit } : {}),
      flags: flagsFromInterpretation(observation.interpretation),
      ...(range ? { referenceInterval: fromReferenceRange(range) } : {}),
      ...(instrumentId ? { instrumentId } : {}),
    },
  };
}
