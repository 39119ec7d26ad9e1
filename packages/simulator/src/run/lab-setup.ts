import type { Role } from '@aliquot/domain';
import { analyzerRegistration } from '../analyzers/analyzer-registration.js';
import type { AnalyzerProfile } from '../analyzers/analyzer-profile.js';
import { LabApiClient, LabApiError } from '../ehr/lab-api-client.js';
import type { SimRandom } from '../random/sim-random.js';
import { prepareQualityControl } from './qc-setup.js';
import type { SimStaff } from './lab-run.js';

/** A sign-in the simulated lab created. */
export interface StaffLogin {
  readonly username: string;
  readonly password: string;
  readonly roles: readonly Role[];
  readonly purpose: string;
}

/** The simulated lab's accounts: its systems and people, and two for a person watching the demo. */
const ACCOUNTS: readonly Omit<StaffLogin, 'password'>[] = [
  {
    username: 'sim-ehr',
    roles: ['phlebotomist'],
    purpose: 'the virtual EHR: registers patients, places orders',
  },
  { username: 'sim-phlebotomist', roles: ['phlebotomist'], purpose: 'collects the tubes' },
  { username: 'sim-receiver', roles: ['mlt'], purpose: 'receives the tubes in the lab' },
  { username: 'sim-technologist', roles: ['mls'], purpose: 'phones critical values; reads the score' },
  {
    username: 'sim-poct',
    roles: ['poct-operator'],
    purpose: 'the point-of-care data manager: posts readings',
  },
  { username: 'bench', roles: ['mls'], purpose: 'for you: review held results, call criticals' },
  { username: 'supervisor', roles: ['supervisor'], purpose: 'for you: QC holds, instruments, rules' },
];

/** A password strong enough for the policy, from the run's random stream (no secret: a sandbox lab). */
function passwordFor(random: SimRandom): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 14 }, () => random.pick([...alphabet])).join('');
}

/**
 * Makes a lab ready for the simulator, through its REST API as an admin: the staff accounts above
 * (each signed in), a registry entry for each virtual analyzer (replaced if one exists), and, as the
 * supervisor, the control lots and targets its analyzers' QC is judged against.
 */
export async function prepareSimulatedLab(
  admin: LabApiClient,
  analyzers: readonly AnalyzerProfile[],
  random: SimRandom,
): Promise<{ staff: SimStaff; logins: StaffLogin[]; notes: string[] }> {
  const logins: StaffLogin[] = [];
  for (const account of ACCOUNTS) {
    const login = { ...account, password: passwordFor(random) };
    await admin.ensureUser({ ...login, displayName: account.username });
    logins.push(login);
  }
  const signIn = (username: string): Promise<LabApiClient> => {
    const login = logins.find((l) => l.username === username);
    if (!login) throw new Error(`no account ${username}`);
    return LabApiClient.signIn(admin.baseUrl, username, login.password);
  };
  for (const profile of analyzers) await registerAnalyzer(admin, profile);
  const notes: string[] = [];
  await credentialStaff(admin, ['bench', 'supervisor', 'sim-technologist'], new Date());
  const supervisor = await signIn('supervisor');
  const catalog = await supervisor.catalog();
  try {
    await prepareQualityControl(
      supervisor,
      analyzers,
      new Map(catalog.tests.map((t) => [t.code, t])),
      new Date(),
    );
  } catch (error) {
    if (!(error instanceof LabApiError && error.status === 404)) throw error;
    notes.push(
      'the QC API is not there: control lots and targets were not set up, so controls cannot be judged',
    );
  }
  return {
    notes,
    staff: {
      ehr: await signIn('sim-ehr'),
      phlebotomist: await signIn('sim-phlebotomist'),
      receiver: await signIn('sim-receiver'),
      technologist: await signIn('sim-technologist'),
      supervisor,
      poct: await signIn('sim-poct'),
    },
    logins,
  };
}

/** Registers (or re-registers) one analyzer in Aliquot's instrument registry. */
export async function registerAnalyzer(admin: LabApiClient, profile: AnalyzerProfile): Promise<void> {
  const registration = analyzerRegistration(profile);
  try {
    await admin.post('/api/instruments', registration);
  } catch (error) {
    if (!(error instanceof LabApiError && error.status === 409)) throw error;
    await admin.request('PUT', `/api/instruments/${encodeURIComponent(profile.code)}`, registration);
  }
}

const DISCIPLINES = [
  'chemistry',
  'hematology',
  'coagulation',
  'urinalysis',
  'immunoassay',
  'blood-gas',
  'molecular',
];
const ALL_ELEMENTS = Object.fromEntries(
  [
    'direct-observation',
    'monitoring-reporting',
    'record-review',
    'maintenance-observation',
    'blind-samples',
    'problem-solving',
  ].map((e) => [e, true]),
);

/**
 * Gives the people who release results what release asks of them (workflow.md §9): an MLS(ASCP)
 * certification and a passed competency assessment in every discipline, current today.
 */
async function credentialStaff(
  admin: LabApiClient,
  usernames: readonly string[],
  today: Date,
): Promise<void> {
  const day = (offsetDays: number): string =>
    new Date(today.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const users = (await admin.get<{ items: { id: string; username: string }[] }>('/api/users')).items;
  for (const username of usernames) {
    const id = users.find((u) => u.username === username)?.id;
    if (!id) continue;
    await admin.post(`/api/staff/${id}/certifications`, {
      body: 'ASCP',
      credential: 'MLS',
      issuedOn: day(-400),
      expiresOn: day(700),
    });
    for (const discipline of DISCIPLINES) {
      await admin.post(`/api/staff/${id}/competencies`, {
        discipline,
        assessedOn: day(-30),
        assessor: 'Simulated laboratory director',
        elements: ALL_ELEMENTS,
      });
    }
  }
}
