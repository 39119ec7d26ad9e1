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

const day = 86_400_000;
/** Twelve days of level-1 glucose around 90 ± 3 mg/dL; the last reads 101 (+3.7 SD), a 1-3s rejection. */
const values = [89.1, 91.4, 88.7, 90.2, 92.8, 87.9, 90.6, 93.1, 89.4, 90.9, 88.2, 101];

/**
 * The QC screen in Chromium: a control lot, its target and twelve runs entered through the API, with a
 * reagent lot change between runs; the Levey–Jennings chart draws every point with the SD lines, marks
 * the rejected run and the rule it broke, and the hold it placed is listed.
 */
describe('the Levey–Jennings chart, in Chromium', { timeout: 90_000 }, () => {
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
    const lot = await lab.api<{ id: string }>('mlt', '/api/qc/lots', {
      body: { materialId: material.body.id, level: 'L1', lotNumber: '45861', expiresOn: '2099-06-30' },
    });
    await lab.api('mlt', '/api/qc/targets', {
      body: { instrumentCode: 'CHEM-1', testCode: 'GLU', lotId: lot.body.id, mean: 90, sd: 3 },
    });
    const start = Date.now() - values.length * day;
    for (const [i, value] of values.entries()) {
      const reply = await lab.api('mlt', '/api/qc/runs', {
        body: {
          instrumentCode: 'CHEM-1',
          testCode: 'GLU',
          measuredAt: new Date(start + i * day).toISOString(),
          values: [{ lotId: lot.body.id, value }],
        },
      });
      expect(reply.status).toBe(201);
      if (i === 7) {
        await lab.api('mlt', '/api/qc/instrument-events', {
          body: {
            instrumentCode: 'CHEM-1',
            testCode: 'GLU',
            kind: 'reagent-lot-change',
            at: new Date(start + (i + 0.5) * day).toISOString(),
            description: 'New glucose reagent lot',
            lotNumber: 'R-7781',
          },
        });
      }
    }
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('draws the chart for the lot with its SD lines, the rejected run and its rule, and lists the hold', async () => {
    await signIn(page, lab.url, 'mlt', TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Quality control/ })
      .click();
    const form = page.getByRole('form', { name: 'Choose a Levey–Jennings chart' });
    await form.getByLabel('Instrument').fill('CHEM-1');
    await form.getByLabel('Test').fill('glu');
    await expect.poll(() => form.getByLabel('Control lot').textContent()).toContain('45861 · L1');
    await form.getByRole('button', { name: 'Show chart' }).click();

    const chart = page.getByTestId('lj-chart');
    await chart.locator('svg circle').first().waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/12 points, mean 90, SD 3; 1 rejected/);
    expect(await chart.locator('svg circle').count()).toBe(12);
    const text = await chart.textContent();
    for (const label of [
      'Mean',
      '+1 SD',
      '−1 SD',
      '+2 SD',
      '−2 SD',
      '+3 SD',
      '−3 SD',
      'New glucose reagent lot',
    ]) {
      expect(text).toContain(label);
    }
    expect(await page.getByRole('list', { name: 'Violations' }).textContent()).toMatch(/1.?3s/i);
    const holds = page.getByRole('table', { name: 'Holds in force' });
    await holds.waitFor();
    expect(await holds.textContent()).toMatch(/CHEM-1.*GLU/);
    expect(page.url()).toContain('instrument=CHEM-1&test=GLU');
    await page.mouse.move(0, 0); // off the button just pressed: axe judges the resting colours
    await screenshot(page, 'qc-levey-jennings');
    await expectAccessible(page);
  });

  it('a hold is worked: lifting before a corrective action is refused, keeping what was typed; the action is recorded', async () => {
    await page.getByRole('button', { name: 'Look-back and corrective action' }).click();
    const work = page.getByRole('region', { name: 'Hold on GLU at CHEM-1' });
    await work
      .getByText(/No patient result was released|Look-back results/)
      .first()
      .waitFor();
    const form = work.getByRole('form', { name: 'Corrective action' });
    await form.getByLabel('Cause').fill('Control vial left open overnight');
    await form.getByLabel('Action taken').fill('New vial opened, control rerun');
    await form.getByRole('button', { name: 'Lift hold' }).click();
    await expect.poll(() => work.getByRole('alert').textContent()).toMatch(/corrective action/i);
    expect(await form.getByLabel('Cause').inputValue()).toBe('Control vial left open overnight');
    await form.getByRole('button', { name: 'Record corrective action' }).click();
    // The holds are read again; the hold stays open with its corrective action listed.
    await page
      .getByRole('region', { name: 'Hold on GLU at CHEM-1' })
      .getByText('Corrective action: Control vial left open overnight → New vial opened, control rerun')
      .waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'qc-hold');
    await expectAccessible(page);
  });
});
