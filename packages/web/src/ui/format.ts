import { formatResultValue, type Priority, type ResultValue } from '@aliquot/domain';

const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Date and time as the bench reads them, 24-hour clock. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
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
