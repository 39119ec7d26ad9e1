import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';

/**
 * Every migration, in order. Migrations are forward-only: once released, a migration is never edited;
 * a change is a new migration appended here.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': foundation,
};
