// ASTM (LIS2-A2) record parsing throughput on the shared corpus messages, beside a raw-scan ceiling
// (split on CR and '|' only, no delimiters, escapes, tree or typed access) measured in the same run.
// Messages are normalised to CR record terminators, as they travel on the wire.
// Run `npx tsc -b packages/codecs` first: this imports the built codec.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseAstmText,
  printAstmDocument,
  readAstmResult,
  readAstmOrder,
} from '../packages/codecs/dist/astm/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = path.resolve(here, '../../shared/corpus');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const messages = [];
for (const folder of ['python-astm', 'go-astm', 'tgenaux-astm-lis']) {
  for (const file of walk(path.join(corpus, folder))) {
    if (/\.(astm|txt)$/.test(file)) messages.push(readFileSync(file, 'latin1'));
    else if (/e2e_.*_messages\.json$/.test(file)) {
      for (const texts of Object.values(JSON.parse(readFileSync(file, 'utf8')).messages))
        messages.push(...texts);
    }
  }
}
const wire = messages.map((m) => m.replace(/\r\n|\n/g, '\r'));
const recordsPerPass = wire.reduce((n, m) => n + m.split('\r').filter((l) => l !== '').length, 0);
const bytesPerPass = wire.reduce((n, m) => n + m.length, 0);

function measure(name, fn) {
  for (let i = 0; i < 200; i++) fn(); // warm up
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 1.5) {
    for (let i = 0; i < 50; i++) fn();
    passes += 50;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { name, passes, elapsed };
}

let sink = 0;
const rows = [
  measure('raw scan: split on CR, then on the field delimiter', () => {
    for (const m of wire) for (const line of m.split('\r')) sink += line.split('|').length;
  }),
  measure('parseAstmText (records + tree)', () => {
    for (const m of wire) sink += parseAstmText(m).records.length;
  }),
  measure('parse + read every O and R', () => {
    for (const m of wire) {
      for (const message of parseAstmText(m).messages) {
        for (const p of message.patients) {
          for (const o of p.orders) {
            sink += readAstmOrder(o.record).tests.length;
            for (const r of o.results) sink += readAstmResult(r.record).valueText.length;
          }
        }
      }
    }
  }),
  measure('parse + print (round trip)', () => {
    for (const m of wire) sink += printAstmDocument(parseAstmText(m)).length;
  }),
];

const ceiling = rows[0].passes / rows[0].elapsed;
console.log(
  `corpus: ${wire.length} messages, ${recordsPerPass} records, ${(bytesPerPass / 1024).toFixed(1)} KiB per pass`,
);
console.log('');
console.log('| what | messages/s | records/s | MB/s | vs raw scan |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) {
  const perSecond = row.passes / row.elapsed;
  console.log(
    `| ${row.name} | ${Math.round(perSecond * wire.length).toLocaleString('en')} | ${Math.round(perSecond * recordsPerPass).toLocaleString('en')} | ${((perSecond * bytesPerPass) / 1e6).toFixed(1)} | ${(perSecond / ceiling).toFixed(2)}× |`,
  );
}
if (sink === -1) console.log('');
