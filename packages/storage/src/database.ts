import { Kysely, Migrator, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { describeError } from '@aliquot/domain';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres.js';

// Keep SQL `date` values as ISO text (birth dates have no time zone); bigint counts as numbers are
// read explicitly where needed.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or a transaction: repositories take whichever the use case holds. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface LabDatabase {
  readonly db: Db;
  /** 'embedded' when Aliquot runs its own PostgreSQL, 'server' for DATABASE_URL. */
  readonly kind: 'embedded' | 'server';
  /** e.g. "PostgreSQL 18.4" */
  readonly version: string;
  /** The connection URL, for a dedicated connection such as a LISTEN. */
  readonly url: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL selects an external PostgreSQL (15 or newer); otherwise the embedded one runs. */
  readonly databaseUrl?: string;
  /** Data directory of the embedded server. */
  readonly dataDir?: string;
  /** Fixed port for the embedded server; a free one by default. */
  readonly embeddedPort?: number;
  readonly poolSize?: number;
}

export function connect(url: string, poolSize = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server closes (a restart, or shutdown racing us) is not an error of
  // any request: the pool drops it and opens a new one when needed.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

async function serverVersion(db: Db): Promise<{ label: string; major: number }> {
  const { rows } = await sql<{ version: string; num: string }>`
    select current_setting('server_version') as version, current_setting('server_version_num') as num
  `.execute(db);
  const row = rows[0];
  if (!row) throw new Error('PostgreSQL did not report its version');
  return { label: `PostgreSQL ${row.version.split(' ')[0]}`, major: Math.floor(Number(row.num) / 10000) };
}

/** Applies every pending migration. Safe to run from several Aliquot nodes at once (Kysely takes a lock). */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: 'aliquot_migrations',
    migrationLockTableName: 'aliquot_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${describeError(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Opens Aliquot's database: the PostgreSQL server named by `databaseUrl`, or else an embedded
 * PostgreSQL in `dataDir` that is started now and stopped by `close()`. Migrations run before return.
 */
export async function openLabDatabase(options: OpenOptions): Promise<LabDatabase> {
  let embedded: EmbeddedServer | undefined;
  let url = options.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: options.dataDir ?? 'aliquot-data',
      port: options.embeddedPort,
    });
    url = await ensureDatabase(embedded.url, 'aliquot');
  }
  const db = connect(url, options.poolSize);
  try {
    const version = await serverVersion(db);
    if (version.major < 15)
      throw new Error(`${version.label} is too old: Aliquot needs PostgreSQL 15 or newer`);
    await migrateToLatest(db);
    return {
      db,
      kind: embedded ? 'embedded' : 'server',
      version: version.label,
      url,
      close: async () => {
        await db.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await db.destroy();
    await embedded?.stop();
    throw error;
  }
}

/** Creates database `name` on the server of `maintenanceUrl` if it is missing; returns its URL. */
export async function ensureDatabase(
  maintenanceUrl: string,
  name: string,
  template?: string,
): Promise<string> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      const ident = client.escapeIdentifier(name);
      await client.query(
        template
          ? `create database ${ident} template ${client.escapeIdentifier(template)}`
          : `create database ${ident}`,
      );
    }
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
