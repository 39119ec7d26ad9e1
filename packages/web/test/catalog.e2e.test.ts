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

describe('the test catalog, by role, in Chromium', { timeout: 60_000 }, () => {
  let lab: TestLab<'phleb' | 'admin'>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { phleb: ['phlebotomist'], admin: ['admin'] } });
    page = await newPage(browser);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('a phlebotomist reads the catalog but is not offered the edit', async () => {
    await signIn(page, lab.url, 'phleb', TEST_PASSWORD);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      expect.stringContaining('Dashboard'),
      expect.stringContaining('Accessioning desk'),
      expect.stringContaining('Test catalog'),
    ]);
    await nav.getByRole('link', { name: /Test catalog/ }).click();
    await page.getByRole('table', { name: 'Tests' }).waitFor();
    await screenshot(page, 'catalog', false);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'K', exact: true }).click();
    await page.getByRole('heading', { name: /Potassium/ }).waitFor();
    await page.getByRole('table', { name: 'Versions of K' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit definition' }).count()).toBe(0);
    // The desk would not let a phlebotomist reject or aliquot either: those belong to the bench.
    await signOut(page);
  });

  it("the admin edits a test: the server's validation message stands beside the field, then a new version is kept", async () => {
    await signIn(page, lab.url, 'admin', TEST_PASSWORD);
    // The admin's roles open no desk and no bench screen: the dashboard, the instruments, the catalog
    // and the admin screens.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual([
      expect.stringContaining('Dashboard'),
      expect.stringContaining('Instruments'),
      expect.stringContaining('Test catalog'),
      expect.stringContaining('Rule sets'),
      expect.stringContaining('Users'),
      expect.stringContaining('Staff credentials'),
    ]);
    await page.goto(`${lab.url}/catalog/tests/K`);
    await page.getByRole('button', { name: 'Edit definition' }).click();
    const form = page.getByRole('form', { name: 'Edit K' });
    await form.getByLabel('Unit (UCUM)').fill('mmol/furlong');
    await form.getByLabel('Interval 1 High').fill('3.0');
    await form.getByRole('button', { name: 'Save new version' }).click();
    await form.getByRole('alert').waitFor();
    const unitError = await form.getByLabel('Unit (UCUM)').getAttribute('aria-describedby');
    expect(unitError).toBeTruthy();
    expect(await form.getByLabel('Unit (UCUM)').inputValue()).toBe('mmol/furlong');
    await screenshot(page, 'catalog-edit-refused');
    await expectAccessible(page);

    await form.getByLabel('Unit (UCUM)').fill('mmol/L');
    await form.getByLabel('Interval 1 High').fill('5.2');
    await form.getByRole('button', { name: 'Save new version' }).click();
    await page.getByText('Version 2 is now in use.').waitFor();
    const history = page.getByRole('table', { name: 'Versions of K' });
    await history.getByText('v2').waitFor();
    expect(await history.textContent()).toMatch(/referenceIntervals/);
    await screenshot(page, 'catalog-test-history');
    await expectAccessible(page);
  });
});
