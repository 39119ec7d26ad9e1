import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, startTestLab, type TestLab } from '@aliquot/testkit';
import {
  barcodeInk,
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  screenshotFailure,
  signIn,
  signOut,
} from './browser.js';

/**
 * The accessioning desk in a real Chromium against a real server: a technologist signs in, registers a
 * patient, orders a BMP, receives the tube with two identifiers off its label, prints the label and
 * follows the specimen on its timeline. The steps build on each other, as they do at the bench.
 */
describe('the accessioning desk, in Chromium', { timeout: 60_000 }, () => {
  let lab: TestLab<'tech'>;
  let browser: Browser;
  let page: Page;
  let accession = '';

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { tech: ['mlt'] } });
    page = await newPage(browser);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('a wrong password is refused on the login screen, and the right one opens the desk', async () => {
    await page.goto(`${lab.url}/specimens/NOPE`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('username');
    await page.getByLabel('Username').fill('tech');
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/password|sign in|credentials/i);
    expect(await page.getByLabel('Username').inputValue()).toBe('tech');
    await screenshot(page, 'login-refused');
    await expectAccessible(page);

    await page.getByRole('textbox', { name: 'Password' }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back where the user was going before signing in.
    await page
      .getByText('No specimen with accession NOPE', { exact: false })
      .or(page.getByRole('alert'))
      .waitFor();
    expect(page.url()).toBe(`${lab.url}/specimens/NOPE`);
    await page.goto(`${lab.url}/`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(page.url()).toBe(`${lab.url}/dashboard`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Accessioning desk/ })
      .click();
    await page.getByRole('heading', { name: 'Accessioning desk' }).waitFor();
    expect(page.url()).toBe(`${lab.url}/accessioning`);
  });

  it('registers a patient and orders a BMP; the specimen to collect comes back with an accession number', async () => {
    const register = page.getByRole('form', { name: 'Register a patient' });
    await page.getByRole('button', { name: 'Register new patient' }).click();
    await register.getByLabel('MRN').fill('MRN-7001');
    await register.getByLabel('Birth date').fill('1980-02-29');
    await register.getByLabel('Family name').fill('Okafor');
    await register.getByLabel('Given name').fill('Adaeze');
    await register.getByRole('button', { name: 'Register patient' }).click();
    await register.getByRole('alert').waitFor();
    // Without the sex for clinical use the server refuses, beside that field, and keeps what was typed.
    expect(await register.getByText(/expected one of|Invalid option/i).count()).toBeGreaterThan(0);
    expect(await register.getByLabel('Family name').inputValue()).toBe('Okafor');
    await register.getByLabel('Sex for clinical use').selectOption('female');
    await register.getByRole('button', { name: 'Register patient' }).click();
    await page.getByTestId('order-patient').getByText('OKAFOR, Adaeze').waitFor();

    const order = page.getByRole('form', { name: 'Place an order' });
    await order.getByLabel('Panels and tests').click();
    await order.getByLabel('Panels and tests').fill('BMP');
    await page.getByRole('option', { name: /^BMP — Basic metabolic panel/ }).click();
    await page.keyboard.press('Escape');
    await order.locator('label', { hasText: /^STAT$/ }).click();
    expect(await order.getByRole('radio', { name: 'STAT' }).isChecked()).toBe(true);
    await order.getByRole('button', { name: 'Place order' }).click();
    const specimens = page.getByRole('table', { name: 'Specimens to collect' });
    await specimens.waitFor();
    accession = (await specimens.getByRole('link').first().textContent())?.trim() ?? '';
    expect(accession).toMatch(/^[A-Z0-9-]{4,}$/);
    await screenshot(page, 'accessioning-order-placed');
  });

  it('refuses to receive the tube on one identifier, keeps what was typed, and receives it on two', async () => {
    await page.getByRole('button', { name: `Check in ${accession}` }).click();
    const check = page.getByRole('form', { name: 'Receive with two identifiers' });
    await check.getByLabel('MRN on label').fill('MRN-7001');
    await check.getByRole('button', { name: 'Receive specimen' }).click();
    const refusal = check.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /two patient identifiers must match the record; only MRN matches/,
    );
    expect(await check.getByLabel('MRN on label').inputValue()).toBe('MRN-7001');
    await screenshot(page, 'accessioning-receive-refused');
    await expectAccessible(page);

    await check.getByLabel('Birth date on label').fill('1980-02-29');
    await check.getByRole('button', { name: 'Receive specimen' }).click();
    await page.getByText(/Received by tech at/).waitFor();
    await screenshot(page, 'accessioning-received');
    await expectAccessible(page);
  });

  it('rejects a hemolyzed tube with the reason and who was told; its tests are cancelled', async () => {
    const order = page.getByRole('form', { name: 'Place an order' });
    await order.getByLabel('Panels and tests').fill('BMP');
    await page.getByRole('option', { name: /^BMP — Basic metabolic panel/ }).click();
    await page.keyboard.press('Escape');
    await order.getByRole('button', { name: 'Place order' }).click();
    const specimens = page.getByRole('table', { name: 'Specimens to collect' });
    await specimens.getByRole('link', { name: accession }).waitFor({ state: 'detached' });
    const second = (await specimens.getByRole('link').first().textContent())?.trim() ?? '';
    expect(second).not.toBe(accession);
    await page.getByRole('button', { name: `Check in ${second}` }).click();

    const reject = page.getByRole('form', { name: 'Reject the specimen' });
    await reject.getByLabel('Rejection reason').selectOption('hemolyzed');
    await reject.getByLabel('Who was notified').fill('Ward 4B, RN Diaz');
    await reject.getByRole('button', { name: 'Reject specimen' }).click();
    await page.getByText(/Hemolyzed — rejected by tech at/).waitFor();
    expect(await page.getByRole('form', { name: 'Receive with two identifiers' }).count()).toBe(0);

    await page.goto(`${lab.url}/specimens/${second}`);
    const events = page.getByLabel('Specimen events');
    await events.waitFor();
    expect(await events.textContent()).toMatch(/Rejected.*Hemolyzed.*Notified: Ward 4B, RN Diaz/);
    expect(await page.getByTestId('analysis-K').textContent()).toContain('Cancelled');
  });

  it('prints a label with the accession as a Code 128 barcode and the patient identifiers', async () => {
    await page.goto(`${lab.url}/accessioning?specimen=${accession}`);
    await page.getByRole('link', { name: 'Print label' }).click();
    await page.getByTestId('label-patient').getByText('OKAFOR, Adaeze').waitFor();
    await expect.poll(async () => (await barcodeInk(page)).dark, { timeout: 10_000 }).toBeGreaterThan(500);
    const ink = await barcodeInk(page);
    expect(ink.width).toBeGreaterThan(ink.height);
    const label = page.getByLabel(`Label for specimen ${accession}`);
    expect(await label.textContent()).toContain('MRN-7001');
    expect(await label.textContent()).toContain('1980-02-29');
    await screenshot(page, 'label');
    await expectAccessible(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print label' }).isVisible()).toBe(false);
    await screenshot(page, 'label-print-preview', false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('pours off two aliquots, each linked to its parent', async () => {
    await page.goto(`${lab.url}/accessioning?specimen=${accession}`);
    const aliquot = page.getByRole('form', { name: 'Aliquot the specimen' });
    await aliquot.getByLabel('Aliquots to pour off').fill('2');
    await aliquot.getByRole('button', { name: 'Aliquot' }).click();
    await aliquot.getByRole('link', { name: `${accession}-2` }).waitFor();
    await aliquot.getByRole('link', { name: `${accession}-1` }).click();
    await page.getByRole('heading', { name: `${accession}-1` }).waitFor();
    await page.getByText('Aliquot of').getByRole('link', { name: accession }).click();
    await page.getByRole('heading', { name: accession, exact: true }).waitFor();
  });

  it('opens the timeline from the barcode box and shows who did what, and when', async () => {
    // A scanner types into the page while no field has focus: the barcode box takes the keys.
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.type(accession.toLowerCase());
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: accession }).waitFor();
    expect(page.url()).toBe(`${lab.url}/specimens/${accession}`);
    expect(await page.getByTestId('patient-name').textContent()).toBe('OKAFOR, Adaeze');
    const events = page.getByLabel('Specimen events');
    expect(await events.textContent()).toMatch(/Ordered.*Collected.*recorded at receipt.*Received.*tech/);
    for (const code of ['NA', 'K', 'CL', 'CO2', 'BUN', 'CREA', 'GLU', 'CA']) {
      expect(await page.getByTestId(`analysis-${code}`).count(), code).toBe(1);
    }
    await screenshot(page, 'specimen-timeline');
  });

  it('takes a manual result, refuses a value that is not a number, and keeps every version', async () => {
    const entry = page.getByRole('form', { name: 'Enter a result' });
    await entry.getByLabel('Test').selectOption('K');
    await entry.getByLabel('Value').fill('abc');
    await entry.getByRole('button', { name: 'Save result' }).click();
    await entry.getByText('enter a number, e.g. 4.2 or <0.01').first().waitFor();
    expect(await entry.getByLabel('Value').inputValue()).toBe('abc');
    await entry.getByLabel('Value').fill('6.9');
    await entry.getByRole('button', { name: 'Save result' }).click();
    await page.getByTestId('analysis-K').getByText('6.9 mmol/L').waitFor();
    await entry.getByLabel('Test').selectOption('K');
    await entry.getByLabel('Value').fill('4.1');
    await entry.getByRole('button', { name: 'Save result' }).click();
    await page.getByTestId('analysis-K').getByText('4.1 mmol/L').waitFor();
    // The first version stays on screen, superseded, below the new one.
    expect(await page.getByTestId('analysis-K').count()).toBe(2);
    expect(await page.getByTestId('analysis-K').first().textContent()).toContain('v2');
    expect(await page.getByTestId('analysis-K').last().textContent()).toMatch(/v1.*|Superseded/);
    await screenshot(page, 'specimen-results');
    await expectAccessible(page);
  });

  it('shows the desk on a tablet held upright without losing the form to the side', async () => {
    const tablet = await newPage(browser, { width: 820, height: 1180 });
    await signIn(tablet, lab.url, 'tech', TEST_PASSWORD);
    // The patient is found again by the start of the family name.
    await tablet.goto(`${lab.url}/accessioning`);
    const find = tablet.getByRole('search', { name: 'Find a patient' });
    await find.getByLabel('MRN or family name').fill('okaf');
    await find.getByRole('button', { name: 'Find' }).click();
    await tablet.getByRole('button', { name: 'Select OKAFOR, Adaeze' }).click();
    await tablet.getByTestId('order-patient').getByText('MRN-7001').waitFor();
    await tablet.goto(`${lab.url}/accessioning?specimen=${accession}`);
    await tablet.getByText(/Received by tech at/).waitFor();
    const width = await tablet.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(820);
    await screenshot(tablet, 'accessioning-tablet');
    await signOut(tablet);
    await tablet.context().close();
  });
});
