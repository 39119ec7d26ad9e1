/**
 * The PDF reports over HTTP: a clinician's cumulative report for a patient and the report of one order,
 * from a real server; the laboratory named on them comes from the environment.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportedPatient, startTestLab, type ReportedPatient, type TestLab } from '@aliquot/testkit';

let lab: TestLab<'mls'>;
let day: ReportedPatient;

beforeAll(async () => {
  process.env.ALIQUOT_LAB_NAME = 'Lakeside Community Hospital Laboratory';
  process.env.ALIQUOT_LAB_ADDRESS = '44 Harbor Street | Duluth, MN 55802';
  lab = await startTestLab({ users: { mls: ['mls'] } });
  day = await buildReportedPatient(lab.server.lab, {
    id: 'mls',
    username: 'mls',
    displayName: 'mls',
    roles: ['mls'],
  });
});
afterAll(async () => {
  delete process.env.ALIQUOT_LAB_NAME;
  delete process.env.ALIQUOT_LAB_ADDRESS;
  await lab.close();
});

const get = (path: string, token?: string) =>
  fetch(`${lab.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

function text(pdf: ArrayBuffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'aliquot-api-report-')), 'report.pdf');
  writeFileSync(file, Buffer.from(pdf));
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('GET /api/patients/{id}/report.pdf', () => {
  it('answers a PDF naming the laboratory, its address and the patient', async () => {
    const response = await get(`/api/patients/${day.patientId}/report.pdf`, lab.tokens.mls);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="report-MRN-31415.pdf"');
    const content = text(await response.arrayBuffer());
    for (const expected of [
      'Lakeside Community Hospital Laboratory',
      '44 Harbor Street',
      'Duluth, MN 55802',
      'MRN-31415',
      'Cumulative laboratory report',
    ]) {
      expect(content).toContain(expected);
    }
  });

  it('refuses without a token, and names an unknown patient', async () => {
    expect((await get(`/api/patients/${day.patientId}/report.pdf`)).status).toBe(401);
    const missing = await get(
      '/api/patients/00000000-0000-4000-8000-000000000000/report.pdf',
      lab.tokens.mls,
    );
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { resourceType: string }).resourceType).toBe('OperationOutcome');
  });
});

describe('GET /api/orders/{id}/report.pdf', () => {
  it('answers the order report', async () => {
    const response = await get(`/api/orders/${day.orderId}/report.pdf`, lab.tokens.mls);
    expect(response.status).toBe(200);
    expect(text(await response.arrayBuffer())).toContain(`Order ${day.orderNumber}`);
  });

  it('is described in the OpenAPI document as a PDF', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content?: Record<string, unknown> }> } }>;
    };
    expect(
      Object.keys(doc.paths['/api/orders/{id}/report.pdf']?.get.responses['200']?.content ?? {}),
    ).toEqual(['application/pdf']);
  });
});

describe('the FHIR API names the same laboratory', () => {
  it('as the performer of an observation', async () => {
    const response = await get(`/fhir/R4/Observation/${day.analyses.K ?? ''}`, lab.tokens.mls);
    const observation = (await response.json()) as { performer: { display: string }[] };
    expect(observation.performer).toEqual([{ display: 'Lakeside Community Hospital Laboratory' }]);
  });
});
