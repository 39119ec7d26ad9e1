import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor, Tx } from './database.js';

/** What a use case records: who did what to which thing, with the state before and after. */
export interface AuditEntry {
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

const GENESIS = '0'.repeat(64);
/** Serialises writers of the chain across every Aliquot node sharing the database. */
const AUDIT_LOCK = 0x41_4c_51_54; // "ALQT"

/** JSON with object keys sorted, so a value read back from jsonb hashes the same as the value written. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function entryHash(prevHash: string, seq: string, at: Date, entry: AuditEntry): string {
  return createHash('sha256')
    .update(
      [prevHash, seq, at.toISOString(), entry.actor, entry.action, entry.entity, entry.entityId]
        .concat(canonicalJson(entry.before ?? null), canonicalJson(entry.after ?? null))
        .join('\u001f'),
    )
    .digest('hex');
}

/** JSON-safe copy (Dates become ISO strings) so what is stored is exactly what was hashed. */
const plain = (value: unknown): unknown => (value === undefined ? null : JSON.parse(canonicalJson(value)));

/**
 * Appends entries to the audit log inside the caller's transaction. Each entry's hash covers the
 * previous entry's hash, so editing or deleting any row breaks the chain from there on.
 */
export async function appendAudit(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(tx);
  const last = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = BigInt(last?.seq ?? 0);
  let prevHash = last?.hash ?? GENESIS;
  const at = new Date();
  const rows = entries.map((entry) => {
    seq += 1n;
    const hash = entryHash(prevHash, seq.toString(), at, entry);
    const row = {
      seq: seq.toString(),
      at,
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: plain(entry.before),
      after: plain(entry.after),
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  await tx.insertInto('audit_log').values(rows).execute();
}

export interface ChainCheck {
  readonly ok: boolean;
  readonly entries: number;
  /** The first sequence number whose hash does not follow from the entries before it. */
  readonly brokenAt?: string;
}

/** Recomputes the whole chain. */
export async function verifyAuditChain(db: Executor): Promise<ChainCheck> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  let prevHash = GENESIS;
  let expectedSeq = 1n;
  for (const row of rows) {
    const entry: AuditEntry = {
      actor: row.actor,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      before: row.before,
      after: row.after,
    };
    const intact =
      BigInt(row.seq) === expectedSeq &&
      row.prev_hash === prevHash &&
      row.hash === entryHash(prevHash, row.seq, row.at, entry);
    if (!intact) return { ok: false, entries: rows.length, brokenAt: row.seq };
    prevHash = row.hash;
    expectedSeq += 1n;
  }
  return { ok: true, entries: rows.length };
}

export async function auditTrail(db: Executor, entity: string, entityId: string) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor', 'action', 'before', 'after'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
}
