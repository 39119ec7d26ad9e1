import type { Executor } from './database.js';
import type { UserRow } from './schema.js';

export async function insertUser(
  db: Executor,
  user: { username: string; displayName: string; passwordHash: string; roles: readonly string[] },
): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      roles: [...user.roles],
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listUsers(db: Executor): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('username').execute();
}

/** Changes a user's roles or active flag; undefined when there is no such user. */
export async function updateUser(
  db: Executor,
  id: string,
  changes: { readonly roles: readonly string[]; readonly active: boolean },
): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ roles: [...changes.roles], active: changes.active })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function insertToken(
  db: Executor,
  tokenHash: string,
  userId: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .insertInto('auth_tokens')
    .values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt })
    .execute();
}

/** The active user a token belongs to, if the token exists and has not expired. */
export async function userForToken(db: Executor, tokenHash: string, now: Date): Promise<UserRow | undefined> {
  return db
    .selectFrom('auth_tokens')
    .innerJoin('users', 'users.id', 'auth_tokens.user_id')
    .selectAll('users')
    .where('auth_tokens.token_hash', '=', tokenHash)
    .where('auth_tokens.expires_at', '>', now)
    .where('users.active', '=', true)
    .executeTakeFirst();
}

export async function deleteToken(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('auth_tokens').where('token_hash', '=', tokenHash).execute();
}
