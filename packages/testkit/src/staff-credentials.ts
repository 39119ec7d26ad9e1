import type { TestLab } from './test-server.js';

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The six CLIA competency elements (42 CFR 493.1451(b)(8)), all assessed. */
const ALL_ELEMENTS = {
  'direct-observation': true,
  'monitoring-reporting': true,
  'record-review': true,
  'maintenance-observation': true,
  'blind-samples': true,
  'problem-solving': true,
};

/**
 * Records what release asks of a person (shared/domain/workflow.md §9): an MLS(ASCP) certification and,
 * per discipline, the competency assessments of someone past their first year (500 and 320 days ago,
 * then 30 days ago), all current today. `as` is a user of the lab who may keep staff credentials.
 */
export async function credentialForRelease<U extends string>(
  lab: TestLab<U>,
  as: U,
  username: string,
  disciplines: readonly string[],
): Promise<void> {
  const users = await lab.api<{ items: { id: string; username: string }[] }>(as, '/api/users');
  const id = users.body.items.find((u) => u.username === username)?.id;
  if (id === undefined) throw new Error(`no user ${username} in the test lab`);
  await lab.api(as, `/api/staff/${id}/certifications`, {
    body: { body: 'ASCP', credential: 'MLS', number: `MLS-${id.slice(0, 6)}`, expiresOn: '2030-12-31' },
  });
  for (const discipline of disciplines) {
    for (const assessedOn of [daysAgo(500), daysAgo(320), daysAgo(30)]) {
      await lab.api(as, `/api/staff/${id}/competencies`, {
        body: { discipline, assessedOn, assessor: 'R. Diaz', elements: ALL_ELEMENTS },
      });
    }
  }
}
