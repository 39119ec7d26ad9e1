// The review worklist with 10,000 held results in headless Chromium against a real Aliquot server (the
// built one, serving packages/web/dist): a scratch database on the embedded PostgreSQL is filled with
// one set-based SQL statement (seedHeldWorklist: 2,500 specimens × 4 held results), then the MLS opens
// /review. Prints the time to the first row and to the whole queue (a first page of 50 specimens, then
// pages of 500), and, while the list is scrolled with the wheel and with the keyboard, the frame
// intervals Chromium drew (p50, p95, p99, worst, share over 1 and 2 frames at 60 Hz) and the most rows
// ever in the page.
// Needs `npm run build` and Debian's Chromium (ALIQUOT_CHROMIUM to point elsewhere).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  connect,
  ensureDatabase,
  migrateToLatest,
  startEmbeddedPostgres,
} from '../packages/storage/dist/index.js';
import { commandLine, createUser, seedCatalog } from '../packages/services/dist/index.js';
import { startServer } from '../packages/server/dist/index.js';
import { seedHeldWorklist } from '../packages/testkit/dist/held-worklist.js';

const SPECIMENS = Number(process.env.BENCH_WORKLIST_SPECIMENS ?? 2_500);
const PER_SPECIMEN = 4;
const HELD = SPECIMENS * PER_SPECIMEN;
const ROUNDS = 3;
const ROWS_IN_DOM = `document.querySelectorAll('[role="grid"] [role="row"]:not(.review-header)').length`;

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Records every animation frame's start until stopped; returns the intervals between frames (ms). */
const START_FRAMES = `(() => {
  window.__frames = [];
  window.__rows = 0;
  const grid = document.querySelector('[role="grid"]');
  const tick = (t) => {
    window.__frames.push(t);
    window.__rows = Math.max(window.__rows, grid.querySelectorAll('[role="row"]:not(.review-header)').length);
    if (!window.__stop) requestAnimationFrame(tick);
  };
  window.__stop = false;
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = `(() => {
  window.__stop = true;
  const f = window.__frames;
  return { intervals: f.slice(1).map((t, i) => t - f[i]), rows: window.__rows };
})()`;

function frameFigures(name, { intervals, rows }, ms) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const over = (limit) =>
    `${((intervals.filter((d) => d > limit).length / intervals.length) * 100).toFixed(1)} %`;
  return {
    scroll: name,
    'time ms': Math.round(ms),
    frames: intervals.length,
    'p50 ms': percentile(sorted, 0.5).toFixed(1),
    'p95 ms': percentile(sorted, 0.95).toFixed(1),
    'p99 ms': percentile(sorted, 0.99).toFixed(1),
    'worst ms': sorted.at(-1).toFixed(1),
    '> 16.7 ms': over(16.7 * 1.25),
    '> 33.3 ms': over(33.4 * 1.25),
    'rows in page (max)': rows,
  };
}

const home = await mkdtemp(path.join(tmpdir(), 'aliquot-worklist-bench-'));
await chmod(home, 0o755);
const embedded = await startEmbeddedPostgres({ dataDir: path.join(home, 'data') });
const url = await ensureDatabase(embedded.url, 'aliquot_worklist_bench');
const db = connect(url, 4);
await migrateToLatest(db);
const lab = { db, now: () => new Date() };
await seedCatalog(lab, commandLine);
await createUser(lab, commandLine, {
  username: 'bench',
  displayName: 'Bench',
  password: 'bench-password-1',
  roles: ['mls'],
});
let t = performance.now();
await seedHeldWorklist(db, { specimens: SPECIMENS, perSpecimen: PER_SPECIMEN });
console.log(
  `seeded ${HELD.toLocaleString()} held results in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);
await db.destroy();

const server = await startServer({ port: 0, dataDir: '', databaseUrl: url, firstAdmin: false });
const browser = await chromium.launch({
  executablePath: process.env.ALIQUOT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
page.setDefaultTimeout(120_000);
await page.goto(`${server.url}/login`);
await page.getByLabel('Username').fill('bench');
await page.getByRole('textbox', { name: 'Password' }).fill('bench-password-1');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByTestId('signed-in-user').waitFor();

const loads = [];
for (let round = 0; round < ROUNDS; round++) {
  await page.goto(`${server.url}/dashboard`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  t = performance.now();
  await page.getByRole('link', { name: /Review worklist/ }).click();
  await page.locator('[role="grid"] [role="row"][aria-rowindex="2"]').waitFor();
  const first = performance.now() - t;
  await page.getByText(`${HELD} held results`).waitFor();
  const all = performance.now() - t;
  loads.push({ round: round + 1, 'first row ms': Math.round(first), 'whole queue ms': Math.round(all) });
}
console.log(
  `\nopening /review with ${HELD.toLocaleString()} held results (a first page of 50 specimens, then pages of 500)`,
);
console.table(loads);

const frames = [];
const grid = page.getByRole('grid', { name: 'Held results' });
const box = await grid.boundingBox();
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
const atEnd = `(() => { const g = document.querySelector('[role="grid"]');
  return g.scrollTop + g.clientHeight >= g.scrollHeight - 2; })()`;
const toTop = `document.querySelector('[role="grid"]').scrollTop = 0`;

for (const [name, delta] of [
  ['wheel, 300 px a notch (2,000 rows)', 300],
  ['wheel, 3,000 px a flick, to the end', 3_000],
]) {
  await page.evaluate(toTop);
  await page.waitForTimeout(200);
  await page.evaluate(START_FRAMES);
  t = performance.now();
  const notches = delta === 300 ? 500 : 1_000;
  for (let i = 0; i < notches && !(await page.evaluate(atEnd)); i++) await page.mouse.wheel(0, delta);
  const ms = performance.now() - t;
  await page.waitForTimeout(100);
  frames.push(frameFigures(name, await page.evaluate(STOP_FRAMES), ms));
}

await page.evaluate(toTop);
await page.locator('[role="grid"] [role="row"][aria-rowindex="2"]').focus();
await page.evaluate(START_FRAMES);
t = performance.now();
for (let i = 0; i < 300; i++) await page.keyboard.press('ArrowDown');
await page.locator('[role="grid"] [role="row"][aria-rowindex="302"]:focus').waitFor();
frames.push(frameFigures('ArrowDown × 300', await page.evaluate(STOP_FRAMES), performance.now() - t));

await page.evaluate(START_FRAMES);
t = performance.now();
for (let i = 0; i < 100; i++) await page.keyboard.press('PageDown');
await page.locator('[role="grid"] [role="row"][aria-rowindex="1102"]:focus').waitFor();
frames.push(frameFigures('PageDown × 100', await page.evaluate(STOP_FRAMES), performance.now() - t));

await page.evaluate(START_FRAMES);
t = performance.now();
await page.keyboard.press('End');
await page.locator(`[role="grid"] [role="row"][aria-rowindex="${HELD + 1}"]:focus`).waitFor();
frames.push(
  frameFigures('End (to the last row, focused)', await page.evaluate(STOP_FRAMES), performance.now() - t),
);

console.log('\nscrolling: intervals between the frames Chromium drew (60 Hz = 16.7 ms)');
console.table(frames);
console.log(`rows in the page now: ${await page.evaluate(ROWS_IN_DOM)} of ${HELD.toLocaleString()}`);
// Frame figures depend on the machine and on what else runs on it: say both beside them.
console.log(
  `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}, Chromium headless with software rendering`,
);

await browser.close();
await server.close();
await embedded.stop();
await rm(home, { recursive: true, force: true });
