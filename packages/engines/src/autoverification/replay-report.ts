import type { ReplayReport, RuleSetTally } from './replay.js';

/** The replay report as text for a person and as JSON for the validation file. */

const percent = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0)))
    .join('  ');
}

function ruleTable(tally: RuleSetTally): string[] {
  const header = ['rule', 'seen', 'fired', 'held', 'released'];
  const rows = tally.rules.map((rule) => [
    rule.ruleId,
    String(rule.seen),
    String(rule.fired),
    String(rule.held),
    String(rule.released),
  ]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  return [pad(header, widths), ...rows.map((row) => pad(row, widths))];
}

function dispositions(tally: RuleSetTally): string {
  return Object.entries(tally.dispositions)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
}

/** A plain-text report: totals, dispositions of both sets, per-rule counts and each changed decision. */
export function formatReplayReport(
  report: ReplayReport,
  options: { readonly maxDifferences?: number } = {},
): string {
  const { candidate, active } = report;
  const limit = options.maxDifferences ?? 50;
  const lines = [
    `Replay of ${report.cases} results`,
    `  active    ${active.id} v${active.version}: autoverified ${percent(active.autoverificationRate)} (${dispositions(active)})`,
    `  candidate ${candidate.id} v${candidate.version}: autoverified ${percent(candidate.autoverificationRate)} (${dispositions(candidate)})`,
    `  decisions changed: ${report.differences.length} (newly held ${report.newlyHeld}, newly released ${report.newlyReleased})`,
    '',
    `Candidate rules (${candidate.id} v${candidate.version})`,
    ...ruleTable(candidate).map((line) => `  ${line}`),
  ];
  const never = candidate.rules
    .filter((rule) => rule.seen > 0 && rule.fired === 0)
    .map((rule) => rule.ruleId);
  if (never.length > 0)
    lines.push(
      '',
      `Rules that never fired (their failure path is not tested by this data): ${never.join(', ')}`,
    );
  if (report.differences.length > 0) {
    lines.push('', 'Changed decisions');
    for (const difference of report.differences.slice(0, limit)) {
      lines.push(`  ${difference.label}: ${difference.changes.join('; ')}`);
    }
    if (report.differences.length > limit) lines.push(`  … and ${report.differences.length - limit} more`);
  }
  return lines.join('\n');
}

/** The report as indented JSON; it holds plain data only, so nothing is lost. */
export function replayReportToJson(report: ReplayReport): string {
  return JSON.stringify(report, null, 2);
}
