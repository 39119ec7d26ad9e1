import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, credentialForRelease, startTestLab, type TestLab } from '@aliquot/testkit';
import {
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  screenshotFailure,
  signIn,
} from './browser.js';

/**
 * A released potassium turns out to be a transcription error: the MLS corrects it from the specimen's
 * timeline with the right value and the reason; the first version stays visible, struck through, and the
 * corrected one is final. A reason is required: without one the server refuses and nothing typed is lost.
 */
describe('correcting a released result from the specimen timeline, in Chromium', { timeout: 90_000 }, () => {
  let lab: TestLab<'mls' | 'sup'>;
  let browser: Browser;
  let page: Page;
  let accession = '';

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { mls: ['mls'], sup: ['supervisor'] } });
    page = await newPage(browser);
    await credentialForRelease(lab, 'sup', 'mls', ['chemistry']);
    const patient = await lab.api<{ id: string }>('sup', '/api/patients', {
      body: {
        mrn: 'MRN-COR-1',
        familyName: 'Novak',
        givenName: 'Ilse',
        birthDate: '1966-09-02',
        clinicalSex: 'female',
      },
    });
    const order = await lab.api<{ specimens: { accessionNumber: string }[] }>('sup', '/api/orders', {
      body: { patientId: patient.body.id, orderables: ['BMP'] },
    });
    accession = order.body.specimens[0]!.accessionNumber;
    await lab.api('sup', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'MRN-COR-1', birthDate: '1966-09-02' },
    });
    const timeline = await lab.api<{ analyses: { testCode: string; results: { id: string }[] }[] }>(
      'sup',
      `/api/specimens/${accession}/results`,
      { body: { testCode: 'K', value: { kind: 'numeric', value: 5.8 } } },
    );
    const id = timeline.body.analyses.find((a) => a.testCode === 'K')!.results[0]!.id;
    const released = await lab.api('mls', `/api/results/${id}/release`, { body: { reason: 'checked' } });
    expect(released.status, JSON.stringify(released.body)).toBe(200);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('the MLS corrects the potassium with a reason; both versions stay on the timeline', async () => {
    await signIn(page, lab.url, 'mls', TEST_PASSWORD);
    await page.goto(`${lab.url}/specimens/${accession}`);
    const potassium = page.getByTestId('analysis-K');
    await potassium.getByRole('button', { name: 'Correct' }).click();
    const form = page.getByRole('form', { name: 'Correct K Potassium' });
    await form.getByLabel('Corrected value').fill('4.8');
    await form.getByRole('button', { name: 'Correct the result' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByLabel('Corrected value').inputValue()).toBe('4.8');

    await form.getByLabel('Reason').fill('Transcription error: 5.8 was typed for 4.8');
    await form.getByRole('button', { name: 'Correct the result' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => potassium.count()).toBe(2);
    const text = await page.getByRole('table', { name: 'Tests and results' }).textContent();
    expect(text).toMatch(/4\.8 mmol\/L.*Final.*v2/);
    expect(text).toMatch(/5\.8 mmol\/L.*Corrected.*v1/);
    await page.mouse.move(0, 0);
    await screenshot(page, 'result-correction');
    await expectAccessible(page);
  });
});
