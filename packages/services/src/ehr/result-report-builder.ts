import { specimenTypeCoding } from '@aliquot/codecs/fhir';
import {
  observationResultStatus,
  orderResultStatus,
  type OruObservation,
  type OruOrder,
  type OruReport,
} from '@aliquot/codecs/hl7v2';
import {
  ageInDays,
  formatResultValue,
  referenceIntervalFor,
  type ClinicalSex,
  type ReferenceInterval,
  type ResultValue,
  type TestDefinition,
} from '@aliquot/domain';
import type { ReportedResultRow } from '@aliquot/storage';

/**
 * What a result message says, from the lab's rows: one ORC/OBR per ordered test or panel on the
 * specimen, its results as OBX with the reference interval that applied to the patient, comments and,
 * for a correction, the value it replaces and why, as NTE.
 * @see shared/domain/interfaces.md §3 (ORU^R01), workflow.md §8 (corrected reports)
 */

/** Where results go and who we say we are. */
export interface EhrDestination {
  readonly host: string;
  readonly port: number;
  readonly receivingApplication: string;
  readonly receivingFacility: string;
  /** MSH-4 and the namespace of our order and specimen numbers; default `ALIQUOT`. */
  readonly sendingFacility?: string;
}

export const SENDING_APPLICATION = 'ALIQUOT';

/** One reported result with what the notification and its version history add. */
export interface ReportLine {
  readonly row: ReportedResultRow;
  readonly correction: boolean;
  readonly comments: readonly string[];
  /** For a correction: the value reported before, and the reason. */
  readonly replaces?: { readonly value: ResultValue; readonly unit: string | null; readonly reason: string };
}

/** OBX-7 as the lab prints it: `3.5-5.1`, `<5.0`, `>60`, or the expected text. */
export function referenceRangeText(interval: ReferenceInterval | undefined): string | undefined {
  if (interval === undefined) return undefined;
  const { low, high, text } = interval;
  if (low !== undefined && high !== undefined) return `${low}-${high}`;
  if (high !== undefined) return `<${high}`;
  if (low !== undefined) return `>${low}`;
  return text;
}

function observationOf(line: ReportLine): OruObservation {
  const { row } = line;
  const definition = row.definition as TestDefinition;
  const value = row.value as ResultValue;
  const at = row.collected_at ?? row.observed_at ?? row.created_at;
  const interval = referenceIntervalFor(
    definition,
    row.clinical_sex as ClinicalSex,
    ageInDays(row.birth_date, at),
  );
  const range = referenceRangeText(interval);
  const normal =
    value.kind === 'numeric' && interval && (interval.low !== undefined || interval.high !== undefined);
  const flags = row.flags.length > 0 ? row.flags : normal ? ['N'] : [];
  const notes = [...line.comments];
  if (line.replaces)
    notes.unshift(
      `Corrected result: previously reported ${formatResultValue(line.replaces.value)}${line.replaces.unit ? ` ${line.replaces.unit}` : ''}; reason: ${line.replaces.reason}`,
    );
  return {
    test: { code: row.test_code, name: row.test_name, ...(row.test_loinc ? { loinc: row.test_loinc } : {}) },
    value,
    ...(row.unit ? { unit: row.unit } : {}),
    ...(range ? { referenceRange: range } : {}),
    flags,
    status: observationResultStatus(line.correction),
    ...(row.collected_at ? { observedAt: row.collected_at } : {}),
    ...(row.observed_at ? { analyzedAt: row.observed_at } : {}),
    ...(row.instrument_id ? { equipment: row.instrument_id } : {}),
    notes,
  };
}

/**
 * The ORU for one specimen's lines. `complete(orderId, panelCode)` says whether every analysis of that
 * ordered test or panel on the specimen is released (or cancelled): OBR-25 F, else A; C for corrections.
 */
export function buildResultReport(
  lines: readonly ReportLine[],
  destination: EhrDestination,
  message: { readonly controlId: string; readonly at: Date },
  complete: (orderId: string, panelCode: string | null, testCode: string) => boolean,
): OruReport {
  const first = lines[0]?.row;
  if (first === undefined) throw new Error('a result report needs at least one result');
  const facility = destination.sendingFacility ?? SENDING_APPLICATION;
  const groups = new Map<string, ReportLine[]>();
  for (const line of lines) {
    const key = `${line.row.order_id}|${line.row.panel_code ?? line.row.test_code}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const orders: OruOrder[] = [...groups.values()].map((group) => {
    const row = group[0]?.row ?? first;
    const panel = row.panel_code
      ? {
          code: row.panel_code,
          name: row.panel_name ?? row.panel_code,
          ...(row.panel_loinc ? { loinc: row.panel_loinc } : {}),
        }
      : { code: row.test_code, name: row.test_name, ...(row.test_loinc ? { loinc: row.test_loinc } : {}) };
    const type = specimenTypeCoding(row.specimen_type, row.container);
    return {
      ...(row.placer_order_number ? { placerOrderNumber: row.placer_order_number } : {}),
      fillerOrderNumber: row.order_number,
      fillerNamespace: facility,
      service: panel,
      ...(row.provider_family
        ? {
            orderingProvider: {
              ...(row.provider_npi ? { id: row.provider_npi } : {}),
              familyName: row.provider_family,
              givenName: row.provider_given ?? '',
            },
          }
        : {}),
      reportedAt: message.at,
      status: orderResultStatus(
        group.some((l) => l.correction),
        complete(row.order_id, row.panel_code, row.test_code),
      ),
      observations: group.map(observationOf),
      specimen: {
        accession: row.accession_number,
        ...(row.placer_specimen_id ? { placerSpecimenId: row.placer_specimen_id } : {}),
        typeCode: type?.code ?? row.specimen_type,
        typeText: type?.display ?? row.specimen_type,
        ...(row.collected_at ? { collectedAt: row.collected_at } : {}),
        ...(row.received_at ? { receivedAt: row.received_at } : {}),
      },
    };
  });
  return {
    header: {
      sendingApplication: SENDING_APPLICATION,
      sendingFacility: facility,
      receivingApplication: destination.receivingApplication,
      receivingFacility: destination.receivingFacility,
      controlId: message.controlId,
      at: message.at,
    },
    patient: {
      mrn: first.mrn,
      assigningAuthority: destination.receivingFacility,
      familyName: first.family_name,
      givenName: first.given_name,
      birthDate: first.birth_date,
      sex: first.clinical_sex as ClinicalSex,
    },
    orders,
  };
}
