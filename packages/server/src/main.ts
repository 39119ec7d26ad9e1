import { randomBytes } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import { ChangeFeed, openLabDatabase, type LabDatabase } from '@aliquot/storage';
import {
  applyInstrumentConfig,
  commandLine,
  ensureFirstAdmin,
  ensureStarterRuleSet,
  seedCatalog,
  startCriticalCallEscalation,
  type EhrDestination,
  type LabContext,
} from '@aliquot/services';
import { createApp } from './app.js';
import { EhrResultsWorker } from './ehr/ehr-results-worker.js';
import { InstrumentHub, type InstrumentLinks } from './instruments/instrument-hub.js';
import { ALIQUOT_VERSION } from './version.js';
import { serveWebApp } from './web-app.js';

export interface ServeOptions {
  readonly port: number;
  readonly host?: string;
  /** Embedded PostgreSQL data directory; ignored when databaseUrl is given. */
  readonly dataDir: string;
  readonly databaseUrl?: string;
  /**
   * The first admin's password (username "admin"), used only while there are no users. Without it a
   * random one is made and printed once, so a fresh lab can be signed into at once.
   */
  readonly adminPassword?: string;
  /** Whether to create the first admin at all (tests create their own staff). Default true. */
  readonly firstAdmin?: boolean;
  readonly log?: (line: string) => void;
  /** The shared HL7/MLLP listener's port (0: any free port); no listener when undefined. */
  readonly mllpPort?: number;
  /** The shared ASTM listener's port (0: any free port); no listener when undefined. */
  readonly astmPort?: number;
  /** Instruments declared in the configuration file, created or replaced at start. */
  readonly instruments?: readonly unknown[];
  /** Where released and corrected results are reported as ORU^R01; none are sent when absent. */
  readonly ehr?: EhrDestination;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly database: LabDatabase;
  readonly lab: LabContext;
  /** The port the shared MLLP listener is bound to, when it runs. */
  readonly mllpPort: number | undefined;
  /** The port the shared ASTM listener is bound to, when it runs. */
  readonly astmPort: number | undefined;
  readonly instruments: InstrumentLinks;
  /** Results to the EHR, when an EHR is configured. */
  readonly resultsOut: EhrResultsWorker | undefined;
  close(): Promise<void>;
}

/**
 * The composition root: opens the database (migrating it), seeds the starter catalog into an empty
 * lab, creates the first admin if asked, and serves the HTTP API.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const database = await openLabDatabase({
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  });
  const lab: LabContext = { db: database.db, now: () => new Date() };
  try {
    const seeded = await seedCatalog(lab, commandLine);
    if (seeded > 0) log(`seeded the starter catalog with ${seeded} tests`);
    const starter = await ensureStarterRuleSet(lab);
    if (starter !== undefined) {
      log(
        `no rule set was active: the starter rule set is active as version ${starter}, approved by "system (starter rule set)"`,
      );
    }
    const password = options.adminPassword ?? randomBytes(9).toString('base64url');
    if (options.firstAdmin !== false && (await ensureFirstAdmin(lab, password))) {
      log(
        options.adminPassword
          ? 'created the first admin user "admin" with the password from ALIQUOT_ADMIN_PASSWORD'
          : `created the first admin user "admin" with the one-time password ${password} (add staff, then sign in as them)`,
      );
    }
    if (options.instruments && options.instruments.length > 0) {
      const applied = await applyInstrumentConfig(lab, commandLine, options.instruments);
      log(`instruments from the configuration: ${applied.map((i) => i.code).join(', ')}`);
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const host = options.host ?? '127.0.0.1';
  let instruments: InstrumentHub;
  try {
    instruments = await InstrumentHub.start({
      lab,
      host,
      log,
      ...(options.astmPort === undefined ? {} : { astmPort: options.astmPort }),
      ...(options.mllpPort === undefined ? {} : { mllpPort: options.mllpPort }),
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  const changes = await ChangeFeed.start(database.url).catch(async (error: unknown) => {
    await instruments.close();
    await database.close();
    throw error;
  });
  const app = createApp({
    lab,
    database: { kind: database.kind, version: database.version },
    startedAt: new Date(),
    version: ALIQUOT_VERSION,
    instruments,
    changes,
  });
  if (!serveWebApp(app)) log('the web app is not built (npm run build); serving the API only');
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info) =>
      resolve({ server: s, port: info.port }),
    );
    s.once('error', reject);
  }).catch(async (error: unknown) => {
    await changes.close();
    await instruments.close();
    await database.close();
    throw error;
  });
  log(
    `Aliquot ${ALIQUOT_VERSION} on ${database.kind} ${database.version}, listening on http://${host}:${port}`,
  );
  const resultsOut = options.ehr ? new EhrResultsWorker({ lab, destination: options.ehr, log }) : undefined;
  resultsOut?.start();
  if (options.ehr) log(`results to the EHR at ${options.ehr.host}:${options.ehr.port} as ORU^R01`);
  const stopEscalation = startCriticalCallEscalation(lab, {
    intervalMs: 30_000,
    onEscalated: (call) =>
      log(`critical ${call.testCode} unanswered: escalated to ${call.callNow ?? 'the top of the ladder'}`),
    onError: (error) => log(`critical-call escalation failed this pass: ${String(error)}`),
  });
  return {
    url: `http://${host}:${port}`,
    port,
    database,
    lab,
    mllpPort: instruments.mllpPort,
    astmPort: instruments.astmPort,
    instruments,
    resultsOut,
    close: async () => {
      await stopEscalation();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await resultsOut?.close();
      await changes.close();
      await instruments.close();
      await database.close();
    },
  };
}
