import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@aliquot/storage';

/** The PostgreSQL server the conformance suite also runs against when it is up (CI starts it). */
export const EXTERNAL_POSTGRES_URL =
  process.env.ALIQUOT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Starts one embedded PostgreSQL for the whole test run and finds out whether the PostgreSQL 15 server
 * is up. Test workers are forked after this runs and read both from their environment:
 * `ALIQUOT_TEST_EMBEDDED_URL` and `ALIQUOT_TEST_EXTERNAL_URL` ('' when that server is not reachable).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const dataDir = path.resolve('.test-data', `embedded-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const embedded = await startEmbeddedPostgres({ dataDir });
  process.env.ALIQUOT_TEST_EMBEDDED_URL = embedded.url;
  process.env.ALIQUOT_TEST_EXTERNAL_URL = (await reachable(EXTERNAL_POSTGRES_URL))
    ? EXTERNAL_POSTGRES_URL
    : '';
  return async () => {
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
