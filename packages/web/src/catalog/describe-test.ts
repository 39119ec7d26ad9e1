import type { ReferenceInterval, TestDefinition } from '../api/types.js';

const range = (low: number | undefined, high: number | undefined, unit = ''): string => {
  const u = unit ? ` ${unit}` : '';
  if (low !== undefined && high !== undefined) return `${low}–${high}${u}`;
  if (low !== undefined) return `≥ ${low}${u}`;
  if (high !== undefined) return `≤ ${high}${u}`;
  return '—';
};

const days = (n: number): string => (n % 365 === 0 ? `${n / 365} y` : `${n} d`);

/** "male, 18 y – 65 y: 136–145 mmol/L" */
export function describeInterval(ri: ReferenceInterval, unit?: string): string {
  const who = ri.sex === 'any' ? 'all' : ri.sex;
  const ages =
    ri.ageFromDays !== undefined || ri.ageToDays !== undefined
      ? `, ${ri.ageFromDays === undefined ? '0' : days(ri.ageFromDays)} – ${ri.ageToDays === undefined ? '…' : days(ri.ageToDays)}`
      : '';
  const value = ri.text ?? range(ri.low, ri.high, unit);
  return `${who}${ages}: ${value}`;
}

/** The facts of a test definition as label/value lines, in the order a reviewer reads them. */
export function describeTest(def: TestDefinition): [string, string][] {
  const lines: [string, string | undefined][] = [
    ['LOINC', def.loinc],
    ['Discipline', def.discipline],
    ['Specimen', `${def.specimenType} in ${def.container}`],
    [
      'Value',
      def.valueKind +
        (def.unit ? ` in ${def.unit}` : '') +
        (def.decimals === undefined ? '' : `, ${def.decimals} decimal${def.decimals === 1 ? '' : 's'}`),
    ],
    ['Answers', def.answers?.join(', ')],
    [
      'Reference intervals',
      def.referenceIntervals.map((ri) => describeInterval(ri, def.unit)).join('\n') || '—',
    ],
    [
      'Critical limits',
      def.critical && `${range(def.critical.low, def.critical.high, def.unit)} (${def.critical.source})`,
    ],
    [
      'Measuring range',
      def.measuringRange && range(def.measuringRange.low, def.measuringRange.high, def.unit),
    ],
    ['Delta check', def.delta && `${def.delta.method} ${def.delta.limit} within ${def.delta.windowHours} h`],
    [
      'Turnaround',
      def.turnaround &&
        [
          def.turnaround.statMinutes && `STAT ${def.turnaround.statMinutes} min`,
          def.turnaround.routineMinutes && `routine ${def.turnaround.routineMinutes} min`,
        ]
          .filter(Boolean)
          .join(', '),
    ],
    ['Stability', def.stabilityMinutes === undefined ? undefined : `${def.stabilityMinutes} min`],
    [
      'Allowable error',
      def.allowableError &&
        [
          def.allowableError.percent !== undefined && `${def.allowableError.percent} %`,
          def.allowableError.absolute !== undefined &&
            `${def.allowableError.absolute} ${def.unit ?? ''}`.trim(),
        ]
          .filter(Boolean)
          .join(' or '),
    ],
  ];
  return lines.filter((line): line is [string, string] => line[1] !== undefined && line[1] !== '');
}

/** JSON with object keys in order, so two equal values compare equal however they were built. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The top-level fields that differ between two versions of a definition. */
export function changedFields(before: TestDefinition, after: TestDefinition): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...keys].filter((key) => canonical(a[key]) !== canonical(b[key])).sort();
}
