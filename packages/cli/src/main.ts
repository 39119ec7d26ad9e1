#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { createInterface } from 'node:readline/promises';
import { Role, describeError, LabError } from '@aliquot/domain';
import { openLabDatabase } from '@aliquot/storage';
import { commandLine, createUser, seedCatalog } from '@aliquot/services';
import { ALIQUOT_VERSION, startServer } from '@aliquot/server';
import { loadConfig } from './config-file.js';
import { registerSimulationCommands } from './simulation-commands.js';

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
};

const dataOption = () =>
  new Option('--data <dir>', 'embedded PostgreSQL data directory (ignored when DATABASE_URL is set)').default(
    './aliquot-data',
  );

async function withDatabase<T>(
  dataDir: string,
  work: (lab: { db: Awaited<ReturnType<typeof openLabDatabase>>['db']; now: () => Date }) => Promise<T>,
) {
  const database = await openLabDatabase({
    dataDir,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  });
  try {
    return await work({ db: database.db, now: () => new Date() });
  } finally {
    await database.close();
  }
}

async function readPassword(prompt: string): Promise<string> {
  if (process.env.ALIQUOT_USER_PASSWORD) return process.env.ALIQUOT_USER_PASSWORD;
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: echo nothing after the prompt.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.startsWith(prompt)) process.stdout.write(prompt);
  };
  try {
    return await rl.question(prompt);
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}

/** The flags of `aliquot serve`; the `--config` file overrides each. */
interface ServeFlags {
  readonly port: number;
  readonly host: string;
  readonly data: string;
  readonly mllpPort: number;
  readonly astmPort: number;
  readonly config?: string;
}

const program = new Command()
  .name('aliquot')
  .description('Aliquot: laboratory information system and instrument middleware')
  .version(ALIQUOT_VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('run the lab: HTTP API on the embedded PostgreSQL, or on DATABASE_URL')
  .option('--port <port>', 'HTTP port', port, 8080)
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .addOption(dataOption())
  .option('--mllp-port <port>', 'port of the HL7 v2 listener (MLLP)', port, 2575)
  .option('--astm-port <port>', 'port of the ASTM listener (E1381 over TCP)', port, 12001)
  .option('--config <file>', 'configuration file (JSON; see README)')
  .action(async (options: ServeFlags) => {
    const config = options.config ? await loadConfig(options.config) : {};
    const server = await startServer({
      port: config.port ?? options.port,
      host: config.host ?? options.host,
      dataDir: config.dataDir ?? options.data,
      mllpPort: config.mllpPort ?? options.mllpPort,
      astmPort: config.astmPort ?? options.astmPort,
      ...(config.instruments ? { instruments: config.instruments } : {}),
      ...(config.ehr ? { ehr: config.ehr } : {}),
      ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
      ...(process.env.ALIQUOT_ADMIN_PASSWORD ? { adminPassword: process.env.ALIQUOT_ADMIN_PASSWORD } : {}),
      log: (line) => console.log(line),
    });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: stopping Aliquot`);
      server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(describeError(error));
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .addOption(dataOption())
  .action(async (options: { data: string }) => {
    await withDatabase(options.data, () => Promise.resolve());
    console.log('the database is at the latest migration');
  });

program
  .command('seed')
  .description('load the starter test catalog into an empty catalog')
  .addOption(dataOption())
  .action(async (options: { data: string }) => {
    const added = await withDatabase(options.data, (lab) => seedCatalog(lab, commandLine));
    console.log(
      added > 0
        ? `added ${added} tests from the starter catalog`
        : 'the catalog already has tests; nothing added',
    );
  });

const user = program.command('user').description('manage staff accounts');
user
  .command('add')
  .description('add a user; the password is read from ALIQUOT_USER_PASSWORD, standard input, or a prompt')
  .argument('<username>', 'sign-in name')
  .addOption(
    new Option('--role <role...>', 'one or more roles').choices(Object.values(Role)).makeOptionMandatory(),
  )
  .option('--name <display name>', 'name shown in the app and the audit log')
  .addOption(dataOption())
  .action(async (username: string, options: { role: Role[]; name?: string; data: string }) => {
    const password = await readPassword(`Password for ${username}: `);
    const created = await withDatabase(options.data, (lab) =>
      createUser(lab, commandLine, {
        username,
        displayName: options.name ?? username,
        password,
        roles: options.role,
      }),
    );
    console.log(`added ${created.username} (${created.roles.join(', ')})`);
  });

registerSimulationCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof LabError) {
    console.error(`aliquot: ${error.message}`);
    for (const issue of error.issues)
      console.error(`  ${issue.location ? `${issue.location}: ` : ''}${issue.message}`);
    process.exit(2);
  }
  console.error(`aliquot: ${describeError(error)}`);
  process.exit(1);
});
