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

/** Sends one HL7 message over MLLP and resolves with the ACK. */
function sendMllp(port: number, message: string): Promise<string> {
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
 * Fixing an instrument from the instruments screen: a registered analyzer sends glucose under a code
 * nobody mapped (XGLU, in mmol/L); the supervisor maps it to the catalog's GLU with the factor from
 * mmol/L to mg/dL right in the unmapped queue, the waiting message is reprocessed and the result lands
 * on the specimen; then the analyzer's serum-index codes are set.
 */
describe(
  'mapping an unknown instrument code from the instruments screen, in Chromium',
  { timeout: 90_000 },
  () => {
    let lab: TestLab<'sup'>;
    let browser: Browser;
    let page: Page;
    let accession = '';

    beforeAll(async () => {
      browser = await launchChromium();
      lab = await startTestLab({ users: { sup: ['supervisor'] } });
      page = await newPage(browser);
      const registered = await lab.api('sup', '/api/instruments', {
        body: {
          code: 'CHEM-X',
          name: 'Chemistry analyzer X',
          protocol: 'hl7',
          transport: 'tcp-server',
          senderIds: ['CHEMX'],
          testCodes: [{ instrumentCode: 'NA', testCode: 'NA' }],
        },
      });
      expect(registered.status).toBe(201);
      const patient = await lab.api<{ id: string }>('sup', '/api/patients', {
        body: {
          mrn: 'MRN-MAP-1',
          familyName: 'Okafor',
          givenName: 'Ada',
          birthDate: '1980-02-11',
          clinicalSex: 'female',
        },
      });
      const order = await lab.api<{ specimens: { accessionNumber: string }[] }>('sup', '/api/orders', {
        body: { patientId: patient.body.id, orderables: ['BMP'] },
      });
      accession = order.body.specimens[0]!.accessionNumber;
      await lab.api('sup', `/api/specimens/${accession}/receive`, {
        body: { mrn: 'MRN-MAP-1', birthDate: '1980-02-11' },
      });
      const message = [
        'MSH|^~\\&|CHEMX|LAB|ALIQUOT|LAB|20261121101500||ORU^R01|MSG-MAP-1|P|2.5.1',
        'PID|1||MRN-MAP-1',
        `OBR|1||${accession}|BMP`,
        'OBX|1|NM|XGLU^Glucose||5.5|mmol/L|||||F',
      ].join('\r');
      expect(await sendMllp(lab.mllpPort, message)).toMatch(/MSA\|A/);
    }, 90_000);

    afterEach(async ({ task }) => {
      if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
    });

    afterAll(async () => {
      await browser?.close();
      await lab?.close();
    });

    it('maps XGLU to glucose with a unit factor and reprocesses the waiting message', async () => {
      await signIn(page, lab.url, 'sup', TEST_PASSWORD);
      await page.goto(`${lab.url}/instruments`);
      const queue = page.getByRole('table', { name: 'Unmapped codes' });
      await queue.getByRole('cell', { name: 'XGLU', exact: true }).waitFor();
      await queue.getByRole('button', { name: 'Map XGLU to a test' }).click();
      const form = page.getByRole('form', { name: 'Map XGLU from CHEM-X' });
      await form.getByRole('combobox', { name: 'Catalog test' }).fill('GLU ·');
      await page.getByRole('option', { name: /^GLU · Glucose/ }).click();
      await form.getByLabel('Unit the analyzer sends (optional)').fill('mmol/L');
      await form.getByLabel('Factor to the catalog unit (optional)').fill('18.016');
      await page.mouse.move(0, 0);
      await screenshot(page, 'instrument-map-code', false);
      await form.getByRole('button', { name: 'Save mapping and reprocess' }).click();
      const status = page.getByRole('status').filter({ hasText: 'XGLU mapped on CHEM-X' });
      await status.waitFor();
      expect(await status.textContent()).toContain('1 of 1 message processed; 1 results.');
      await page.getByText('Every code the instruments sent is mapped.').waitFor();

      const instrument = await lab.api<{
        testCodes: { instrumentCode: string; testCode: string; factor?: number }[];
      }>('sup', '/api/instruments/CHEM-X');
      expect(instrument.body.testCodes).toContainEqual(
        expect.objectContaining({ instrumentCode: 'XGLU', testCode: 'GLU', factor: 18.016 }),
      );
      const timeline = await lab.api<{
        analyses: { testCode: string; results: { value: { value: number } }[] }[];
      }>('sup', `/api/specimens/${accession}`);
      const glucose = timeline.body.analyses.find((a) => a.testCode === 'GLU');
      expect(glucose?.results[0]?.value.value).toBeCloseTo(99.09, 1);
    });

    it("sets the analyzer's serum-index codes", async () => {
      const registry = page.getByRole('table', { name: 'Registered instruments' });
      await registry.getByRole('button', { name: 'Serum-index codes of CHEM-X' }).click();
      const form = page.getByRole('form', { name: 'Serum-index codes of CHEM-X' });
      await form.getByLabel('Hemolysis index code').fill('HIL-H');
      await form.getByLabel('Icterus index code').fill('HIL-I');
      await form.getByLabel('Lipemia index code').fill('HIL-L');
      await form.getByRole('button', { name: 'Save codes' }).click();
      await page.getByRole('status').filter({ hasText: 'Serum-index codes of CHEM-X saved.' }).waitFor();
      await registry.getByText('HIL-H hemolysis · HIL-I icterus · HIL-L lipemia').waitFor();
      const instrument = await lab.api<{ serumIndexCodes: Record<string, string>; testCodes: unknown[] }>(
        'sup',
        '/api/instruments/CHEM-X',
      );
      expect(instrument.body.serumIndexCodes).toEqual({
        hemolysis: 'HIL-H',
        icterus: 'HIL-I',
        lipemia: 'HIL-L',
      });
      expect(instrument.body.testCodes).toHaveLength(2);
      await page.mouse.move(0, 0);
      await screenshot(page, 'instrument-registry');
      await expectAccessible(page);
    });
  },
);
