// Cold start to first answered request: `aliquot serve` on a fresh data directory (PostgreSQL initdb,
// migrations, catalog seed) and then restarts on the same data, each timed from process spawn until
// GET /api/health answers 200. Also prints the resident memory of the Aliquot process once up.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const cli = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));
const home = await mkdtemp(path.join(tmpdir(), 'aliquot-startup-'));
await chmod(home, 0o755); // as root, the embedded PostgreSQL runs as "postgres" and must enter it
const dataDir = path.join(home, 'data');

async function start(label) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    env: { ...process.env, DATABASE_URL: '', ALIQUOT_ADMIN_PASSWORD: 'startup-bench-password' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  for (;;) {
    const response = await fetch(`${url}/api/health`).catch(() => undefined);
    if (response?.ok) break;
  }
  const ms = performance.now() - t0;
  const rss =
    Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return { run: label, 'to first answer (ms)': Math.round(ms), 'Aliquot RSS (MB)': rss.toFixed(0) };
}

const rows = [await start('first start (initdb + migrate + seed)')];
for (let i = 1; i <= 3; i++) rows.push(await start(`restart ${i}`));
await rm(home, { recursive: true, force: true });
console.log(`aliquot serve on the embedded PostgreSQL, Node ${process.version}`);
console.table(rows);
