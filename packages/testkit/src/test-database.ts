import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, ensureDatabase, migrateToLatest, type Db } from '@aliquot/storage';

/** A PostgreSQL server the tests run against. */
export interface TestServer {
  /** Shown in test names, so the output says where each suite ran. */
  readonly name: string;
  readonly maintenanceUrl: string;
}

/**
 * The servers for this run: the embedded PostgreSQL always, and the PostgreSQL 15 server when it was
 * reachable at the start of the run. With ALIQUOT_REQUIRE_EXTERNAL_PG=1 (CI), an unreachable server
 * is an error rather than a skipped suite.
 */
export function testServers(): TestServer[] {
  const embedded = process.env.ALIQUOT_TEST_EMBEDDED_URL;
  if (!embedded) throw new Error('the test global setup did not start the embedded PostgreSQL');
  const servers: TestServer[] = [{ name: 'embedded PostgreSQL', maintenanceUrl: embedded }];
  const external = process.env.ALIQUOT_TEST_EXTERNAL_URL;
  if (external) servers.push({ name: 'PostgreSQL server at 127.0.0.1:5432', maintenanceUrl: external });
  else if (process.env.ALIQUOT_REQUIRE_EXTERNAL_PG === '1') {
    throw new Error(
      'ALIQUOT_REQUIRE_EXTERNAL_PG=1 but the PostgreSQL server at 127.0.0.1:5432 is not reachable',
    );
  }
  return servers;
}

export function embeddedServer(): TestServer {
  const [embedded] = testServers();
  if (!embedded) throw new Error('no embedded PostgreSQL');
  return embedded;
}

export interface TestDatabase {
  readonly db: Db;
  readonly url: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own on `server`, so test files never see each other's rows. */
export async function createTestDatabase(server: TestServer): Promise<TestDatabase> {
  const name = `aliquot_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(server.maintenanceUrl, name);
  const db = connect(url, 5);
  await migrateToLatest(db);
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: server.maintenanceUrl });
      await client.connect();
      try {
        // The pool's sockets may take a moment to close after destroy(); retry rather than force.
        for (let attempt = 0; ; attempt++) {
          try {
            await client.query(`drop database if exists ${client.escapeIdentifier(name)}`);
            break;
          } catch (error) {
            if (attempt >= 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}
