import {
  ageInDays,
  referenceIntervalFor,
  type ClinicalSex,
  type ReferenceInterval,
  type ResultValue,
  type TestDefinition,
} from '@aliquot/domain';
import { specimenTypeCoding } from '@aliquot/codecs/fhir';
import {
  searchObservationRows,
  searchOrderItemRows,
  searchSpecimenRows,
  type ObservationRow,
  type OrderItemRow,
  type PatientRow,
  type SpecimenFhirRow,
  type Tx,
} from '@aliquot/storage';
import {
  intervalText,
  isCriticalFlag,
  unitDisplay,
  valueText,
  type LabIdentity,
  type ReportCriticalCall,
  type ReportDocument,
  type ReportOrder,
  type ReportRow,
  type ReportSpecimen,
} from './report-model.js';

/**
 * Gathers a report from the same SQL the FHIR API reads (observations with their current result,
 * order items with their analyses, specimens with their timeline), plus corrections and critical
 * calls. A patient's report covers all their orders, newest first; an order's report covers one.
 */
export type ReportScope = { readonly patient: PatientRow; readonly orderId?: string };

const everything = { limit: 100_000, offset: 0, total: false } as const;

const containers: Readonly<Record<string, string>> = {
  SST: 'serum separator tube',
  RED: 'plain red-top tube',
  LIHEP: 'lithium heparin tube',
  EDTA: 'EDTA tube',
  CIT: 'citrate tube',
  FLOX: 'fluoride oxalate tube',
  'URINE-CUP': 'urine cup',
  'ABG-SYRINGE': 'arterial blood gas syringe',
  ALIQUOT: 'aliquot',
};

/** Specimen types as a report names them (HL7 0487 codes, whose displays read "Blood, Whole"). */
const sources: Readonly<Record<string, string>> = {
  SER: 'Serum',
  PLAS: 'Plasma',
  PPP: 'Platelet-poor plasma',
  UR: 'Urine',
  BLDA: 'Arterial blood',
  WB: 'Whole blood',
  BLD: 'Whole blood',
  BLDV: 'Venous blood',
};

function source(specimen: SpecimenFhirRow): string {
  const code = specimenTypeCoding(specimen.specimen_type, specimen.container)?.code;
  const type = (code ? sources[code] : undefined) ?? specimen.specimen_type;
  return `${type} (${containers[specimen.container] ?? specimen.container})`;
}

interface Definitions {
  readonly get: (code: string) => TestDefinition | undefined;
}

async function definitions(tx: Tx, codes: readonly string[]): Promise<Definitions> {
  const rows =
    codes.length === 0
      ? []
      : await tx
          .selectFrom('test_definitions')
          .select(['code', 'definition'])
          .where('code', 'in', [...codes])
          .execute();
  const byCode = new Map(rows.map((r) => [r.code, r.definition as TestDefinition]));
  return { get: (code) => byCode.get(code) };
}

async function corrections(tx: Tx, resultIds: readonly string[]) {
  if (resultIds.length === 0)
    return new Map<string, { reason: string; correctedAt: Date; previousReleasedAt?: Date }>();
  const rows = await tx
    .selectFrom('result_corrections as c')
    .leftJoin('result_releases as r', 'r.result_id', 'c.corrects_result_id')
    .select(['c.result_id', 'c.reason', 'c.corrected_at', 'r.released_at'])
    .where('c.result_id', 'in', [...resultIds])
    .execute();
  return new Map(
    rows.map((r) => [
      r.result_id,
      {
        reason: r.reason,
        correctedAt: r.corrected_at,
        ...(r.released_at ? { previousReleasedAt: r.released_at } : {}),
      },
    ]),
  );
}

function row(
  member: OrderItemRow['members'][number],
  observation: ObservationRow | undefined,
  patient: PatientRow,
  definition: TestDefinition | undefined,
  correction: { reason: string; correctedAt: Date; previousReleasedAt?: Date } | undefined,
): ReportRow {
  const on = observation?.collected_at ?? observation?.recorded_at ?? new Date();
  const interval: ReferenceInterval | undefined = definition
    ? referenceIntervalFor(definition, patient.clinical_sex as ClinicalSex, ageInDays(patient.birth_date, on))
    : undefined;
  const base = {
    test: definition?.name ?? member.test_code,
    code: member.test_code,
    unit: unitDisplay(observation?.unit ?? definition?.unit),
    range: intervalText(interval),
    critical: false,
  };
  if (!observation)
    return { ...base, status: member.analysis_status === 'cancelled' ? 'cancelled' : 'pending' };
  switch (observation.status) {
    case 'pending':
    case 'held':
      return { ...base, status: 'in-review' };
    case 'cancelled':
      return { ...base, status: 'cancelled' };
    case 'final':
    case 'corrected': {
      const flag = observation.flags.find((f) => f !== 'N');
      const previous =
        observation.previous_value !== null
          ? valueText(observation.previous_value as ResultValue, definition?.decimals)
          : undefined;
      return {
        ...base,
        value: valueText(observation.value as ResultValue, definition?.decimals),
        ...(flag ? { flag } : {}),
        critical: isCriticalFlag(flag),
        status: observation.status,
        ...(observation.released_at ? { releasedAt: observation.released_at } : {}),
        ...(previous !== undefined
          ? {
              correction: {
                previousValue: previous,
                ...(correction?.previousReleasedAt
                  ? { previousReleasedAt: correction.previousReleasedAt }
                  : {}),
                ...(correction ? { correctedAt: correction.correctedAt, reason: correction.reason } : {}),
              },
            }
          : {}),
      };
    }
    default:
      return observation.status satisfies never;
  }
}

async function criticalCalls(tx: Tx, scope: ReportScope): Promise<ReportCriticalCall[]> {
  let query = tx
    .selectFrom('critical_calls as c')
    .innerJoin('specimens as s', 's.id', 'c.specimen_id')
    .leftJoin('test_definitions as t', 't.code', 'c.test_code')
    .select([
      'c.id',
      'c.test_code',
      't.name',
      't.definition',
      'c.value',
      'c.unit',
      's.accession_number',
      'c.detected_at',
      'c.status',
      'c.notified_person',
      'c.notified_role',
      'c.read_back_confirmed',
      'c.completed_by',
      'c.completed_at',
    ])
    .where('c.patient_id', '=', scope.patient.id);
  if (scope.orderId) query = query.where('s.order_id', '=', scope.orderId);
  const calls = await query.orderBy('c.detected_at').execute();
  const attempts =
    calls.length === 0
      ? []
      : await tx
          .selectFrom('critical_call_attempts')
          .selectAll()
          .where(
            'call_id',
            'in',
            calls.map((c) => c.id),
          )
          .orderBy('at')
          .execute();
  return calls.map((c) => ({
    test: c.name ?? c.test_code,
    value:
      `${valueText(c.value as ResultValue, (c.definition as TestDefinition | null)?.decimals)} ${unitDisplay(c.unit)}`.trim(),
    accession: c.accession_number,
    detectedAt: c.detected_at,
    status: c.status,
    ...(c.notified_person
      ? { notified: c.notified_role ? `${c.notified_person} (${c.notified_role})` : c.notified_person }
      : {}),
    readBack: c.read_back_confirmed,
    ...(c.completed_by ? { completedBy: c.completed_by } : {}),
    ...(c.completed_at ? { completedAt: c.completed_at } : {}),
    attempts: attempts
      .filter((a) => a.call_id === c.id)
      .map((a) => ({ at: a.at, reached: a.reached, outcome: a.outcome, by: a.by_user })),
  }));
}

export async function reportDocument(
  tx: Tx,
  scope: ReportScope,
  lab: LabIdentity,
  generatedAt: Date,
): Promise<ReportDocument> {
  const { patient } = scope;
  const where = scope.orderId
    ? ({ kind: 'order', ids: [scope.orderId] } as const)
    : ({ kind: 'patient', ids: [patient.id] } as const);
  const [items, observations, specimens] = await Promise.all([
    searchOrderItemRows(tx, [where], { ...everything, sort: { descending: true }, sortOn: 'authored' }),
    searchObservationRows(tx, [where], everything),
    searchSpecimenRows(tx, [where], everything),
  ]);
  const byAnalysis = new Map(observations.rows.map((o) => [o.analysis_id, o]));
  const specimenById = new Map(specimens.rows.map((s) => [s.id, s]));
  const defs = await definitions(tx, [
    ...new Set(items.rows.flatMap((i) => i.members.map((m) => m.test_code))),
  ]);
  const corrected = await corrections(
    tx,
    observations.rows.filter((o) => o.previous_value !== null).map((o) => o.result_id),
  );
  const orders = new Map<string, OrderItemRow[]>();
  for (const item of items.rows) orders.set(item.order_id, [...(orders.get(item.order_id) ?? []), item]);
  const reportOrders: ReportOrder[] = [...orders.values()].map((orderItems) => {
    const first = orderItems[0] as OrderItemRow;
    const specimenIds = [...new Set(orderItems.flatMap((i) => i.members.map((m) => m.specimen_id)))];
    const reportSpecimens: ReportSpecimen[] = specimenIds
      .flatMap((id) => specimenById.get(id) ?? [])
      .sort((a, b) => a.accession_number.localeCompare(b.accession_number))
      .map((specimen) => ({
        accession: specimen.accession_number,
        source: source(specimen),
        ...(specimen.collected_at ? { collectedAt: specimen.collected_at } : {}),
        ...(specimen.received_at ? { receivedAt: specimen.received_at } : {}),
        ...(specimen.rejection?.reason
          ? {
              rejection: `Rejected: ${specimen.rejection.reason}${specimen.rejection.comment ? ` (${specimen.rejection.comment})` : ''}; not tested`,
            }
          : {}),
        panels: orderItems
          .map((item) => ({
            name: item.name,
            code: item.orderable_code,
            rows: item.members
              .filter((m) => m.specimen_id === specimen.id)
              .map((m) => {
                const observation = byAnalysis.get(m.analysis_id);
                return row(
                  m,
                  observation,
                  patient,
                  defs.get(m.test_code),
                  observation && corrected.get(observation.result_id),
                );
              }),
          }))
          .filter((panel) => panel.rows.length > 0),
      }));
    const provider = first.provider_family
      ? [first.provider_family, first.provider_given].filter(Boolean).join(', ')
      : undefined;
    return {
      orderNumber: first.order_number,
      ...(first.placer_order_number ? { placerOrderNumber: first.placer_order_number } : {}),
      orderedAt: first.ordered_at,
      priority: first.priority,
      ...(provider ? { provider: `${provider}${first.npi ? ` (NPI ${first.npi})` : ''}` } : {}),
      ...(first.clinical_info ? { clinicalInfo: first.clinical_info } : {}),
      specimens: reportSpecimens,
    };
  });
  return {
    title: scope.orderId ? 'Laboratory report' : 'Cumulative laboratory report',
    lab,
    generatedAt,
    patient: {
      name: `${patient.family_name.toUpperCase()}, ${patient.given_name}`.replace(/, $/, ''),
      mrn: patient.mrn,
      birthDate: patient.birth_date,
      sex: patient.clinical_sex,
    },
    orders: reportOrders,
    criticalCalls: await criticalCalls(tx, scope),
  };
}
