import { appendAudit, type AuditEntry, type Tx } from '@aliquot/storage';
import type { LabContext } from '../use-case.js';

/**
 * Work the lab does by itself (seeding the starter rule set, escalating unanswered calls): one
 * transaction with its audit entries, under a system name that says what acted.
 */
export async function runSystemTask<T>(
  lab: LabContext,
  systemName: string,
  work: (task: { tx: Tx; now: Date; audit: (entry: Omit<AuditEntry, 'actor'>) => void }) => Promise<T>,
): Promise<T> {
  const now = lab.now();
  return lab.db.transaction().execute(async (tx) => {
    const entries: AuditEntry[] = [];
    const result = await work({ tx, now, audit: (entry) => entries.push({ ...entry, actor: systemName }) });
    await appendAudit(tx, entries);
    return result;
  });
}
