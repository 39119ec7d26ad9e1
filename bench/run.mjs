// Runs every benchmark in this folder in turn, each in its own process so one cannot warm the next.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, [file], { cwd: here, stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = 1;
}
