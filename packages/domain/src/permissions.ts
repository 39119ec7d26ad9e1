import type { Role } from './codes.js';

/** What a person may do. Every API route names the permission it needs; the server checks it. */
export const Permission = {
  /** Read patients, orders, specimens, results, QC and the catalog. */
  read: 'read',
  registerPatient: 'patient:write',
  placeOrder: 'order:write',
  collectSpecimen: 'specimen:collect',
  receiveSpecimen: 'specimen:receive',
  rejectSpecimen: 'specimen:reject',
  processSpecimen: 'specimen:process',
  enterResult: 'result:enter',
  releaseResult: 'result:release',
  correctResult: 'result:correct',
  recordQc: 'qc:write',
  overrideQc: 'qc:override',
  editCatalog: 'catalog:write',
  editRules: 'rules:write',
  approveRules: 'rules:approve',
  manageInstruments: 'instrument:write',
  manageUsers: 'user:write',
  readAudit: 'audit:read',
  poctTesting: 'poct:test',
  /** See every trainee's training sessions and scores (educators). */
  superviseTraining: 'training:supervise',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const bench: readonly Permission[] = [
  'read',
  'patient:write',
  'order:write',
  'specimen:collect',
  'specimen:receive',
  'specimen:reject',
  'specimen:process',
  'result:enter',
  'result:release',
  'qc:write',
];

/**
 * The permissions of each role. Releasing a result also needs a current credential and competency for
 * the discipline; that is checked by the release use case, not here.
 * @see shared/domain/workflow.md §9
 */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  phlebotomist: ['read', 'patient:write', 'order:write', 'specimen:collect', 'specimen:receive'],
  mlt: bench,
  mls: [...bench, 'result:correct'],
  supervisor: [
    ...bench,
    'result:correct',
    'qc:override',
    'rules:write',
    'instrument:write',
    'audit:read',
    'training:supervise',
  ],
  pathologist: [
    ...bench,
    'result:correct',
    'qc:override',
    'rules:write',
    'rules:approve',
    'audit:read',
    'training:supervise',
  ],
  'poct-operator': ['read', 'poct:test'],
  admin: ['read', 'catalog:write', 'rules:write', 'instrument:write', 'user:write', 'audit:read'],
};

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => rolePermissions[role].includes(permission));
}
