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

interface Settings {
  fourEyes: boolean;
  escalationLadder: { targetMinutes: number; steps: { afterMinutes: number; notify: string }[] };
  criticalGroupingMinutes: number;
  credentialAlertDays: number;
  deltaFailuresToHoldSpecimen: number;
}

/**
 * The verification policy from the admin screens: the pathologist (rules:approve) holds a whole specimen
 * on two delta failures instead of the default, adds a medical-director step to the escalation ladder and
 * saves; a supervisor sees the same settings but cannot change them.
 */
describe('the verification settings, in Chromium', { timeout: 90_000 }, () => {
  let lab: TestLab<'path' | 'sup'>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { path: ['pathologist'], sup: ['supervisor'] } });
    page = await newPage(browser);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('the pathologist changes the specimen hold and the escalation ladder', async () => {
    const before = (await lab.api<Settings>('path', '/api/verification/settings')).body;
    await signIn(page, lab.url, 'path', TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Verification settings/ })
      .click();
    const form = page.getByRole('form', { name: 'Verification settings' });
    await form.waitFor();
    await form.getByLabel('Delta failures that hold the whole specimen').fill('2');
    await form.getByRole('button', { name: 'Add a step' }).click();
    const step = before.escalationLadder.steps.length + 1;
    await form.getByLabel(`Step ${step}: notify`).selectOption('medical-director');
    await form.getByLabel(`Step ${step}: after (minutes)`).fill('90');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'The verification settings are saved' }).waitFor();

    const after = (await lab.api<Settings>('path', '/api/verification/settings')).body;
    expect(after.deltaFailuresToHoldSpecimen).toBe(2);
    expect(after.escalationLadder.steps.at(-1)).toEqual({ afterMinutes: 90, notify: 'medical-director' });
    expect(after.fourEyes).toBe(before.fourEyes);
    await page.mouse.move(0, 0);
    await screenshot(page, 'verification-settings');
    await expectAccessible(page);
  });

  it('a supervisor reads the settings but cannot change them', async () => {
    await signOut(page);
    await signIn(page, lab.url, 'sup', TEST_PASSWORD);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: /Verification settings/ }).count()).toBe(0);
    await page.goto(`${lab.url}/admin/verification-settings`);
    await page.getByText('Only those who approve rules may change these settings.').waitFor();
    const form = page.getByRole('form', { name: 'Verification settings' });
    expect(await form.getByLabel('Delta failures that hold the whole specimen').inputValue()).toBe('2');
    expect(await form.getByLabel('Delta failures that hold the whole specimen').isDisabled()).toBe(true);
    expect(await form.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
  });
});
