import {
  LabError,
  RejectionReason,
  currentState,
  guardCollect,
  guardDispose,
  guardProcess,
  guardReceive,
  guardReject,
  guardStore,
  type GuardResult,
  type PatientIdentifiers,
  type SpecimenEvent,
  type SpecimenEventKind,
} from '@aliquot/domain';
import {
  appendSpecimenEvent,
  findPatient,
  findSpecimenByAccession,
  insertSpecimen,
  specimenEvents,
  childSpecimens,
  type SpecimenEventRow,
  type SpecimenRow,
  type Tx,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from './use-case.js';

const toEvent = (row: SpecimenEventRow): SpecimenEvent => ({
  kind: row.kind as SpecimenEventKind,
  at: row.at,
  actor: row.actor,
  detail: row.detail,
});

async function lockSpecimen(
  tx: Tx,
  accession: string,
): Promise<{ specimen: SpecimenRow; events: SpecimenEvent[] }> {
  const specimen = await findSpecimenByAccession(tx, accession, true);
  if (!specimen) throw LabError.notFound('Specimen', accession);
  return { specimen, events: (await specimenEvents(tx, specimen.id)).map(toEvent) };
}

function enforce(guard: GuardResult, accession: string): void {
  if (!guard.ok) throw LabError.ruleViolation(`Specimen ${accession}: ${guard.reason}`);
}

async function record(
  uow: UnitOfWork,
  actor: Actor,
  specimen: SpecimenRow,
  kind: SpecimenEventKind,
  detail: Record<string, unknown>,
  at?: Date,
): Promise<void> {
  // Read the state now: an earlier step of the same use case (collection at receipt) may have moved it.
  const { state } = await uow.tx
    .selectFrom('specimens')
    .select('state')
    .where('id', '=', specimen.id)
    .executeTakeFirstOrThrow();
  const event = await appendSpecimenEvent(uow.tx, specimen.id, {
    kind,
    at: at ?? uow.now,
    actor: actor.username,
    detail,
  });
  uow.audit({
    action: `specimen.${kind}`,
    entity: 'specimen',
    entityId: specimen.accession_number,
    before: { state },
    after: { state: kind, at: event.at, detail },
  });
}

export interface CollectSpecimen {
  readonly collectedAt?: Date;
  readonly site?: string;
}

export async function collectSpecimen(
  lab: LabContext,
  actor: Actor,
  accession: string,
  input: CollectSpecimen = {},
) {
  return runUseCase(lab, actor, 'specimen:collect', async (uow) => {
    const { specimen, events } = await lockSpecimen(uow.tx, accession);
    enforce(guardCollect(events), accession);
    if (input.collectedAt && input.collectedAt.getTime() > uow.now.getTime() + 60_000) {
      throw LabError.invalid('the collection time is in the future', [
        { location: 'collectedAt', message: 'check the clock' },
      ]);
    }
    await record(
      uow,
      actor,
      specimen,
      'collected',
      { ...(input.site ? { site: input.site } : {}) },
      input.collectedAt,
    );
    return specimenTimelineIn(uow.tx, accession);
  });
}

/**
 * Receives a specimen in the lab. The identifiers read off the label must match the patient record on
 * two counts; a specimen that was never recorded as collected is collected now, at receipt.
 */
export async function receiveSpecimen(
  lab: LabContext,
  actor: Actor,
  accession: string,
  label: PatientIdentifiers,
) {
  return runUseCase(lab, actor, 'specimen:receive', async (uow) => {
    const { specimen, events } = await lockSpecimen(uow.tx, accession);
    const patient = await findPatient(uow.tx, specimen.patient_id);
    if (!patient) throw LabError.notFound('Patient', specimen.patient_id);
    enforce(
      guardReceive(events, label, {
        mrn: patient.mrn,
        familyName: patient.family_name,
        givenName: patient.given_name,
        birthDate: patient.birth_date,
      }),
      accession,
    );
    if (!events.some((e) => e.kind === 'collected')) {
      await record(uow, actor, specimen, 'collected', { recordedAtReceipt: true });
    }
    await record(uow, actor, specimen, 'received', {});
    return specimenTimelineIn(uow.tx, accession);
  });
}

export async function rejectSpecimen(
  lab: LabContext,
  actor: Actor,
  accession: string,
  input: { reason: RejectionReason; comment?: string; notified?: string },
) {
  return runUseCase(lab, actor, 'specimen:reject', async (uow) => {
    if (!(Object.values(RejectionReason) as string[]).includes(input.reason)) {
      throw LabError.invalid('the rejection needs a known reason', [
        { location: 'reason', message: `use one of ${Object.values(RejectionReason).join(', ')}` },
      ]);
    }
    const { specimen, events } = await lockSpecimen(uow.tx, accession);
    enforce(guardReject(events), accession);
    await record(uow, actor, specimen, 'rejected', { ...input });
    await uow.tx
      .updateTable('analyses')
      .set({ status: 'cancelled' })
      .where('specimen_id', '=', specimen.id)
      .where('status', 'not in', ['released', 'cancelled'])
      .execute();
    return specimenTimelineIn(uow.tx, accession);
  });
}

/** Processing steps after receipt: centrifuge, load on an instrument, store, dispose. */
export async function recordProcessing(
  lab: LabContext,
  actor: Actor,
  accession: string,
  step: 'centrifuged' | 'loaded' | 'stored' | 'disposed',
  detail: Record<string, unknown> = {},
) {
  return runUseCase(lab, actor, 'specimen:process', async (uow) => {
    const { specimen, events } = await lockSpecimen(uow.tx, accession);
    const guard =
      step === 'stored'
        ? guardStore(events)
        : step === 'disposed'
          ? guardDispose(events)
          : guardProcess(events);
    enforce(guard, accession);
    await record(uow, actor, specimen, step, detail);
    return specimenTimelineIn(uow.tx, accession);
  });
}

/** Pours off `count` aliquots: child specimens linked to the parent, numbered parent-1, parent-2, … */
export async function aliquotSpecimen(lab: LabContext, actor: Actor, accession: string, count: number) {
  return runUseCase(lab, actor, 'specimen:process', async (uow) => {
    if (!Number.isInteger(count) || count < 1 || count > 20) {
      throw LabError.invalid('the number of aliquots must be a whole number from 1 to 20');
    }
    const { specimen, events } = await lockSpecimen(uow.tx, accession);
    enforce(guardProcess(events), accession);
    const existing = (await childSpecimens(uow.tx, specimen.id)).length;
    const children: string[] = [];
    for (let i = 1; i <= count; i++) {
      const child = await insertSpecimen(
        uow.tx,
        {
          orderId: specimen.order_id,
          patientId: specimen.patient_id,
          specimenType: specimen.specimen_type,
          container: 'ALIQUOT',
          parentId: specimen.id,
        },
        `${accession}-${existing + i}`,
      );
      for (const kind of ['collected', 'received'] as const) {
        await appendSpecimenEvent(uow.tx, child.id, {
          kind,
          at: uow.now,
          actor: actor.username,
          detail: { fromParent: accession },
        });
      }
      children.push(child.accession_number);
    }
    await record(uow, actor, specimen, 'aliquoted', { children });
    return specimenTimelineIn(uow.tx, accession);
  });
}

export async function specimenTimeline(lab: LabContext, actor: Actor, accession: string) {
  return runUseCase(lab, actor, 'read', ({ tx }) => specimenTimelineIn(tx, accession));
}

export type SpecimenTimeline = Awaited<ReturnType<typeof specimenTimelineIn>>;

/** Everything about one specimen in one answer: who it belongs to, its events, analyses, results, aliquots. */
export async function specimenTimelineIn(tx: Tx, accession: string) {
  const specimen = await findSpecimenByAccession(tx, accession);
  if (!specimen) throw LabError.notFound('Specimen', accession);
  const [events, patient, order, children, parent, analyses] = await Promise.all([
    specimenEvents(tx, specimen.id),
    findPatient(tx, specimen.patient_id),
    tx
      .selectFrom('orders')
      .select(['id', 'order_number', 'priority', 'ordered_at'])
      .where('id', '=', specimen.order_id)
      .executeTakeFirstOrThrow(),
    childSpecimens(tx, specimen.id),
    specimen.parent_id
      ? tx
          .selectFrom('specimens')
          .select('accession_number')
          .where('id', '=', specimen.parent_id)
          .executeTakeFirst()
      : undefined,
    tx
      .selectFrom('analyses')
      .innerJoin('test_definitions', 'test_definitions.code', 'analyses.test_code')
      .select([
        'analyses.id',
        'analyses.test_code',
        'analyses.panel_code',
        'analyses.status',
        'test_definitions.name',
        'test_definitions.unit',
      ])
      .where('analyses.specimen_id', '=', specimen.id)
      .orderBy('analyses.created_at')
      .orderBy('analyses.test_code')
      .execute(),
  ]);
  const results =
    analyses.length === 0
      ? []
      : await tx
          .selectFrom('results')
          .selectAll()
          .where(
            'analysis_id',
            'in',
            analyses.map((a) => a.id),
          )
          .orderBy('version')
          .execute();
  const timeline = events.map(toEvent);
  return {
    accessionNumber: specimen.accession_number,
    specimenType: specimen.specimen_type,
    container: specimen.container,
    state: currentState(timeline),
    parent: parent?.accession_number ?? null,
    aliquots: children.map((c) => c.accession_number),
    patient: patient && {
      id: patient.id,
      mrn: patient.mrn,
      familyName: patient.family_name,
      givenName: patient.given_name,
      birthDate: patient.birth_date,
      clinicalSex: patient.clinical_sex,
    },
    order: {
      id: order.id,
      orderNumber: order.order_number,
      priority: order.priority,
      orderedAt: order.ordered_at.toISOString(),
    },
    events: timeline.map((e) => ({
      kind: e.kind,
      at: e.at.toISOString(),
      actor: e.actor,
      detail: e.detail ?? {},
    })),
    analyses: analyses.map((a) => ({
      id: a.id,
      testCode: a.test_code,
      testName: a.name,
      panelCode: a.panel_code,
      status: a.status,
      results: results
        .filter((r) => r.analysis_id === a.id)
        .map((r) => ({
          id: r.id,
          version: r.version,
          value: r.value,
          unit: r.unit,
          flags: r.flags,
          status: r.status,
          source: r.source,
          instrumentId: r.instrument_id,
          enteredBy: r.entered_by,
          observedAt: r.observed_at?.toISOString() ?? null,
          createdAt: r.created_at.toISOString(),
          detail: r.detail,
        })),
    })),
  };
}
