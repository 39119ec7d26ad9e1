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

/**
 * The start of a shift: the daily probe cleaning on CHEM-1 was last done three days ago and shows as
 * overdue; the MLT does it and logs it with a note, and it is next due tomorrow. The supervisor puts a
 * weekly calibration of potassium on the schedule from the same tab (the MLT is not offered the form).
 */
describe('maintenance and calibration due, in Chromium', { timeout: 90_000 }, () => {
  let lab: TestLab<'mlt' | 'sup'>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { mlt: ['mlt'], sup: ['supervisor'] } });
    page = await newPage(browser);
    const scheduled = await lab.api('sup', '/api/qc/schedule', {
      body: {
        instrumentCode: 'CHEM-1',
        kind: 'maintenance',
        task: 'Daily probe cleaning',
        intervalDays: 1,
        lastDoneAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      },
    });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('an overdue task is logged as done with a note and moves on', async () => {
    await signIn(page, lab.url, 'mlt', TEST_PASSWORD);
    await page.goto(`${lab.url}/qc`);
    await page.getByRole('tab', { name: 'Maintenance' }).click();
    const table = page.getByRole('table', { name: 'Maintenance and calibration schedule' });
    const row = table.getByRole('row').filter({ hasText: 'Daily probe cleaning' });
    expect(await row.textContent()).toMatch(/overdue 2 days/);
    await row.getByRole('button', { name: 'Done: Daily probe cleaning' }).click();
    const form = page.getByRole('form', { name: 'Log done: Daily probe cleaning on CHEM-1' });
    await form.getByLabel('Note (optional)').fill('Probe wiped, wash station refilled');
    await form.getByRole('button', { name: 'Log as done now' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Daily probe cleaning on CHEM-1 logged; next due' })
      .waitFor();
    await expect.poll(() => row.textContent()).not.toMatch(/overdue/);
  });

  it('the supervisor schedules a weekly calibration', async () => {
    expect(await page.getByRole('form', { name: 'Schedule a task' }).count()).toBe(0);
    await signOut(page);
    await signIn(page, lab.url, 'sup', TEST_PASSWORD);
    await page.goto(`${lab.url}/qc/maintenance`);
    const form = page.getByRole('form', { name: 'Schedule a task' });
    await form.getByLabel('Instrument').fill('CHEM-1');
    await form.getByLabel('Kind').selectOption('calibration');
    await form.getByLabel('Test (calibration)').fill('k');
    await form.getByLabel('Task').fill('Potassium calibration');
    await form.getByLabel('Every (days)').fill('7');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Potassium calibration on CHEM-1 scheduled every 7 days.' })
      .waitFor();
    const table = page.getByRole('table', { name: 'Maintenance and calibration schedule' });
    await table.getByRole('row').filter({ hasText: 'Potassium calibration' }).waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'qc-maintenance');
    await expectAccessible(page);
  });
});
