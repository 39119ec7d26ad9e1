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
/**
 * z of the two levels in 19 quiet daily runs (no rule broken), then a 20th run where both levels read
 * above +2 SD: a 2-2s rejection across the levels of one run.
 */
const quiet = [
  0.4, -0.6, 0.9, -0.3, 0.2, -1.1, 0.7, -0.4, 1.2, -0.8, 0.1, -0.2, 0.6, -0.9, 0.3, -0.5, 1.0, -0.7, 0.5,
];
const levels = { L1: { mean: 90, sd: 3 }, L2: { mean: 300, sd: 8 } } as const;

/**
 * Lot management and the multi-level z-chart in Chromium: two glucose control lots registered and
 * given targets through the screen (an expired date refused by the server, a negative SD caught as it is
 * typed), twenty days of runs entered through the API, the z-chart with the 2-2s rejection marked and
 * a calibration between runs, the lab's target established from the runs, and a lot retired.
 */
describe('control lots, targets and the z-chart, in Chromium', { timeout: 120_000 }, () => {
  let lab: TestLab<'sup'>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { sup: ['supervisor'] } });
    page = await newPage(browser);
    const material = await lab.api('sup', '/api/qc/materials', {
      body: {
        code: 'LIQ-CHEM',
        name: 'Liquid assayed chemistry control',
        manufacturer: 'Example Diagnostics',
      },
    });
    expect(material.status).toBe(201);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('registers a lot: a bad date is flagged as typed, an expired one refused by the server keeping what was typed', async () => {
    await signIn(page, lab.url, 'sup', TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Quality control/ })
      .click();
    await page.getByRole('tab', { name: 'Lots and targets' }).click();
    expect(page.url()).toMatch(/\/qc\/lots$/);
    const form = page.getByRole('form', { name: 'New control lot' });
    await form.getByLabel('Level').fill('L1');
    await form.getByLabel('Lot number').fill('45861');
    await form.getByLabel('Expires on').fill('2099-13-01');
    await form.getByText('A date in the form YYYY-MM-DD').waitFor();
    await form.getByLabel('Expires on').fill('2020-01-31');
    await form.getByRole('button', { name: 'Register lot' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toContain('Control lot 45861 expired on 2020-01-31; it cannot be put in use');
    expect(await form.getByLabel('Lot number').inputValue()).toBe('45861');
    await form.getByLabel('Expires on').fill('2099-06-30');
    await form.getByRole('button', { name: 'Register lot' }).click();
    await page.getByRole('table', { name: 'Control lots' }).getByText('45861').waitFor();

    const target = page.getByRole('form', { name: 'Target of lot 45861 L1' });
    await target.getByLabel('Instrument').fill('CHEM-1');
    await target.getByLabel('Test').fill('glu');
    await target.getByLabel('Mean').fill('90');
    await target.getByLabel('SD').fill('-3');
    await target.getByText('The SD must be greater than 0').waitFor();
    await target.getByLabel('SD').fill('3');
    await target.getByRole('button', { name: 'Set mean and SD' }).click();
    await target.getByText('Target in force on CHEM-1 for GLU: mean 90, SD 3.').waitFor();
    expect(await page.getByRole('table', { name: 'Targets of lot 45861' }).textContent()).toMatch(
      /CHEM-1GLU903.*Manufacturer/,
    );

    await form.getByLabel('Level').fill('L2');
    await form.getByLabel('Lot number').fill('45862');
    await form.getByLabel('Expires on').fill('2099-06-30');
    await form.getByRole('button', { name: 'Register lot' }).click();
    const second = page.getByRole('form', { name: 'Target of lot 45862 L2' });
    await second.getByLabel('Instrument').fill('CHEM-1');
    await second.getByLabel('Test').fill('GLU');
    await second.getByLabel('Mean').fill('300');
    await second.getByLabel('SD').fill('8');
    await second.getByRole('button', { name: 'Set mean and SD' }).click();
    await second.getByText('Target in force on CHEM-1 for GLU: mean 300, SD 8.').waitFor();
  });

  it('draws both levels on one z axis with the 2-2s rejection and the calibration marked', async () => {
    const lots = (await lab.api<{ items: { id: string; level: 'L1' | 'L2' }[] }>('sup', '/api/qc/lots')).body
      .items;
    const start = Date.now() - 21 * day;
    const zs = [...quiet.map((z) => [z, -z * 0.8]), [2.4, 2.6]];
    for (const [i, [z1 = 0, z2 = 0]] of zs.entries()) {
      const reply = await lab.api('sup', '/api/qc/runs', {
        body: {
          instrumentCode: 'CHEM-1',
          testCode: 'GLU',
          measuredAt: new Date(start + i * day).toISOString(),
          values: lots.map((lot) => {
            const { mean, sd } = levels[lot.level];
            return { lotId: lot.id, value: Number((mean + (lot.level === 'L1' ? z1 : z2) * sd).toFixed(2)) };
          }),
        },
      });
      expect(reply.status).toBe(201);
      if (i === 9) {
        await lab.api('sup', '/api/qc/instrument-events', {
          body: {
            instrumentCode: 'CHEM-1',
            testCode: 'GLU',
            kind: 'calibration',
            at: new Date(start + (i + 0.5) * day).toISOString(),
            description: 'Glucose calibrated',
          },
        });
      }
    }

    await page.getByRole('tab', { name: 'Charts and holds' }).click();
    const form = page.getByRole('form', { name: 'Choose a Levey–Jennings chart' });
    await form.getByLabel('Instrument').fill('CHEM-1');
    await form.getByLabel('Test').fill('GLU');
    await expect.poll(() => form.getByLabel('Control lot').textContent()).toContain('45861 · L1');
    await form.getByRole('button', { name: 'Show chart' }).click();

    const chart = page.getByTestId('z-chart');
    await chart.locator('svg [data-status]').first().waitFor();
    expect(await chart.getAttribute('aria-label')).toBe(
      'z-chart of GLU on CHEM-1: levels L1, L2; 40 points; 2 rejected.',
    );
    expect(await chart.locator('svg [data-status="rejected"]').count()).toBe(2);
    const text = await chart.textContent();
    for (const label of ['Mean', '+3 SD', '−3 SD', '2-2s', 'Glucose calibrated', 'L1', 'L2']) {
      expect(text).toContain(label);
    }
    expect(await page.getByRole('list', { name: 'Rules broken on the z-chart' }).textContent()).toMatch(
      /2-2s/,
    );
    await page.getByTestId('lj-chart').locator('svg circle').first().waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'qc-z-chart');
    await expectAccessible(page);
  });

  it("establishes the lab's target: refused with 19 accepted runs, then provisional when asked for", async () => {
    await page.getByRole('tab', { name: 'Lots and targets' }).click();
    await page.getByRole('button', { name: 'Targets of lot 45861 L1' }).click();
    const target = page.getByRole('form', { name: 'Target of lot 45861 L1' });
    await target.getByLabel('Instrument').fill('CHEM-1');
    await target.getByLabel('Test').fill('GLU');
    await target.getByRole('button', { name: 'Establish from runs' }).click();
    await expect
      .poll(() => target.getByRole('alert').textContent())
      .toMatch(/provisional target must be asked for/);
    expect(await target.getByLabel('Instrument').inputValue()).toBe('CHEM-1');
    await target.getByLabel('Accept a provisional target from fewer than 20 runs').check();
    await target.getByRole('button', { name: 'Establish from runs' }).click();
    await target.getByText(/Provisional target from 19 values of 19 runs \(1 excluded\)/).waitFor();
    expect(await page.getByRole('table', { name: 'Targets of lot 45861' }).textContent()).toMatch(
      /Established \(19 values\)/,
    );
  });

  it('retires a lot, which stays listed as retired', async () => {
    await page.getByRole('button', { name: 'Retire lot 45862 L2' }).click();
    await page.getByText('Lot 45862 (L2) retired; its values stay on the charts.').waitFor();
    const row = page.getByTestId('lot-row').filter({ hasText: '45862' });
    await row.getByText('Retired').waitFor();
    expect(await row.getByRole('button', { name: /Retire/ }).count()).toBe(0);
    await page.mouse.move(0, 0);
    await screenshot(page, 'qc-lots');
    await expectAccessible(page);
  });
});
