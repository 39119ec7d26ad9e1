import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { formatScore, loadScenario, shippedScenarios, type RunProgress } from '@aliquot/simulator';
import { handsOn } from './hands-on.js';
import { startSimulatedLab, type SimulatedLab } from './simulated-lab.js';

const positive = (value: string): number => {
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new InvalidArgumentError('a positive number');
  return n;
};
const portNumber = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
};
const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.floor(minutes % 60)).padStart(2, '0')}`;

/** Prints a progress line at most every `everyMs`. */
function progressPrinter(everyMs: number): (p: RunProgress) => void {
  let last = 0;
  return (p) => {
    if (Date.now() - last < everyMs) return;
    last = Date.now();
    console.log(
      `  simulated ${clock(p.simMinute)}  orders ${p.orders}  tubes ${p.tubes}  results sent ${p.results}`,
    );
  };
}

/**
 * Ctrl-C stops the lab and quits. (The embedded PostgreSQL stops on the same signal, so there is no
 * score to read after it: a run prints its score when its scenario ends.)
 */
function stopOnSignal(lab: SimulatedLab): void {
  let asked = false;
  const stop = (): void => {
    if (asked) process.exit(130);
    asked = true;
    console.log('\nstopping the simulated lab and Aliquot');
    lab.run.requestStop();
    lab.close().then(
      () => process.exit(130),
      () => process.exit(130),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** `aliquot demo` and `aliquot simulate`: the simulated lab feeding Aliquot through its real listeners. */
export function registerSimulationCommands(program: Command): void {
  program
    .command('demo')
    .description('run Aliquot with a simulated lab feeding it, at a pace a person can watch')
    .option('--port <port>', 'HTTP port', portNumber, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--scenario <name|file>', 'scenario to run', 'default')
    .option('--speed <n>', 'simulated minutes per real minute', positive, 10)
    .option('--data <dir>', 'keep the demo lab in this data directory (default: a temporary one)')
    .option(
      '--hands-on',
      'leave the critical calls and the QC holds to you: no virtual technologist works them',
    )
    .action(
      async (options: {
        port: number;
        host: string;
        scenario: string;
        speed: number;
        data?: string;
        handsOn?: boolean;
      }) => {
        const loaded = await loadScenario(options.scenario);
        const scenario = options.handsOn ? handsOn(loaded) : loaded;
        const lab = await startSimulatedLab({
          scenario,
          speed: options.speed,
          port: options.port,
          host: options.host,
          ...(options.data ? { dataDir: options.data } : {}),
          ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
          astmPort: 0,
          mllpPort: 0,
          serverLog: (line) => console.log(line),
          log: (line) => console.log(`  ! ${line}`),
          onProgress: progressPrinter(10_000),
        });
        console.log('');
        console.log(`Aliquot demo: open ${lab.server.url} in a browser`);
        console.log(
          `  instruments connect to ASTM port ${lab.server.astmPort} and MLLP port ${lab.server.mllpPort}`,
        );
        console.log(`  sign in as:`);
        console.log(`    ${'admin'.padEnd(18)} ${lab.admin.password.padEnd(18)} administrator`);
        for (const login of lab.logins)
          console.log(`    ${login.username.padEnd(18)} ${login.password.padEnd(18)} ${login.purpose}`);
        for (const note of lab.setupNotes) console.log(`  note: ${note}`);
        console.log(`\nscenario "${scenario.name}": ${scenario.description}`);
        console.log(
          `${scenario.durationHours} simulated hours at ${options.speed}× (about ${Math.ceil((scenario.durationHours * 60) / options.speed)} minutes), then its score; Ctrl-C to stop\n`,
        );
        stopOnSignal(lab);
        const report = await lab.score();
        console.log(`\n${formatScore(report)}\n`);
        console.log(`The lab stays open at ${lab.server.url} for you to look around; Ctrl-C to stop.`);
        // Serve until Ctrl-C, which stops the lab and quits (stopOnSignal).
        await new Promise<never>(() => {});
      },
    );

  program
    .command('simulate')
    .description('run a scenario against a fresh Aliquot and print its score')
    .requiredOption(
      '--scenario <name|file>',
      'a JSON file, or a shipped scenario: default, night-shift, monday-peak, analyzer-drift, wbit',
    )
    .option('--speed <n>', 'simulated minutes per real minute (default: the scenario’s)', positive)
    .option('--json <file>', 'also write the score as JSON')
    .option('--data <dir>', 'keep the lab in this data directory (default: a temporary one)')
    .action(async (options: { scenario: string; speed?: number; json?: string; data?: string }) => {
      const scenario = await loadScenario(options.scenario).catch(async (error: unknown) => {
        console.error(`shipped scenarios: ${(await shippedScenarios()).join(', ')}`);
        throw error;
      });
      const lab = await startSimulatedLab({
        scenario,
        ...(options.speed === undefined ? {} : { speed: options.speed }),
        ...(options.data ? { dataDir: options.data } : {}),
        ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
        log: (line) => console.log(`  ! ${line}`),
        onProgress: progressPrinter(15_000),
      });
      const speed = options.speed ?? scenario.speed;
      console.log(
        `scenario "${scenario.name}": ${scenario.durationHours} simulated hours at ${speed}× on ${lab.server.url}`,
      );
      stopOnSignal(lab);
      try {
        const report = await lab.score();
        console.log(`\n${formatScore(report)}`);
        if (options.json) {
          await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
          console.log(`\nscore written to ${options.json}`);
        }
      } finally {
        await lab.close();
      }
    });
}
