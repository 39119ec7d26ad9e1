import type { Executor } from './database.js';

/** The lab's verification policy, one JSON row; the services read it with defaults for what is missing. */

export async function verificationSettingsRow(db: Executor) {
  return db.selectFrom('verification_settings').selectAll().executeTakeFirst();
}

export async function saveVerificationSettings(
  db: Executor,
  settings: unknown,
  by: string,
  at: Date,
): Promise<void> {
  await db
    .insertInto('verification_settings')
    .values({ id: true, settings, updated_by: by, updated_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ settings, updated_by: by, updated_at: at }))
    .execute();
}
