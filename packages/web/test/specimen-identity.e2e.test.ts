import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, credentialForRelease, startTestLab, type TestLab } from '@aliquot/testkit';
import {
  expectAccessible,
  launchChromium,
  newPage,
  screenshot,
  screenshotFailure,
  signIn,
} from './browser.js';

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
 * A wrong blood in tube, seen from the UI: the patient's hemoglobin was 14.2 g/dL an hour ago and the
 * analyzer now sends 9.1 with an MCV 11 fL away. The delta check doubts the tube's identity and every
 * result of the specimen is held. The specimen's page says so above its results and shows the analyzer's
 * serum indices and alarms beside each value; the worklist marks each of its rows.
 */
describe('a specimen held because its identity is in doubt, in Chromium', { timeout: 120_000 }, () => {
  let lab: TestLab<'mls' | 'sup'>;
  let browser: Browser;
  let page: Page;
  let accession = '';

  const orderCbc = async (): Promise<string> => {
    const order = await lab.api<{ specimens: { accessionNumber: string }[] }>('sup', '/api/orders', {
      body: { patientId, orderables: ['CBC'] },
    });
    const number = order.body.specimens[0]!.accessionNumber;
    await lab.api('sup', `/api/specimens/${number}/receive`, {
      body: { mrn: 'MRN-WBIT-1', birthDate: '1958-04-22' },
    });
    return number;
  };
  let patientId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    lab = await startTestLab({ users: { mls: ['mls'], sup: ['supervisor'] } });
    page = await newPage(browser);
    await credentialForRelease(lab, 'sup', 'mls', ['hematology']);
    const patient = await lab.api<{ id: string }>('sup', '/api/patients', {
      body: {
        mrn: 'MRN-WBIT-1',
        familyName: 'Haddad',
        givenName: 'Samir',
        birthDate: '1958-04-22',
        clinicalSex: 'male',
      },
    });
    patientId = patient.body.id;

    // The earlier specimen: entered by hand, released by the MLS.
    const earlier = await orderCbc();
    for (const [testCode, value] of [
      ['HGB', 14.2],
      ['MCV', 88],
    ] as const) {
      const timeline = await lab.api<{ analyses: { testCode: string; results: { id: string }[] }[] }>(
        'sup',
        `/api/specimens/${earlier}/results`,
        { body: { testCode, value: { kind: 'numeric', value } } },
      );
      const id = timeline.body.analyses.find((a) => a.testCode === testCode)!.results[0]!.id;
      const released = await lab.api('mls', `/api/results/${id}/release`, {
        body: { reason: 'earlier result, checked' },
      });
      expect(released.status, JSON.stringify(released.body)).toBe(200);
    }

    const registered = await lab.api('sup', '/api/instruments', {
      body: {
        code: 'HEME-X',
        name: 'Hematology analyzer X',
        protocol: 'hl7',
        transport: 'tcp-server',
        senderIds: ['HEMEX'],
        serumIndexCodes: { hemolysis: 'HI' },
        testCodes: ['HGB', 'MCV', 'WBC'].map((code) => ({ instrumentCode: code, testCode: code })),
      },
    });
    expect(registered.status).toBe(201);
    accession = await orderCbc();
    const message = [
      'MSH|^~\\&|HEMEX|LAB|ALIQUOT|LAB|20261121101500||ORU^R01|MSG-WBIT-1|P|2.5.1',
      'PID|1||MRN-WBIT-1',
      `OBR|1||${accession}|CBC`,
      'OBX|1|NM|HGB^Hemoglobin||9.1|g/dL|||||F',
      'OBX|2|NM|MCV^MCV||99|fL|||||F',
      'OBX|3|NM|WBC^WBC||6.1|10*3/uL||CLOT|||F',
      'OBX|4|NM|HI^Hemolysis index||45||||||F',
    ].join('\r');
    expect(await sendMllp(lab.mllpPort, message)).toMatch(/MSA\|A/);
  }, 120_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotFailure(page, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await lab?.close();
  });

  it('the specimen page says the identity is in doubt and shows the serum indices and analyzer alarms', async () => {
    await signIn(page, lab.url, 'mls', TEST_PASSWORD);
    await page.goto(`${lab.url}/specimens/${accession}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Identity in doubt' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Hemoglobin 9.1 g\/dL changed by -5.1 g\/dL/);
    const wbc = page.getByTestId('analysis-WBC');
    expect(await wbc.getByText('Analyzer: CLOT').count()).toBe(1);
    expect(await wbc.getByText('Identity in doubt', { exact: true }).count()).toBe(1);
    await page
      .getByLabel(/Serum indices: hemolysis 45/)
      .first()
      .waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'specimen-identity-in-doubt');
    await expectAccessible(page);
  });

  it('the worklist marks every result of the specimen', async () => {
    await page.goto(`${lab.url}/review`);
    const row = page.getByTestId(`review-row-${accession}-WBC`);
    await row.waitFor();
    expect(await row.getByText('Identity in doubt', { exact: true }).count()).toBe(1);
    expect(await row.getByText('Analyzer: CLOT').count()).toBe(1);
    const hgb = page.getByTestId(`review-row-${accession}-HGB`);
    expect(await hgb.getByText('Identity in doubt', { exact: true }).count()).toBe(1);
    await page.mouse.move(0, 0);
    await screenshot(page, 'review-identity-in-doubt');
    await expectAccessible(page);
  });
});
