import { connect } from 'node:net';
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

/** An ORU^R01 from an analyzer the registry does not know, over MLLP; resolves with the ACK's bytes. */
function sendOru(port: number): Promise<string> {
  const message = [
    'MSH|^~\\&|UNKNOWN-ANALYZER|LAB|ALIQUOT|LAB|20261121101500||ORU^R01|MSG-7001|P|2.5.1',
    'PID|1||MRN-INS-1',
    'OBR|1||A260009999|GLU',
    'OBX|1|NM|XGLU^Glucose||95|mg/dL|||||F',
  ].join('\r');
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`\x0b${message}\r\x1c\r`));
    let reply = '';
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\x1c')) {
        socket.end();
        resolve(reply);
      }
    });
    socket.on('error', reject);
  });
}

/**
 * The instruments screen in Chromium: the shared listeners and their state, a message from an unknown
 * analyzer in the journal with its raw bytes shown with readable control characters.
 */
describe('the instruments screen, in Chromium', { timeout: 90_000 }, () => {
  let lab: TestLab<'sup'>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { sup: ['supervisor'] } });
    page = await newPage(browser);
    expect(await sendOru(lab.mllpPort)).toMatch(/MSA\|A/);
  }, 90_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('lists the connections and the journal; a message opens to its raw bytes', async () => {
    await signIn(page, lab.url, 'sup', TEST_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Instruments/ })
      .click();
    const connections = page.getByRole('table', { name: 'Connections' });
    await connections.waitFor();
    expect(await connections.textContent()).toMatch(/mllp-listener.*listening/i);
    const row = page.getByTestId('journal-row').filter({ hasText: 'ORU' }).first();
    await row.waitFor();
    await row.getByRole('button', { name: /Show \d+ bytes/ }).click();
    const raw = page.getByLabel(/^Raw bytes of message/);
    await raw.waitFor();
    expect(await raw.textContent()).toContain('OBX|1|NM|XGLU^Glucose||95|mg/dL');
    expect(await raw.locator('.control-char').allTextContents()).toContain('<CR>');
    await page.mouse.move(0, 0);
    await screenshot(page, 'instruments');
    await expectAccessible(page);
  });
});
