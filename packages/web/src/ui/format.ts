import { formatResultValue, type Priority, type ResultValue, type Role } from '@aliquot/domain';

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * Local date and time as "2026-11-21 14:05": the same year-month-day order as birth dates, so a label or
 * a timeline never leaves a day and a month to be guessed.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "45 s", "12 min", "3 h 05 min": a duration as a person says it. */
export function formatDuration(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)} h ${two(whole % 60)} min`;
}

/** "FAMILY, Given", the way labels and worklists show a patient. */
export function patientName(p: { readonly familyName: string; readonly givenName: string }): string {
  return p.givenName ? `${p.familyName.toUpperCase()}, ${p.givenName}` : p.familyName.toUpperCase();
}

export const priorityLabel = {
  stat: 'STAT',
  asap: 'ASAP',
  routine: 'Routine',
} as const satisfies Record<Priority, string>;

export function priorityText(priority: string): string {
  return priority in priorityLabel ? priorityLabel[priority as Priority] : priority;
}

/** A result value with its unit, e.g. "4.2 mmol/L" or "Positive". */
export function valueWithUnit(value: ResultValue, unit: string | null | undefined): string {
  const text = formatResultValue(value);
  return unit ? `${text} ${unit}` : text;
}

/** "kebab-case-code" → "Kebab case code", for codes shown to people. */
export function humanize(code: string): string {
  const words = code.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const roleLabel = {
  phlebotomist: 'Phlebotomist',
  mlt: 'MLT',
  mls: 'MLS',
  supervisor: 'Supervisor',
  pathologist: 'Pathologist',
  'poct-operator': 'POCT operator',
  admin: 'Administrator',
} as const satisfies Record<Role, string>;
