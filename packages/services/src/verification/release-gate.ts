import {
  guardReleaseCredentials,
  type Certification,
  type CompetencyRecord,
  type Discipline,
  type Licence,
  type StaffCredentials,
} from '@aliquot/domain';
import { staffCredentials, type ResultRow, type Tx } from '@aliquot/storage';
import type { Actor } from '../use-case.js';
import type { VerificationSettings } from './verification-settings.js';

/**
 * Whether a person may release a result: a current credential and competency for the test's discipline
 * (and a current licence in the lab's licensure state), and under four-eyes, not their own entry or rerun.
 * The permission itself (`result:release`) is checked by the use case.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ISO date of an instant in UTC. */
export const isoDay = (at: Date): string => at.toISOString().slice(0, 10);

/** The credentials of users, by user id, in the domain's terms. */
export async function credentialsByUser(
  tx: Tx,
  userIds: readonly string[],
): Promise<Map<string, StaffCredentials>> {
  const ids = userIds.filter((id) => UUID.test(id));
  const rows = await staffCredentials(tx, ids);
  const byUser = new Map<
    string,
    { certifications: Certification[]; licences: Licence[]; competencies: CompetencyRecord[] }
  >(ids.map((id) => [id, { certifications: [], licences: [], competencies: [] }]));
  for (const row of rows.certifications) {
    byUser.get(row.user_id)?.certifications.push({
      body: row.body,
      credential: row.credential,
      disciplines: row.disciplines as Discipline[],
      ...(row.number === null ? {} : { number: row.number }),
      ...(row.expires_on === null ? {} : { expiresOn: row.expires_on }),
    });
  }
  for (const row of rows.licences) {
    byUser.get(row.user_id)?.licences.push({
      state: row.state,
      licenceType: row.licence_type,
      number: row.number,
      disciplines: row.disciplines as Discipline[],
      expiresOn: row.expires_on,
    });
  }
  for (const row of rows.competencies) {
    byUser.get(row.user_id)?.competencies.push({
      discipline: row.discipline as Discipline,
      assessedOn: row.assessed_on,
      passed: row.passed,
      nextDueOn: row.next_due_on,
    });
  }
  return byUser;
}

export interface ReleaseCheck {
  readonly result: ResultRow;
  readonly discipline: Discipline;
}

export type ReleaseRefusal = { readonly kind: 'credentials' | 'four-eyes'; readonly reason: string };

/** Why the actor may not release this result, or undefined when they may. */
export async function releaseRefusal(
  tx: Tx,
  actor: Actor,
  check: ReleaseCheck,
  context: {
    readonly settings: VerificationSettings;
    readonly credentials: StaffCredentials | undefined;
    readonly now: Date;
  },
): Promise<ReleaseRefusal | undefined> {
  const credentials = context.credentials ?? { certifications: [], licences: [], competencies: [] };
  const guard = guardReleaseCredentials(credentials, check.discipline, isoDay(context.now), {
    ...(context.settings.licenceState === undefined ? {} : { licenceState: context.settings.licenceState }),
  });
  if (!guard.ok) return { kind: 'credentials', reason: guard.reason };
  if (!context.settings.fourEyes) return undefined;
  if (check.result.entered_by === actor.username) {
    return {
      kind: 'four-eyes',
      reason: `four-eyes verification is on and ${actor.username} entered this result; another person must release it`,
    };
  }
  const rerun = await tx
    .selectFrom('test_requests')
    .select(['requested_by', 'kind'])
    .where('fulfilled_by_result_id', '=', check.result.id)
    .where('by_engine', '=', false)
    .executeTakeFirst();
  if (rerun?.requested_by === actor.username) {
    return {
      kind: 'four-eyes',
      reason: `four-eyes verification is on and ${actor.username} asked for the ${rerun.kind} that produced this result; another person must release it`,
    };
  }
  return undefined;
}
