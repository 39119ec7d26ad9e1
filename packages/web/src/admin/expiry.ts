import { daysBetween } from '@aliquot/domain';

/**
 * How near a credential's expiry (or a competency's due date) is, the way the server's alert sees it:
 * past it is expired, within the alert window it is soon, otherwise current.
 */
export type Expiry =
  | { readonly state: 'expired'; readonly daysLeft: number }
  | { readonly state: 'soon'; readonly daysLeft: number }
  | { readonly state: 'current'; readonly daysLeft: number };

/** Today as the server counts it: the UTC calendar day. */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);

/** The expiry date is the last valid day. */
export function expiryOf(dueOn: string, today: string, windowDays: number): Expiry {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { state: 'expired', daysLeft };
  return { state: daysLeft <= windowDays ? 'soon' : 'current', daysLeft };
}

/** "in 12 days", "today", "3 days ago". */
export function daysText(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  const n = Math.abs(daysLeft);
  const unit = n === 1 ? 'day' : 'days';
  return daysLeft > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}
