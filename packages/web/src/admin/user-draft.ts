import type { Role } from '@aliquot/domain';

/** What the admin types for a new account, checked as it is typed by the server's own rules. */
export interface UserDraft {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly Role[];
}

export const emptyUserDraft: UserDraft = { username: '', displayName: '', password: '', roles: [] };

/** The server's minimum; a longer passphrase is better. */
const MIN_PASSWORD = 10;

/**
 * Problems per field. Until the admin first tries to save (`tried`), an empty field is not yet an error,
 * so the form does not greet them in red.
 */
export function userDraftErrors(draft: UserDraft, tried: boolean): Partial<Record<keyof UserDraft, string>> {
  const errors: Partial<Record<keyof UserDraft, string>> = {};
  if (draft.username !== '' && !/^[a-z0-9][a-z0-9._-]{1,62}$/i.test(draft.username)) {
    errors.username = 'use 2–63 letters, digits, dots, dashes or underscores';
  } else if (tried && draft.username === '') errors.username = 'required';
  if (tried && draft.displayName.trim() === '') errors.displayName = 'required';
  if (draft.password !== '' && draft.password.length < MIN_PASSWORD) {
    errors.password = `at least ${MIN_PASSWORD} characters (${draft.password.length} so far)`;
  } else if (tried && draft.password === '') errors.password = 'required';
  if (tried && draft.roles.length === 0) errors.roles = 'give the user at least one role';
  return errors;
}
