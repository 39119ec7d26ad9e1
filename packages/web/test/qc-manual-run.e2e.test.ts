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
 * A QC run entered by hand on the bench: glucose on CHEM-1 has two control levels with targets; the MLT
 * enters both values of a run in range and it is accepted, then a level-2 value 3.7 SD high and the run
 * is rejected by 1-3s, the test put on hold, and the hold listed below.
 */
describe('a QC run entered by hand, in Chromium', { timeout: 90_000 }, () => {
  let lab: TestLab<'mlt'>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { mlt: ['mlt'] } });
    page = await newPage(browser);
    const material = await lab.api<{ id: string }>('mlt', '/api/qc/materials', {
      body: {
        code: 'LIQ-CHEM',
        name: 'Liquid assayed chemistry control',
        manufacturer: 'Example Diagnostics',
      },
    });
    for (const [level, lotNumber, mean, sd] of [
      ['L1', '45861', 90, 3],
      ['L2', '45862', 300, 8],
    ] as const) {
      const lot = await lab.api<{ id: string }>('mlt', '/api/qc/lots', {
        body: { materialId: material.body.id, level, lotNumber, expiresOn: '2099-06-30' },
      });
      await lab.api('mlt', '/api/qc/targets', {
        body: { instrumentCode: 'CHEM-1', testCode: 'GLU', lotId: lot.body.id, mean, sd },
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

  it('an in-range run is accepted', async () => {
    await signIn(page, lab.url, 'mlt', TEST_PASSWORD);
    await page.goto(`${lab.url}/qc?instrument=CHEM-1&test=GLU`);
    const form = page.getByRole('form', { name: 'Enter a QC run: GLU on CHEM-1' });
    await form.getByLabel('L1 · lot 45861').fill('91.2');
    await form.getByLabel('L2 · lot 45862').fill('296');
    await form.getByRole('button', { name: 'Record and judge' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Run of 2 values recorded' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^accept/);
  });

  it('a level 3.7 SD high is rejected by 1-3s and the test held', async () => {
    const form = page.getByRole('form', { name: 'Enter a QC run: GLU on CHEM-1' });
    await form.getByLabel('L1 · lot 45861').fill('90.5');
    await form.getByLabel('L2 · lot 45862').fill('329.6');
    await form.getByRole('button', { name: 'Record and judge' }).click();
    const status = page.getByRole('status').filter({ hasText: 'is on hold' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^reject/);
    expect(await status.getByRole('list', { name: 'Violations of this run' }).textContent()).toContain(
      '1-3s',
    );
    await page.getByRole('cell', { name: 'GLU', exact: true }).first().waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'qc-manual-run');
    await expectAccessible(page);
  });
});
