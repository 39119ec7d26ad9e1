import type { components } from '../api/schema';

export type CriticalCall = components['schemas']['CriticalCall'];

/** The choices of the read-back form, as the server's contract names them. */
export const notifyRoles = [
  { value: 'ordering-provider', label: 'Ordering provider' },
  { value: 'covering-provider', label: 'Covering provider' },
  { value: 'charge-nurse', label: 'Charge nurse' },
  { value: 'attending', label: 'Attending physician' },
  { value: 'supervisor', label: 'Lab supervisor' },
  { value: 'pathologist', label: 'Pathologist' },
  { value: 'medical-director', label: 'Medical director' },
] as const;

export const channels = [
  { value: 'phone', label: 'Phone' },
  { value: 'page', label: 'Page' },
  { value: 'secure-message', label: 'Secure message' },
  { value: 'in-person', label: 'In person' },
] as const;

export const outcomes = [
  { value: 'reached', label: 'Reached' },
  { value: 'no-answer', label: 'No answer' },
  { value: 'busy', label: 'Busy' },
  { value: 'left-message', label: 'Left message' },
  { value: 'wrong-contact', label: 'Wrong contact' },
] as const;

export type NotifyRole = (typeof notifyRoles)[number]['value'];
export type Channel = (typeof channels)[number]['value'];
export type Outcome = (typeof outcomes)[number]['value'];

/** "ordering-provider" → "Ordering provider", for the role names the server sends. */
export function roleName(role: string | null | undefined): string {
  if (!role) return '—';
  return notifyRoles.find((r) => r.value === role)?.label ?? role;
}
