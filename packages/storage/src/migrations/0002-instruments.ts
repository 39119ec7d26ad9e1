import type { Kysely } from 'kysely';

/** Instrument registry, the store-and-forward message journal and the unmapped-code queue. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
