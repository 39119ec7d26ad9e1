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
} from './browser.js';

/**
 * A shift's first minutes in Chromium: the MLS signs in to the dashboard; a critical potassium entered
 * through the API appears on it without a reload (server-sent events) and on the critical-calls screen,
 * where the read-back form completes the call and the log records whom was told.
 */
describe('the dashboard and critical calls, in Chromium', { timeout: 90_000 }, () => {
  let lab: TestLab<'mls'>;
  let browser: Browser;
  let page: Page;
  let accession = '';

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { mls: ['mls'] } });
    page = await newPage(browser);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('signs in to the dashboard, which follows the server live', async () => {
    await signIn(page, lab.url, 'mls', TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(page.url()).toBe(`${lab.url}/dashboard`);
    await page.getByTestId('live-state').getByText('Live').waitFor();
    await page.getByText('No critical call is waiting.').waitFor();
    expect(await page.getByTestId('metric-Held for review').textContent()).toBe('0');
  });

  it('a critical potassium entered through the API appears on the dashboard with a ticking clock', async () => {
    const patient = await lab.api<{ id: string }>('mls', '/api/patients', {
      body: {
        mrn: 'MRN-CRIT-1',
        familyName: 'Achebe',
        givenName: 'Ngozi',
        birthDate: '1958-02-11',
        clinicalSex: 'female',
      },
    });
    const order = await lab.api<{ specimens: { accessionNumber: string }[] }>('mls', '/api/orders', {
      body: { patientId: patient.body.id, orderables: ['K'], priority: 'stat' },
    });
    accession = order.body.specimens[0]!.accessionNumber;
    await lab.api('mls', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'MRN-CRIT-1', birthDate: '1958-02-11' },
    });
    const entered = await lab.api('mls', `/api/specimens/${accession}/results`, {
      body: { testCode: 'K', value: { kind: 'numeric', value: 6.9 } },
    });
    expect(entered.status).toBeLessThan(300);

    const row = page.getByTestId('dashboard-critical-call');
    await row.waitFor();
    expect(await row.textContent()).toContain('K 6.9 mmol/L');
    expect(await row.textContent()).toContain(accession);
    expect(await page.getByTestId('metric-Held for review').textContent()).toBe('1');
    const first = await row.getByLabel(/^Open for/).textContent();
    await expect.poll(() => row.getByLabel(/^Open for/).textContent(), { timeout: 5000 }).not.toBe(first);
    await screenshot(page, 'dashboard');
    await expectAccessible(page);
  });

  it('the read-back form on the critical-calls screen completes the call, and the log shows it', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Critical calls/ })
      .click();
    const call = page.getByTestId('open-call');
    await call.waitFor();
    expect(await call.textContent()).toContain('Call now: Ordering provider');
    const form = page.getByRole('form', { name: `Record a call for K on ${accession}` });

    // A first attempt with nobody reached keeps the call open, with the attempt listed.
    await form.getByLabel(/Whom you reached/).fill('Dr Osei, pager 4411');
    await form.getByLabel('Channel').selectOption('page');
    await form.getByLabel('Outcome').selectOption('no-answer');
    await form.getByRole('button', { name: 'Record the attempt' }).click();
    await call
      .getByRole('list', { name: 'Attempts' })
      .getByText(/Dr Osei, pager 4411/)
      .waitFor();
    expect(await form.getByLabel(/Whom you reached/).inputValue()).toBe('');

    await form.getByLabel(/Whom you reached/).fill('RN Patel, 4 West');
    await form.getByLabel('Their role').selectOption('charge-nurse');
    await form.getByLabel('Channel').selectOption('phone');
    await form.getByLabel('Outcome').selectOption('reached');
    await form.getByLabel('The result was read back to me correctly').check();
    await screenshot(page, 'critical-calls');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Complete the call' }).click();

    await page.getByText(/RN Patel, 4 West read the result back/).waitFor();
    await page.getByText('No critical call is open.').waitFor();
    const logged = page.getByTestId('call-log-row').filter({ hasText: 'RN Patel, 4 West' });
    await logged.waitFor();
    expect(await logged.textContent()).toMatch(/Charge nurse.*Yes/);
    await screenshot(page, 'critical-calls-completed');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Dashboard/ })
      .click();
    await page.getByText('No critical call is waiting.').waitFor();
  });
});
