import type { Insertable } from 'kysely';
import type { Executor } from './database.js';
import type { RuleSetVersionRow, RuleSetVersionsTable } from './schema.js';

/** Rule sets and their versions. A version's rules never change once saved; only its status moves. */

export async function ensureRuleSet(db: Executor, id: string, name: string, by: string): Promise<void> {
  await db
    .insertInto('rule_sets')
    .values({ id, name, created_by: by })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name }))
    .execute();
}

export async function nextRuleSetVersion(db: Executor, ruleSetId: string): Promise<number> {
  const row = await db
    .selectFrom('rule_set_versions')
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('rule_set_id', '=', ruleSetId)
    .executeTakeFirst();
  return (row?.latest ?? 0) + 1;
}

export async function insertRuleSetVersion(
  db: Executor,
  version: Insertable<RuleSetVersionsTable>,
): Promise<RuleSetVersionRow> {
  return db.insertInto('rule_set_versions').values(version).returningAll().executeTakeFirstOrThrow();
}

export async function findRuleSetVersion(
  db: Executor,
  ruleSetId: string,
  version: number,
  lock = false,
): Promise<RuleSetVersionRow | undefined> {
  let query = db
    .selectFrom('rule_set_versions')
    .selectAll()
    .where('rule_set_id', '=', ruleSetId)
    .where('version', '=', version);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The one active version, if any. */
export async function activeRuleSetVersion(db: Executor): Promise<RuleSetVersionRow | undefined> {
  return db.selectFrom('rule_set_versions').selectAll().where('status', '=', 'active').executeTakeFirst();
}

/** Only the key of the active version: cheap enough to ask before every judgement. */
export async function activeRuleSetKey(
  db: Executor,
): Promise<{ rule_set_id: string; version: number } | undefined> {
  return db
    .selectFrom('rule_set_versions')
    .select(['rule_set_id', 'version'])
    .where('status', '=', 'active')
    .executeTakeFirst();
}

/** Every version, newest first, without the rules and reports (which can be large). */
export async function listRuleSetVersions(db: Executor) {
  return db
    .selectFrom('rule_set_versions')
    .innerJoin('rule_sets', 'rule_sets.id', 'rule_set_versions.rule_set_id')
    .select([
      'rule_set_versions.rule_set_id',
      'rule_sets.name',
      'rule_set_versions.version',
      'rule_set_versions.status',
      'rule_set_versions.change_note',
      'rule_set_versions.drafted_by',
      'rule_set_versions.drafted_at',
      'rule_set_versions.validated_by',
      'rule_set_versions.validated_at',
      'rule_set_versions.approved_by',
      'rule_set_versions.approved_at',
      'rule_set_versions.retired_at',
    ])
    .orderBy('rule_set_versions.rule_set_id')
    .orderBy('rule_set_versions.version', 'desc')
    .execute();
}

export async function markRuleSetValidated(
  db: Executor,
  ruleSetId: string,
  version: number,
  validation: { by: string; at: Date; report: unknown },
): Promise<void> {
  await db
    .updateTable('rule_set_versions')
    .set({
      status: 'validated',
      validated_by: validation.by,
      validated_at: validation.at,
      validation_report: validation.report,
    })
    .where('rule_set_id', '=', ruleSetId)
    .where('version', '=', version)
    .execute();
}

/** Retires the active version (if any) and activates the given one; call inside one transaction. */
export async function activateRuleSetVersion(
  db: Executor,
  ruleSetId: string,
  version: number,
  approval: { by: string; at: Date; note: string },
): Promise<void> {
  await db
    .updateTable('rule_set_versions')
    .set({ status: 'retired', retired_at: approval.at })
    .where('status', '=', 'active')
    .execute();
  await db
    .updateTable('rule_set_versions')
    .set({
      status: 'active',
      approved_by: approval.by,
      approved_at: approval.at,
      approval_note: approval.note,
    })
    .where('rule_set_id', '=', ruleSetId)
    .where('version', '=', version)
    .execute();
}
