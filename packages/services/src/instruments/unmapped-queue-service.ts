import { listUnmappedCodes } from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';

/** A code waiting for a mapping, with the messages held until it has one. */
export interface UnmappedCode {
  /** The instrument code, or an unknown sender's name. */
  readonly instrument: string;
  /** `test`: an instrument test code; `sender`: an instrument we do not know; `control`: a control specimen. */
  readonly kind: 'test' | 'sender' | 'control';
  readonly code: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Messages that carried it. */
  readonly count: number;
  /** Journal entries waiting on it (reprocess them once it is mapped). */
  readonly journalIds: readonly string[];
}

/** The unmapped queue, most recently seen first. */
export async function listUnmapped(lab: LabContext, actor: Actor): Promise<UnmappedCode[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) =>
    (await listUnmappedCodes(tx)).map((row) => ({
      instrument: row.instrument,
      kind: row.kind,
      code: row.code,
      firstSeen: row.first_seen.toISOString(),
      lastSeen: row.last_seen.toISOString(),
      count: row.count,
      journalIds: row.journal_ids.map(String),
    })),
  );
}
