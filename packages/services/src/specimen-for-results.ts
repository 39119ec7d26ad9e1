import {
  findPatient,
  findSpecimenByAccession,
  specimenEvents,
  type PatientRow,
  type SpecimenEventRow,
  type SpecimenRow,
  type Tx,
} from '@aliquot/storage';
import { TransactionMemo } from './transaction-memo.js';

/**
 * What results entered in one transaction need of their specimen, read once per transaction however
 * many results the specimen gets (an analyzer message carries a panel): the specimen, locked so results
 * of one tube are entered one transaction at a time, its patient, and its event timeline. Whoever
 * appends an event in the transaction calls `specimenTimelineChanged`.
 */

export interface SpecimenForResults {
  readonly specimen: SpecimenRow;
  readonly patient: PatientRow | undefined;
}

const specimens = new TransactionMemo<SpecimenForResults | undefined>();
const timelines = new TransactionMemo<readonly SpecimenEventRow[]>();

/** The specimen with this accession number, locked for the rest of the transaction, and its patient. */
export function lockedSpecimen(tx: Tx, accession: string): Promise<SpecimenForResults | undefined> {
  return specimens.get(tx, accession, async () => {
    const specimen = await findSpecimenByAccession(tx, accession, true);
    if (specimen === undefined) return undefined;
    return { specimen, patient: await findPatient(tx, specimen.patient_id) };
  });
}

/** The specimen's events, oldest first. */
export function specimenTimeline(tx: Tx, specimenId: string): Promise<readonly SpecimenEventRow[]> {
  return timelines.get(tx, specimenId, () => specimenEvents(tx, specimenId));
}

/** An event was appended to the specimen in this transaction: read its timeline again when next asked. */
export function specimenTimelineChanged(tx: Tx, specimenId: string): void {
  timelines.forget(tx, specimenId);
}
