import type { Percentiles, ScoreReport, Tally } from './score-report.js';

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
const num = (x: number | null, digits = 1): string => (x === null ? '—' : x.toFixed(digits));
const spread = (p: Percentiles): string =>
  p.count === 0
    ? 'none'
    : `p50 ${num(p.p50)}  p90 ${num(p.p90)}  p99 ${num(p.p99)}  max ${num(p.max)}  (n ${p.count})`;
const row = (label: string, t: Tally): string =>
  `  ${label.padEnd(28)} ${String(t.injected).padStart(6)} ${String(t.heldBeforeRelease).padStart(6)} ${String(t.released).padStart(9)} ${String(t.notStored).padStart(11)}`;

/** The score as a person reads it at the end of a run. */
export function formatScore(report: ScoreReport): string {
  const lines: string[] = [];
  const v = report.volumes;
  lines.push(
    `Scenario "${report.scenario}" (seed ${report.seed}, speed ${report.speed}×, ${report.simulatedHours} simulated hours)`,
  );
  lines.push(
    `  ${v.patients} patients, ${v.orders} orders, ${v.tubes} tubes, ${v.results} scored results (+${v.warmUpResults} warm-up), ${v.qcRuns} control runs`,
  );
  lines.push('');
  lines.push('Injected errors                injected   held  released  not stored');
  lines.push(row('all erroneous results', report.errors));
  for (const [kind, t] of Object.entries(report.errors.byKind)) lines.push(row(`  ${kind}`, t));
  lines.push(
    `  held before release: ${pct(report.errors.caughtRate)}; faulty tubes with at least one result held: ${report.errors.tubes.anyHeld}/${report.errors.tubes.injected}`,
  );
  for (const e of report.errors.releasedExamples.slice(0, 8)) {
    lines.push(
      `    released: ${e.accession} ${e.testCode} sent ${e.sent}${e.trueValue === undefined ? '' : ` (true ${e.trueValue})`} — ${e.faults}`,
    );
  }
  lines.push('');
  const c = report.clean;
  lines.push(
    `Clean results: ${c.total}; autoverified ${c.autoverified}, held ${c.held} (${c.criticalAmongHeld} of them true criticals), not stored ${c.notStored} → autoverified ${pct(c.autoverifiedRate)}`,
  );
  for (const r of c.holdReasons.slice(0, 6)) lines.push(`    held because: ${r.reason} (${r.count})`);
  if (c.faultWithinAllowableError > 0)
    lines.push(`  results touched by a fault but within allowable error: ${c.faultWithinAllowableError}`);
  lines.push('');
  const k = report.critical;
  lines.push(
    `Critical values: ${k.injected}; call opened ${k.callOpened}, called ${k.called}, missed ${k.missed.length}`,
  );
  lines.push(`  minutes to call (wall): ${spread(k.minutesToCall)}`);
  lines.push(`  minutes to call (simulated): ${spread(k.simMinutesToCall)}`);
  for (const m of k.missed.slice(0, 5)) lines.push(`    no call: ${m.accession} ${m.testCode} ${m.sent}`);
  lines.push('');
  lines.push(`Turnaround, receipt to release (wall minutes): ${spread(report.turnaround.receiptToRelease)}`);
  lines.push(`Turnaround, receipt to release (simulated minutes): ${spread(report.turnaround.simMinutes)}`);
  const out = report.resultsToEhr;
  lines.push(
    out
      ? `Results to the EHR (ORU^R01): ${out.delivered} of ${out.released} released results arrived; minutes after release: ${spread(out.minutesAfterRelease)}`
      : 'Results to the EHR: the virtual EHR did not listen for ORU^R01',
  );
  lines.push('');
  for (const q of report.qcEvents) {
    lines.push(
      `QC event: ${q.kind} ${q.sizeSd} SD on ${q.analyzer} ${q.tests.join(', ')} from ${q.startedAt}: ` +
        (q.detectedAt
          ? `held at ${q.detectedAt} (${num(q.simMinutesToDetect)} simulated min, ${q.qcRunsSinceStart} control runs)`
          : 'not detected') +
        (q.correctedAt ? `, recalibrated at ${q.correctedAt}` : '') +
        `; erroneous results held ${q.erroneousHeld}, released ${q.erroneousReleased}`,
    );
  }
  const p = report.poct;
  lines.push(
    `POCT: ${p.generated} readings, ${p.delivered} sent; uncertified operators refused ${p.uncertifiedRefused}/${p.uncertifiedOperator}, ` +
      `certified taken ${p.certifiedAccepted}/${p.certified}, patients' own monitors kept apart ${p.patientGeneratedKeptApart} (${p.note})`,
  );
  lines.push('');
  lines.push('Targets');
  for (const t of report.targets)
    lines.push(`  ${t.met ? 'met    ' : 'NOT MET'} ${t.name}: ${pct(t.actual)} (target ${pct(t.target)})`);
  if (report.notes.length > 0) {
    lines.push('');
    lines.push('Notes');
    for (const n of report.notes) lines.push(`  - ${n}`);
  }
  return lines.join('\n');
}
