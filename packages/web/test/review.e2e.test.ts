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
 * The review worklist in Chromium: results entered by hand are held (no QC on record); the MLS works the
 * list from the keyboard. Without a credential on record the server refuses and says why; once the
 * supervisor records it, R releases the focused row, and Space plus the bulk button release the rest.
 */
describe('the review worklist, in Chromium', { timeout: 90_000 }, () => {
  let lab: TestLab<'mls' | 'sup'>;
  let browser: Browser;
  let page: Page;
  let accession = '';

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { mls: ['mls'], sup: ['supervisor'] } });
    page = await newPage(browser);
    const patient = await lab.api<{ id: string }>('mls', '/api/patients', {
      body: {
        mrn: 'MRN-REV-1',
        familyName: 'Lindqvist',
        givenName: 'Maja',
        birthDate: '1971-06-03',
        clinicalSex: 'female',
      },
    });
    const order = await lab.api<{ specimens: { accessionNumber: string }[] }>('mls', '/api/orders', {
      body: { patientId: patient.body.id, orderables: ['BMP'] },
    });
    accession = order.body.specimens[0]!.accessionNumber;
    await lab.api('mls', `/api/specimens/${accession}/receive`, {
      body: { mrn: 'MRN-REV-1', birthDate: '1971-06-03' },
    });
    for (const [testCode, value] of [
      ['NA', 139],
      ['K', 4.1],
    ] as const) {
      await lab.api('mls', `/api/specimens/${accession}/results`, {
        body: { testCode, value: { kind: 'numeric', value } },
      });
    }
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('shows the held results with their reasons and the keyboard shortcuts', async () => {
    await signIn(page, lab.url, 'mls', TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Review worklist/ })
      .click();
    const grid = page.getByRole('grid', { name: 'Held results' });
    await grid.waitFor();
    const k = page.getByTestId(`review-row-${accession}-K`);
    await k.waitFor();
    expect(await k.textContent()).toMatch(/4\.1 mmol\/L/);
    expect(await k.textContent()).toMatch(/QC/);
    expect(await page.getByLabel('Keyboard shortcuts').textContent()).toMatch(
      /R Release.*U Rerun.*D Dilute.*J Reject specimen.*C Comment/,
    );
    await k.focus();
    await screenshot(page, 'review');
    await expectAccessible(page);
  });

  it('R on the focused row is refused with the server’s reason while the MLS has no credential on record', async () => {
    await page.getByTestId(`review-row-${accession}-K`).focus();
    await page.keyboard.press('r');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/no certification or licence covering chemistry/);
    expect(await page.getByTestId(`review-row-${accession}-K`).isVisible()).toBe(true);
  });

  it('with the credential recorded, R releases the focused row and Space plus the bulk button the rest', async () => {
    await credentialForRelease(lab, 'sup', 'mls', ['chemistry']);

    await page.getByTestId(`review-row-${accession}-K`).focus();
    await page.keyboard.press('r');
    await page.getByRole('status').filter({ hasText: '1 result released.' }).waitFor();
    await page.getByTestId(`review-row-${accession}-K`).waitFor({ state: 'detached' });

    const na = page.getByTestId(`review-row-${accession}-NA`);
    await na.focus();
    await page.keyboard.press(' ');
    expect(await na.getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Release selected (1)' }).click();
    await page.getByText('Nothing is held for review.').waitFor();

    const timeline = await lab.api<{ analyses: { testCode: string; results: { status: string }[] }[] }>(
      'mls',
      `/api/specimens/${accession}`,
    );
    const status = (code: string) =>
      timeline.body.analyses.find((a) => a.testCode === code)?.results[0]?.status;
    expect([status('K'), status('NA')]).toEqual(['final', 'final']);
  });
});
