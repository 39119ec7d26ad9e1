/**
 * The patient report a ward clerk prints: built from a real embedded PostgreSQL, it carries what
 * 42 CFR 493.1291(c) asks of a test report, marks the correction with both values, logs the
 * critical call; and page 1, rendered to an image with poppler's pdftoppm, is a full page with ink
 * where the header and results should be.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReportedPatient,
  createTestDatabase,
  embeddedServer,
  type ReportedPatient,
  type TestDatabase,
} from '@aliquot/testkit';
import { commandLine, seedCatalog, type Actor, type LabContext } from '../index.js';
import { orderReport, patientReport, type RenderedReport, type ReportSettings } from './index.js';

const settings: ReportSettings = {
  lab: {
    name: 'Riverside General Hospital Clinical Laboratory',
    address: ['1200 River Road, Building C', 'Springfield, IL 62701', 'Telephone (217) 555-0142'],
    cliaNumber: '14D0999999',
    director: 'Ana Ruiz, MD',
  },
  timeZone: 'America/Chicago',
};
const mls: Actor = { id: 'mls-1', username: 'jsmith', displayName: 'J. Smith MLS', roles: ['mls'] };

let database: TestDatabase;
let lab: LabContext;
let day: ReportedPatient;
let report: RenderedReport;
const out = mkdtempSync(path.join(tmpdir(), 'aliquot-report-'));
const pdfFile = path.join(out, 'report.pdf');

beforeAll(async () => {
  database = await createTestDatabase(embeddedServer());
  lab = { db: database.db, now: () => new Date('2026-03-02T16:30:00Z') };
  await seedCatalog(lab, commandLine);
  day = await buildReportedPatient(lab, mls);
  report = await patientReport(lab, mls, day.patientId, settings);
  writeFileSync(pdfFile, report.pdf);
});
afterAll(() => database.drop());

const rows = () =>
  report.document.orders.flatMap((o) => o.specimens.flatMap((s) => s.panels.flatMap((p) => p.rows)));
const rowOf = (code: string) => rows().find((r) => r.code === code);

describe('what the report says', () => {
  it('names the laboratory, its address, the patient, the MRN and the report date', () => {
    expect(report.document).toMatchObject({
      title: 'Cumulative laboratory report',
      lab: { name: 'Riverside General Hospital Clinical Laboratory' },
      patient: { name: 'OKAFOR, Adaeze Grace', mrn: 'MRN-31415', birthDate: '1958-11-02', sex: 'female' },
      generatedAt: new Date('2026-03-02T16:30:00Z'),
    });
    expect(report.fileName).toBe('report-MRN-31415.pdf');
  });

  it('gives each specimen its source, collection and receipt', () => {
    const specimens = report.document.orders[0]?.specimens ?? [];
    expect(specimens.map((s) => s.source)).toEqual(
      expect.arrayContaining([
        'Plasma (lithium heparin tube)',
        'Whole blood (EDTA tube)',
        'Urine (urine cup)',
      ]),
    );
    expect(specimens.every((s) => s.collectedAt && s.receivedAt)).toBe(true);
  });

  it('prints results with units, reference intervals and flags; the potassium as critical', () => {
    expect(rowOf('K')).toMatchObject({
      value: '6.4',
      unit: 'mmol/L',
      range: '3.5 - 5.1',
      flag: 'HH',
      critical: true,
      status: 'final',
    });
    expect(rowOf('PLT')).toMatchObject({ value: '412', unit: '10^3/\u00b5L', range: '150 - 400', flag: 'H' });
    expect(rowOf('UNIT')).toMatchObject({ value: 'pos', range: 'neg', status: 'final' });
    expect(rowOf('CTDNA-EGFR')?.value).toBe('EGFR NM_005228.5:c.2573T>G VAF 3.4%; Pathogenic (L858R)');
  });

  it('marks the corrected sodium with both values, when each was reported, and why', () => {
    expect(rowOf('NA')).toMatchObject({
      value: '138',
      status: 'corrected',
      correction: {
        previousValue: '183',
        previousReleasedAt: new Date('2026-03-02T09:00:00Z'),
        correctedAt: new Date('2026-03-02T10:00:00Z'),
        reason: 'transcription error: 138 keyed as 183',
      },
    });
  });

  it('does not print a result still in review, and lists tests not yet resulted', () => {
    expect(rowOf('CREA')).toMatchObject({ status: 'in-review' });
    expect(rowOf('CREA')?.value).toBeUndefined();
    expect(rowOf('CTDNA-KRAS')).toMatchObject({ status: 'pending' });
  });

  it('logs the critical call: who was told, read-back, and each attempt', () => {
    expect(report.document.criticalCalls).toEqual([
      expect.objectContaining({
        test: 'Potassium',
        value: '6.4 mmol/L',
        notified: 'RN Jamie Park (nurse)',
        readBack: true,
        attempts: [
          expect.objectContaining({ reached: 'no answer (ward 4B)' }),
          expect.objectContaining({ reached: 'RN Jamie Park', outcome: 'read-back confirmed' }),
        ],
      }),
    ]);
  });

  it('an order report covers that order only', async () => {
    const one = await orderReport(lab, mls, day.orderId, settings);
    expect(one.document.title).toBe('Laboratory report');
    expect(one.document.orders.map((o) => o.orderNumber)).toEqual([day.orderNumber]);
  });
});

describe('the PDF', () => {
  it('is a PDF whose text carries the required content, times in the lab time zone', () => {
    expect(report.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'Riverside General Hospital Clinical Laboratory',
      '1200 River Road, Building C',
      'CLIA 14D0999999',
      'Report date: 2026-03-02 10:30 CST',
      'OKAFOR, Adaeze Grace',
      'MRN-31415',
      'Plasma (lithium heparin tube)',
      'collected 2026-03-02 02:05 CST',
      'Previously reported: 183 mmol/L on 2026-03-02 03:00 CST',
      'Reason: transcription error: 138 keyed as 183',
      'CORRECTED',
      'Critical value notification log',
      'read-back confirmed',
      'Page 1 of',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('page 1 renders to a full Letter page with ink in the header and the results', () => {
    execFileSync('pdftoppm', [
      '-f',
      '1',
      '-l',
      '1',
      '-r',
      '100',
      '-png',
      '-singlefile',
      pdfFile,
      path.join(out, 'page1'),
    ]);
    const png = readFileSync(path.join(out, 'page1.png'));
    // The PNG header: 8 signature bytes, then IHDR with width and height.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([850, 1100]);
    expect(statSync(path.join(out, 'page1.png')).size).toBeGreaterThan(30_000);

    execFileSync('pdftoppm', [
      '-f',
      '1',
      '-l',
      '1',
      '-r',
      '50',
      '-gray',
      '-singlefile',
      pdfFile,
      path.join(out, 'page1'),
    ]);
    const pgm = readFileSync(path.join(out, 'page1.pgm'));
    const [, width = 0, height = 0] =
      /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 32))?.map(Number) ?? [];
    const pixels = pgm.subarray(pgm.length - width * height);
    const ink = (top: number, bottom: number) => {
      const band = pixels.subarray(Math.floor(top * height) * width, Math.floor(bottom * height) * width);
      return band.filter((p) => p < 160).length / band.length;
    };
    expect(ink(0, 0.12)).toBeGreaterThan(0.01); // laboratory, title and patient box
    expect(ink(0.2, 0.9)).toBeGreaterThan(0.02); // the results tables
    expect(ink(0, 1)).toBeLessThan(0.3); // not a black page
  });
});
