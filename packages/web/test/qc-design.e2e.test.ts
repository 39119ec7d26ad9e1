import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ImmunoassayAnalyzer, TEST_PASSWORD, startTestLab, type TestLab } from '@aliquot/testkit';
import {
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  screenshotFailure,
  signIn,
} from './browser.js';

/** Twelve TSH results around 2.0 mIU/L, then six at 3.2: the assay has shifted. */
const tsh = [2.0, 2.1, 1.9, 2.05, 1.95, 2.0, 2.1, 1.9, 2.0, 2.05, 1.95, 2.0, 3.2, 3.2, 3.2, 3.2, 3.2, 3.2];

/**
 * QC design in Chromium: glucose on CHEM-1 at a bias of 1.5 % and a CV of 2 % is 3.25 sigma, and the
 * screen recommends 1-3s/2-2s/R-4s/4-1s/8x with its reasoning; a supervisor accepts it, and choosing
 * other rules without a reason is refused. Then a moving average of 5 TSH results is set on the
 * immunoassay analyzer, its results shift, and the chart shows the statistic crossing the upper limit
 * with the alarm the monitor raised.
 */
describe('sigma, rules and moving averages, in Chromium', { timeout: 120_000 }, () => {
  let lab: TestLab<'sup'>;
  let browser: Browser;
  let page: Page;
  let analyzer: ImmunoassayAnalyzer;

  /** A received specimen with TSH ordered, for one patient result. */
  async function tshSpecimen(patientId: string, mrn: string): Promise<string> {
    const order = await lab.api<{ specimens: { accessionNumber: string }[] }>('sup', '/api/orders', {
      body: { patientId, orderables: ['TSH'], priority: 'routine' },
    });
    const accession = order.body.specimens[0]?.accessionNumber ?? '';
    const received = await lab.api('sup', `/api/specimens/${accession}/receive`, {
      body: { mrn, birthDate: '1988-02-29' },
    });
    expect(received.status).toBe(200);
    return accession;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { sup: ['supervisor'] } });
    page = await newPage(browser);
    const registered = await lab.api('sup', '/api/instruments', { body: ImmunoassayAnalyzer.registration() });
    expect(registered.status).toBe(201);
    analyzer = ImmunoassayAnalyzer.connect(lab.mllpPort);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await analyzer?.close();
    await browser?.close();
    await lab?.close();
  });

  it('shows the sigma of glucose on CHEM-1 with the recommended rules and why; the supervisor accepts them', async () => {
    await signIn(page, lab.url, 'sup', TEST_PASSWORD);
    await page.goto(`${lab.url}/qc/rules`);
    const form = page.getByRole('form', { name: 'Sigma of a method' });
    await form.getByLabel('Instrument').fill('CHEM-1');
    await form.getByLabel('Test').fill('glu');
    await form.getByLabel('Bias %').fill('1.5x');
    await form.getByText('A number, e.g. 1.5').waitFor();
    await form.getByLabel('Bias %').fill('1.5');
    await form.getByLabel('CV %').fill('2');
    await form.getByLabel('Decision level').fill('126');
    await form.getByRole('button', { name: 'Calculate sigma' }).click();

    await page.getByRole('heading', { name: 'GLU on CHEM-1: σ 3.3' }).waitFor();
    expect(await page.getByLabel('Recommended rules').textContent()).toContain('1-3s2-2sR-4s4-1s8x');
    expect(await page.getByRole('list', { name: 'Reasoning' }).textContent()).toMatch(
      /Sigma = \(TEa − \|bias\|\) \/ CV/,
    );
    const inForce = page.getByLabel('Rules in force', { exact: true });
    expect(await inForce.textContent()).not.toContain('8x');

    await page.getByRole('button', { name: 'Accept 1-3s / 2-2s / R-4s / 4-1s / 8x' }).click();
    await page.getByText('Stored: later runs are judged by 1-3s / 2-2s / R-4s / 4-1s / 8x.').waitFor();
    await expect.poll(() => inForce.textContent()).toBe('1-3s2-2sR-4s4-1s8x');
    expect(await page.getByText(/From the sigma recommendation, accepted by the lab/).count()).toBe(1);

    const other = page.getByRole('form', { name: 'Other rules' });
    await other.getByLabel('8x').uncheck();
    await other.getByRole('button', { name: 'Use these rules' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Choosing other rules than the recommendation needs a reason');
    expect(await other.getByLabel('8x').isChecked()).toBe(false);
    expect(page.url()).toContain('instrument=CHEM-1&test=GLU&bias=1.5');
    await page.mouse.move(0, 0);
    await screenshot(page, 'qc-sigma-rules');
    await expectAccessible(page);
  });

  it('sets a moving average on TSH; after the results shift the chart crosses the upper limit with an alarm', async () => {
    await page.getByRole('tab', { name: 'Moving averages' }).click();
    await page.getByText('No instrument × test is monitored on patient results yet.').waitFor();
    const form = page.getByRole('form', { name: 'Moving-average settings' });
    await form.getByLabel('Instrument').fill('IMMUNO-SIM');
    await form.getByLabel('Test').fill('TSH');
    await form.getByLabel('Block size (results)').fill('5');
    await form.getByLabel('Truncate below').fill('0.1');
    await form.getByText('Give both truncation limits, or neither').waitFor();
    await form.getByLabel('Truncate above').fill('10');
    await form.getByLabel('Lower control limit').fill('1.7');
    await form.getByLabel('Upper control limit').fill('2.3');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Monitor set; its statistic starts afresh.').waitFor();
    const monitors = page.getByRole('table', { name: 'Moving-average monitors' });
    expect(await monitors.textContent()).toContain(
      'Moving average of 5 · truncated to 0.1–10 · limits 1.7–2.3',
    );

    const patient = await lab.api<{ id: string }>('sup', '/api/patients', {
      body: {
        mrn: 'MRN-PBRT-1',
        familyName: 'Tanaka',
        givenName: 'Yui',
        birthDate: '1988-02-29',
        clinicalSex: 'female',
      },
    });
    for (const value of tsh) {
      const accession = await tshSpecimen(patient.body.id, 'MRN-PBRT-1');
      const ack = await analyzer.sendResults(accession, [
        { code: 'TSH', value: String(value), unit: 'uIU/mL' },
      ]);
      expect(ack.message.value('MSA-1')).toBe('AA');
    }
    await lab.server.instruments.idle();

    await page.reload();
    const chart = page.getByTestId('pbrtqc-chart');
    await chart.locator('svg [data-beyond]').first().waitFor();
    expect(await chart.getAttribute('aria-label')).toBe(
      'Moving-average chart of TSH on IMMUNO-SIM: 18 patient results, limits 1.7 to 2.3; 5 statistics beyond the limits; 1 alarms.',
    );
    const text = await chart.textContent();
    for (const label of ['Upper limit 2.3', 'Lower limit 1.7', 'Alarm']) expect(text).toContain(label);
    expect(await page.getByRole('list', { name: 'Alarms' }).textContent()).toMatch(
      /the statistic 2\.48 went above the upper limit 2\.3; the test was held/,
    );
    await page.mouse.move(0, 0);
    await screenshot(page, 'qc-moving-average');
    await expectAccessible(page);
  });
});
