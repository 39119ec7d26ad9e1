import { auditTrail, verifyAuditChain, type ChainCheck } from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from './use-case.js';

export interface AuditEntryView {
  readonly seq: string;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Who did what to one thing, oldest first. */
export async function auditOf(
  lab: LabContext,
  actor: Actor,
  entity: string,
  entityId: string,
): Promise<AuditEntryView[]> {
  return runUseCase(lab, actor, 'audit:read', async ({ tx }) =>
    (await auditTrail(tx, entity, entityId)).map((row) => ({
      seq: row.seq,
      at: row.at.toISOString(),
      actor: row.actor,
      action: row.action,
      before: row.before,
      after: row.after,
    })),
  );
}

/** Recomputes the audit log's hash chain and names the first entry that does not follow from the ones before. */
export async function checkAuditChain(lab: LabContext, actor: Actor): Promise<ChainCheck> {
  return runUseCase(lab, actor, 'audit:read', ({ tx }) => verifyAuditChain(tx));
}
