import { rolesGrant, type Permission, type Role } from '@aliquot/domain';

export interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly description: string;
  /** Shown when the user's roles grant any of these. */
  readonly anyOf: readonly Permission[];
}

export const navItems: readonly NavItem[] = [
  { to: '/dashboard', label: 'Dashboard', description: 'What needs a person now', anyOf: ['read'] },
  {
    to: '/accessioning',
    label: 'Accessioning desk',
    description: 'Patients, orders, receipt, labels',
    anyOf: ['patient:write', 'order:write', 'specimen:receive'],
  },
  {
    to: '/review',
    label: 'Review worklist',
    description: 'Held results to release',
    anyOf: ['result:release'],
  },
  {
    to: '/critical-calls',
    label: 'Critical calls',
    description: 'Calls with clocks, read-back',
    anyOf: ['result:enter', 'result:release'],
  },
  {
    to: '/qc',
    label: 'Quality control',
    description: 'Charts, lots, rules, holds',
    anyOf: ['qc:write', 'qc:override'],
  },
  {
    to: '/instruments',
    label: 'Instruments',
    description: 'Links, journal, unmapped codes',
    anyOf: ['result:enter', 'instrument:write'],
  },
  { to: '/catalog', label: 'Test catalog', description: 'Tests, panels, limits', anyOf: ['read'] },
  {
    to: '/admin/rule-sets',
    label: 'Rule sets',
    description: 'Autoverification rules, approval',
    anyOf: ['rules:write', 'rules:approve'],
  },
  { to: '/admin/users', label: 'Users', description: 'Accounts and roles', anyOf: ['user:write'] },
  {
    to: '/admin/staff',
    label: 'Staff credentials',
    description: 'Certifications, competency, expiry',
    anyOf: ['user:write'],
  },
  {
    to: '/admin/verification-settings',
    label: 'Verification settings',
    description: 'Four-eyes, escalation, specimen holds',
    anyOf: ['rules:approve'],
  },
  {
    to: '/training',
    label: 'Training',
    description: 'Practice review in a sandbox, scores',
    anyOf: ['result:enter', 'result:release', 'training:supervise'],
  },
];

/** The navigation a user's roles open, in menu order. */
export function navigationFor(roles: readonly string[]): NavItem[] {
  const known = roles as Role[];
  return navItems.filter((item) => item.anyOf.some((permission) => rolesGrant(known, permission)));
}
