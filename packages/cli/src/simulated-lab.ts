import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '@aliquot/server';
import {
  EhrResultListener,
  Hl7OrderEntry,
  LabApiClient,
  LabRun,
  RestOrderEntry,
  SimRandom,
  prepareSimulatedLab,
  scenarioAnalyzers,
  type LabRunOptions,
  type Scenario,
  type ScoreReport,
  type StaffLogin,
} from '@aliquot/simulator';

export interface SimulatedLabOptions {
  readonly scenario: Scenario;
  /** Overrides the scenario's speed; Infinity runs flat out. */
  readonly speed?: number;
  readonly port?: number;
  readonly host?: string;
  /** Embedded PostgreSQL data directory; a fresh temporary one (removed at the end) when absent. */
  readonly dataDir?: string;
  /** An external PostgreSQL instead of the embedded one. */
  readonly databaseUrl?: string;
  readonly astmPort?: number;
  readonly mllpPort?: number;
  /** Aliquot's own log lines (server start, first admin…). */
  readonly serverLog?: (line: string) => void;
  /** The simulator's log lines (failed orders, link errors…). */
  readonly log?: (line: string) => void;
  readonly onProgress?: LabRunOptions['onProgress'];
}

/** Aliquot running with the simulated lab wired to it, ready to run its scenario. */
export interface SimulatedLab {
  readonly server: RunningServer;
  readonly run: LabRun;
  readonly logins: readonly StaffLogin[];
  readonly admin: { readonly username: string; readonly password: string };
  readonly setupNotes: readonly string[];
  /** Runs the scenario and reads its score. */
  score(): Promise<ScoreReport>;
  /** Stops Aliquot and removes a temporary data directory. */
  close(): Promise<void>;
}

/**
 * Starts Aliquot (embedded PostgreSQL unless a database URL is given) with its instrument listeners,
 * then prepares it for the simulated lab through its REST API: staff, instrument registry, control
 * lots and targets. The scenario runs when `score()` is called.
 */
export async function startSimulatedLab(options: SimulatedLabOptions): Promise<SimulatedLab> {
  const temporary = options.dataDir === undefined && options.databaseUrl === undefined;
  const dataDir = options.dataDir ?? path.join(os.tmpdir(), `aliquot-sim-${randomBytes(6).toString('hex')}`);
  const adminPassword = process.env.ALIQUOT_ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  // The virtual EHR listens for ORU^R01 first, so Aliquot can be told where to send results.
  const inbox = new EhrResultListener();
  const inboxPort = await inbox.listen(0, host);
  const server = await startServer({
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    adminPassword,
    astmPort: options.astmPort ?? 0,
    mllpPort: options.mllpPort ?? 0,
    ehr: { host, port: inboxPort, receivingApplication: 'SIMEHR', receivingFacility: 'WARDS' },
    log: options.serverLog ?? (() => {}),
  }).catch(async (error: unknown) => {
    await inbox.close();
    throw error;
  });
  let orderSender: Hl7OrderEntry | undefined;
  const close = async (): Promise<void> => {
    await orderSender?.close();
    await server.close();
    await inbox.close();
    if (temporary) await rm(dataDir, { recursive: true, force: true });
  };
  try {
    if (server.astmPort === undefined || server.mllpPort === undefined) {
      throw new Error('Aliquot started without its instrument listeners');
    }
    const admin = await LabApiClient.signIn(server.url, 'admin', adminPassword);
    const analyzers = scenarioAnalyzers(options.scenario);
    const random = new SimRandom(options.scenario.seed).fork('accounts');
    const { staff, logins, notes } = await prepareSimulatedLab(admin, analyzers, random);
    orderSender =
      options.scenario.orders.via === 'hl7'
        ? new Hl7OrderEntry({ host, port: server.mllpPort }, staff.ehr)
        : undefined;
    const run = new LabRun({
      scenario: options.scenario,
      ...(options.speed === undefined ? {} : { speed: options.speed }),
      listeners: { host, astmPort: server.astmPort, mllpPort: server.mllpPort },
      staff,
      orderEntry: orderSender ?? new RestOrderEntry(staff.ehr),
      ehrInbox: inbox,
      mrnPrefix: `S${Date.now().toString(36).toUpperCase()}`,
      setupNotes: notes,
      ...(options.log ? { log: options.log } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return {
      server,
      run,
      logins,
      admin: { username: 'admin', password: adminPassword },
      setupNotes: notes,
      score: () => run.run(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
