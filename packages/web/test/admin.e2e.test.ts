import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, startTestLab, type TestLab } from '@aliquot/testkit';
import {
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  screenshotFailure,
  signIn,
  signOut,
} from './browser.js';

const day = 86_400_000;
const isoDay = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * day).toISOString().slice(0, 10);

/** A local rule the draft adds: any glucose above 90 mg/dL is held for review. */
const glucoseRule = {
  kind: 'rule',
  id: 'local.glucose-above-90',
  name: 'Glucose above 90: review',
  stage: 'plausibility',
  appliesTo: { kind: 'tests', codes: ['GLU'] },
  when: { kind: 'compare', left: { kind: 'result-value' }, operator: '>', right: 90, whenMissing: 'pass' },
  then: [{ kind: 'hold' }],
  message: 'glucose above 90 mg/dL is reviewed during the diabetes clinic study',
  rationale: 'The clinic asked for a person to look at every raised glucose for three months.',
  source: 'Laboratory director memo 2026-11',
  enabled: true,
};

interface RuleSetJson {
  rules: { id: string; message: string; appliesTo: unknown }[];
}

/**
 * The admin screens in Chromium: a rule-set draft made from the active version (refused first for an
 * unknown test), its changes against the active version, validation by replay and approval by a
 * pathologist; a staff member's certification and competency with an expiry warning; a new user.
 */
describe('the admin screens, in Chromium', { timeout: 120_000 }, () => {
  let lab: TestLab<'admin' | 'drpatel' | 'bench'>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { admin: ['admin'], drpatel: ['pathologist'], bench: ['mls'] } });
    page = await newPage(browser);
    // A BMP entered by hand, so the replay has stored results to decide again.
    const patient = await lab.api<{ id: string }>('bench', '/api/patients', {
      body: {
        mrn: 'MRN-ADM-1',
        familyName: 'Achebe',
        givenName: 'Ngozi',
        birthDate: '1958-02-11',
        clinicalSex: 'female',
      },
    });
    const order = await lab.api<{ specimens: { accessionNumber: string }[] }>('bench', '/api/orders', {
      body: { patientId: patient.body.id, orderables: ['BMP'] },
    });
    const accession = order.body.specimens[0]!.accessionNumber;
    await lab.api('bench', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'MRN-ADM-1', birthDate: '1958-02-11' },
    });
    for (const [testCode, value] of [
      ['NA', 139],
      ['K', 4.2],
      ['CL', 101],
      ['CO2', 25],
      ['BUN', 14],
      ['CREA', 0.9],
      ['GLU', 104],
    ] as const) {
      const reply = await lab.api('bench', `/api/specimens/${accession}/results`, {
        body: { testCode, value: { kind: 'numeric', value } },
      });
      expect(reply.status).toBeLessThan(300);
    }
    const staff = await lab.api('admin', '/api/users', {
      body: { username: 'msantos', displayName: 'Maria Santos', password: TEST_PASSWORD, roles: ['mls'] },
    });
    expect(staff.status).toBe(201);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('the admin drafts a new rule-set version: an unknown test is refused, the saved draft differs from the active one rule by rule', async () => {
    await signIn(page, lab.url, 'admin', TEST_PASSWORD);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = await nav.getByRole('link').allTextContents();
    for (const label of ['Rule sets', 'Users', 'Staff credentials']) {
      expect(links).toContainEqual(expect.stringContaining(label));
    }
    await nav.getByRole('link', { name: /Rule sets/ }).click();
    const versions = page.getByRole('table', { name: 'Rule-set versions' });
    await versions.getByRole('link', { name: 'v1' }).click();
    await page.getByRole('table', { name: 'Rules of aliquot-starter v1' }).waitFor();
    // The active version is neither validated again nor approved; the admin may not approve anyway.
    expect(await page.getByRole('button', { name: /^Validate (by replay|again)$/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Approve and make active' }).count()).toBe(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'rule-set-rules', false);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Draft a new version from this one' }).click();
    const form = page.getByRole('form', { name: 'New draft' });
    const json = form.getByLabel('Rule set (JSON)');
    const active = JSON.parse(await json.inputValue()) as RuleSetJson;
    const [first, second, ...rest] = active.rules;
    const unknownTest = {
      ...active,
      rules: [{ ...first, appliesTo: { kind: 'tests', codes: ['NOPE'] } }, second, ...rest],
    };
    await form.getByLabel('Why the rules change').fill('Diabetes clinic study: review raised glucose');
    await json.fill('{ "rules": [');
    await form.getByText(/not valid JSON/).waitFor();
    // A whole rule set is long for Chromium's insertText: compact JSON, and time to take it.
    await json.fill(JSON.stringify(unknownTest), { timeout: 60_000 });
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/NOPE/);
    expect(await form.getByLabel('Why the rules change').inputValue()).toBe(
      'Diabetes clinic study: review raised glucose',
    );
    await form.getByRole('alert').scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await screenshot(page, 'rule-set-draft-refused', false);
    await expectAccessible(page);

    const removed = rest.at(-1)!;
    const draft = {
      ...active,
      rules: [
        first,
        { ...second, message: `${second!.message} (confirm with the clinic)` },
        ...rest.slice(0, -1),
        glucoseRule,
      ],
    };
    await json.fill(JSON.stringify(draft), { timeout: 60_000 });
    await form.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: /v2/ }).waitFor();
    expect(page.url()).toContain('/admin/rule-sets/aliquot-starter/2');

    await page.getByRole('tab', { name: 'Changes' }).click();
    const changes = page.getByRole('list', { name: 'Changes from aliquot-starter v1' });
    await changes.getByRole('listitem').first().waitFor();
    const text = await changes.textContent();
    expect(text).toContain('addedlocal.glucose-above-90');
    expect(text).toContain(`removed${removed.id}`);
    expect(text).toContain(`changed${second!.id}`);
    expect(await changes.getByRole('listitem').count()).toBe(3);
    await page.mouse.move(0, 0);
    await screenshot(page, 'rule-set-diff');
    await expectAccessible(page);
  });

  it('the draft is validated by replay: per rule counts and the glucose the new rule would hold', async () => {
    await page.getByRole('button', { name: 'Validate by replay' }).click();
    await page
      .getByRole('status')
      .getByText(/Validated: \d+ results replayed/)
      .waitFor();
    await page.getByRole('tab', { name: 'Validation report' }).click();
    const report = page.getByRole('region', { name: 'Validation report' });
    await report.getByRole('table', { name: 'Per-rule counts' }).waitFor();
    const changed = report.getByRole('table', { name: 'Changed decisions' });
    expect(await changed.textContent()).toMatch(/GLU/);
    // Still no approval here: the admin's roles do not grant rules:approve.
    expect(await page.getByRole('button', { name: 'Approve and make active' }).count()).toBe(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'rule-set-report');
    await expectAccessible(page);
    await signOut(page);
  });

  it('a pathologist approves the validated version, which becomes the one active rule set', async () => {
    await signIn(page, lab.url, 'drpatel', TEST_PASSWORD);
    await page.goto(`${lab.url}/admin/rule-sets/aliquot-starter/2`);
    const approve = page.getByRole('form', { name: 'Approve' });
    await approve.getByLabel('Approval note').fill('Replay reviewed: only raised glucose newly held.');
    await approve.getByRole('button', { name: 'Approve and make active' }).click();
    await page
      .getByRole('status')
      .getByText('aliquot-starter v2 is approved and now the active rule set.')
      .waitFor();
    await page.getByText('Approval note:').waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'rule-set-approved', false);
    await expectAccessible(page);
    await page.getByRole('link', { name: '← Rule sets' }).click();
    const versions = page.getByRole('table', { name: 'Rule-set versions' });
    await versions.getByText('Retired').waitFor();
    expect(await versions.getByText('Active', { exact: true }).count()).toBe(1);
    await signOut(page);
  });

  it("the admin keeps a staff member's certification and competency; one expiring in 20 days is flagged yellow", async () => {
    await signIn(page, lab.url, 'admin', TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Staff credentials/ })
      .click();
    await page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Maria Santos' }).click();
    await page.getByRole('heading', { name: /Maria Santos/ }).waitFor();

    const certifications = page.getByRole('region', { name: 'Certifications' });
    await certifications.getByRole('button', { name: 'Add' }).click();
    const cert = page.getByRole('form', { name: 'Add a certification' });
    await cert.getByLabel('Number').fill('MLS-20931');
    await cert.getByLabel('Expires on').fill('2026-02-30');
    await cert.getByText('no such day').waitFor();
    const expiresOn = isoDay(20);
    await cert.getByLabel('Expires on').fill(expiresOn);
    await cert.getByRole('button', { name: 'Add certification' }).click();
    const soon = page.getByRole('table', { name: 'Certifications' }).locator('[data-expiry="soon"]');
    await soon.waitFor();
    expect(await soon.textContent()).toBe(`Expires ${expiresOn} (in 20 days)`);

    const competencies = page.getByRole('region', { name: 'Competency assessments' });
    await competencies.getByRole('button', { name: 'Add' }).click();
    const comp = page.getByRole('form', { name: 'Record a competency assessment' });
    await comp.getByRole('button', { name: 'Record assessment' }).click();
    await comp.getByText('name who assessed').waitFor();
    await comp.getByLabel('Discipline').selectOption('chemistry');
    await comp.getByLabel('Assessed on').fill(isoDay(-30));
    await comp.getByLabel('Assessor').fill('R. Diaz');
    for (const element of await comp.getByRole('checkbox').all()) await element.check();
    await comp.getByRole('button', { name: 'Record assessment' }).click();
    const table = page.getByRole('table', { name: 'Competency assessments' });
    await table.getByText('Passed').waitFor();
    expect(await table.textContent()).toContain('6 of 6');
    await page.getByRole('list', { name: 'May release results' }).getByText('Chemistry').waitFor();

    // A licence that lapsed three days ago is red.
    await page.getByRole('region', { name: 'State licences' }).getByRole('button', { name: 'Add' }).click();
    const licence = page.getByRole('form', { name: 'Add a licence' });
    await licence.getByLabel('State').fill('nv');
    await licence.getByLabel('Licence type').fill('MLS');
    await licence.getByLabel('Number').fill('NV-4471');
    await licence.getByLabel('Expires on').fill(isoDay(-3));
    await licence.getByRole('button', { name: 'Add licence' }).click();
    const expired = page.getByRole('table', { name: 'State licences' }).locator('[data-expiry="expired"]');
    expect(await expired.textContent()).toBe(`Expired ${isoDay(-3)} (3 days ago)`);
    await page.mouse.move(0, 0);
    await screenshot(page, 'staff-credentials');
    await expectAccessible(page);

    await page.getByRole('link', { name: '← Staff credentials' }).click();
    const expiring = page.getByRole('table', { name: 'Expiring soon' });
    await expiring.getByRole('link', { name: 'Maria Santos' }).waitFor();
    const listed = await expiring.textContent();
    expect(listed).toContain('MLS(ASCP) MLS-20931');
    expect(listed).toContain('Nevada MLS licence NV-4471');
    await screenshot(page, 'staff-expiring', false);
    await expectAccessible(page);
  });

  it('the admin adds a user: the password is checked as it is typed, a taken username is refused', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Users/ }).click();
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Username').fill('msantos');
    await form.getByLabel('Full name').fill('Chidi Okafor');
    await form.getByLabel('First password').fill('short');
    await form.getByText('at least 10 characters (5 so far)').waitFor();
    await form.getByLabel('First password').fill('a long enough first password');
    await form.getByRole('checkbox', { name: 'MLT' }).check();
    await form.getByRole('button', { name: 'Add user' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByLabel('Full name').inputValue()).toBe('Chidi Okafor');

    await form.getByLabel('Username').fill('cokafor');
    await form.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('status').getByText('Chidi Okafor (cokafor) can now sign in.').waitFor();
    const users = page.getByRole('table', { name: 'Users' });
    const row = users.getByRole('row', { name: /cokafor/ });
    expect(await row.textContent()).toMatch(/Chidi Okafor.*MLT.*Active/);
    await page.mouse.move(0, 0);
    await screenshot(page, 'users');
    await expectAccessible(page);
  });

  it("the admin changes a person's roles and deactivates them, but may not deactivate themselves", async () => {
    await page.getByRole('button', { name: 'Change admin' }).click();
    const own = page.getByRole('form', { name: 'Change admin' });
    await own.getByLabel('Active: may sign in').uncheck();
    await own.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => own.getByRole('alert').textContent()).toMatch(/cannot deactivate yourself/);
    await page.mouse.move(0, 0);
    await expectAccessible(page);
    await own.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Change cokafor' }).click();
    const dialog = page.getByRole('form', { name: 'Change cokafor' });
    await dialog.getByRole('checkbox', { name: 'MLS' }).check();
    await dialog.getByRole('checkbox', { name: 'MLT' }).uncheck();
    await dialog.getByLabel('Active: may sign in').uncheck();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Chidi Okafor: deactivated, MLS.').waitFor();
    const row = page.getByRole('table', { name: 'Users' }).getByRole('row', { name: /cokafor/ });
    expect(await row.textContent()).toMatch(/MLS.*Inactive/);
  });
});
