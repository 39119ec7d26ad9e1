import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { LabError, Role, rolesGrant, type LabErrorIssue } from '@aliquot/domain';
import {
  countUsers,
  deleteToken,
  findUser,
  findUserByUsername,
  insertToken,
  insertUser,
  listUsers,
  updateUser,
  userForToken,
  type UserRow,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from './use-case.js';

/** scrypt cost parameters (N = 2^15, r = 8, p = 1: about 50 ms and 32 MiB per hash). */
const SCRYPT: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 64;
/** A bearer token is valid for one twelve-hour shift. */
const TOKEN_HOURS = 12;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A salted slow hash: `scrypt$N$r$p$salt$key`, base64 parts. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function toActor(user: UserRow): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: user.roles as Role[],
  };
}

export const MIN_PASSWORD_LENGTH = 10;

function roleIssues(roles: readonly string[]): LabErrorIssue[] {
  const known = Object.values(Role) as string[];
  const unknown = roles.filter((role) => !known.includes(role));
  const issues: LabErrorIssue[] = [];
  if (roles.length === 0) issues.push({ location: 'roles', message: 'give the user at least one role' });
  if (unknown.length > 0)
    issues.push({
      location: 'roles',
      message: `unknown role ${unknown.join(', ')}; roles are ${known.join(', ')}`,
    });
  return issues;
}

function checkNewUser(input: NewUser): void {
  const issues: LabErrorIssue[] = [];
  if (!/^[a-z0-9][a-z0-9._-]{1,62}$/i.test(input.username)) {
    issues.push({ location: 'username', message: 'use 2–63 letters, digits, dots, dashes or underscores' });
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    issues.push({ location: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` });
  }
  issues.push(...roleIssues(input.roles));
  if (issues.length > 0) throw LabError.invalid('the user cannot be created', issues);
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly Role[];
}

const publicUser = (user: UserRow) => ({
  id: user.id,
  username: user.username,
  displayName: user.display_name,
  roles: user.roles as Role[],
  active: user.active,
});
export type PublicUser = ReturnType<typeof publicUser>;

export async function createUser(lab: LabContext, actor: Actor, input: NewUser): Promise<PublicUser> {
  checkNewUser(input);
  const passwordHash = await hashPassword(input.password);
  return runUseCase(lab, actor, 'user:write', async ({ tx, audit }) => {
    const user = await insertUser(tx, { ...input, passwordHash });
    audit({ action: 'user.create', entity: 'user', entityId: user.id, after: publicUser(user) });
    return publicUser(user);
  });
}

export interface UserChange {
  readonly roles: readonly Role[];
  readonly active: boolean;
}

/**
 * Changes a user's roles or deactivates them (their sessions stop at once; nothing they did is removed).
 * Nobody deactivates themselves or gives up their own user:write, so the lab always keeps an administrator.
 */
export async function changeUser(
  lab: LabContext,
  actor: Actor,
  id: string,
  change: UserChange,
): Promise<PublicUser> {
  const issues = roleIssues(change.roles);
  if (issues.length > 0) throw LabError.invalid('the user cannot be changed', issues);
  return runUseCase(lab, actor, 'user:write', async ({ tx, audit }) => {
    const before = await findUser(tx, id);
    if (!before) throw LabError.notFound('User', id);
    if (id === actor.id && (!change.active || !rolesGrant(change.roles, 'user:write'))) {
      throw LabError.ruleViolation(
        'you cannot deactivate yourself or give up your own user management; ask another administrator',
      );
    }
    const after = await updateUser(tx, id, change);
    if (!after) throw LabError.notFound('User', id);
    audit({
      action: 'user.change',
      entity: 'user',
      entityId: id,
      before: publicUser(before),
      after: publicUser(after),
    });
    return publicUser(after);
  });
}

export async function listStaff(lab: LabContext, actor: Actor): Promise<PublicUser[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => (await listUsers(tx)).map(publicUser));
}

/** The actor used for changes made from the command line by whoever runs the server. */
export const commandLine: Actor = {
  id: 'cli',
  username: 'cli',
  displayName: 'Command line',
  roles: ['admin'],
};

/**
 * Creates the first administrator when there are no users yet (from `aliquot user add` or the
 * ALIQUOT_ADMIN_PASSWORD environment variable). Returns false when users already exist.
 */
export async function ensureFirstAdmin(
  lab: LabContext,
  password: string,
  username = 'admin',
): Promise<boolean> {
  if ((await countUsers(lab.db)) > 0) return false;
  await createUser(lab, commandLine, { username, displayName: 'Administrator', password, roles: ['admin'] });
  return true;
}

export interface Session {
  readonly token: string;
  readonly expiresAt: Date;
  readonly user: PublicUser;
}

export async function login(lab: LabContext, username: string, password: string): Promise<Session> {
  const user = await findUserByUsername(lab.db, username);
  // Hash even for an unknown user, so the time taken does not reveal which usernames exist.
  const ok = await verifyPassword(
    password,
    user?.password_hash ?? (await hashPassword('x'.repeat(MIN_PASSWORD_LENGTH))),
  );
  if (!user || !ok || !user.active)
    throw new LabError('unauthenticated', 'the username or password is wrong');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(lab.now().getTime() + TOKEN_HOURS * 3_600_000);
  await insertToken(lab.db, tokenHash(token), user.id, expiresAt);
  return { token, expiresAt, user: publicUser(user) };
}

export async function authenticate(lab: LabContext, token: string): Promise<Actor> {
  const user = await userForToken(lab.db, tokenHash(token), lab.now());
  if (!user)
    throw new LabError('unauthenticated', 'the session has expired or the token is not valid; sign in again');
  return toActor(user);
}

export async function logout(lab: LabContext, token: string): Promise<void> {
  await deleteToken(lab.db, tokenHash(token));
}
