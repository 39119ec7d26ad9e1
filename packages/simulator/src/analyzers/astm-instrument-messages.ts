import {
  AstmRecord,
  AstmRecordType,
  assembleAstmDocument,
  astmTestIdComponents,
  formatAstmDateTime,
  type AstmFieldInput,
  type AstmMessage,
} from '@aliquot/codecs/astm';
import type { SerumIndices } from '../faults/specimen-faults.js';
import { instrumentTestCode, type AnalyzerProfile } from './analyzer-profile.js';
import type { Measurement } from './measurement.js';

/**
 * What the virtual analyzers send over ASTM, built with the codec's records: a host query for a tube
 * (H, Q, L) and a result message (H, P, O, R, C…, L). The dialect, which a real instrument's host
 * manual would spell out:
 *
 * - H-5 `senderId^1.0`; H-12 `P` (or `Q` for quality control); H-13 `LIS2-A2`.
 * - O-3 the tube's barcode; O-12 `Q` for a control tube; O-26 `F`.
 * - R-3 `^^^code`, with the dilution factor as component 5 and the replicate as component 6 when
 *   the tube was diluted or rerun (`^^^GLU^10^2`);
 *   R-4 the value (`>750` beyond the measuring range); R-7 `>` or `<` beyond it; R-9 `F`;
 *   R-13 when measured; R-14 the analyzer's code.
 * - Analyzer alarms follow their result as `C|n|I|FLAG^text|I` (CLOT, SHORT-SAMPLE, BUBBLE,
 *   ABOVE-LINEARITY, BLASTS, NRBC…).
 * - Serum indices are results of their own, with the codes in `serumIndexCodes` (H, I, L).
 * @see CLSI LIS2-A2; shared/domain/interfaces.md §2
 */

/** Instrument codes of the serum-index results a chemistry analyzer sends. */
export const SERUM_INDEX_CODES = { hemolysis: 'H', icterus: 'I', lipemia: 'L' } as const;

const FLAG_TEXT: Readonly<Record<string, string>> = {
  CLOT: 'Clot detected',
  'SHORT-SAMPLE': 'Short sample',
  BUBBLE: 'Bubble detected',
  'ABOVE-LINEARITY': 'Above linearity',
  BLASTS: 'Blasts?',
  NRBC: 'NRBC present',
};

/** A local timestamp, as an instrument's clock gives it (no zone). */
export function astmTimestamp(at: Date): string {
  return formatAstmDateTime({
    year: at.getFullYear(),
    month: at.getMonth() + 1,
    day: at.getDate(),
    hour: at.getHours(),
    minute: at.getMinutes(),
    second: at.getSeconds(),
  });
}

function header(profile: AnalyzerProfile, at: Date, qc = false): AstmRecord {
  return AstmRecord.build(AstmRecordType.header, [
    null,
    null,
    null,
    [profile.senderId, '1.0'],
    null,
    null,
    null,
    null,
    'ALIQUOT',
    null,
    qc ? 'Q' : 'P',
    'LIS2-A2',
    astmTimestamp(at),
  ]);
}

const terminator = (): AstmRecord => AstmRecord.build(AstmRecordType.terminator, [1, 'N']);

function single(records: AstmRecord[]): AstmMessage {
  const message = assembleAstmDocument(records).messages[0];
  if (!message) throw new Error('a built message always has a header');
  return message;
}

/** The host query an analyzer sends after reading a tube's barcode: H, Q (`^SID`, all tests, O), L. */
export function buildAstmHostQuery(profile: AnalyzerProfile, specimenId: string, at: Date): AstmMessage {
  return single([
    header(profile, at),
    AstmRecord.build(AstmRecordType.query, [
      1,
      ['', specimenId],
      null,
      'ALL',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      'O',
    ]),
    terminator(),
  ]);
}

export interface AstmPatientInfo {
  readonly id: string;
  readonly familyName: string;
  readonly givenName: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: 'M' | 'F' | 'U';
}

export interface AstmResultReport {
  readonly specimenId: string;
  readonly patient?: AstmPatientInfo;
  readonly qualityControl?: boolean;
  readonly measurements: readonly Measurement[];
  readonly serumIndices?: SerumIndices;
  /** Extra alarms on the whole tube (BLASTS from the haematology channel). */
  readonly specimenFlags?: readonly string[];
  readonly measuredAt: Date;
}

function valueText(m: Measurement): string {
  switch (m.value.kind) {
    case 'numeric':
      return `${m.value.comparator ?? ''}${m.value.value}`;
    case 'coded':
      return m.value.code;
    case 'variant':
      return `${m.value.gene}^${m.value.hgvs}^${m.value.alleleFraction}`;
    case 'no-variant':
      return 'NEG';
    default:
      return m.value satisfies never;
  }
}

/** A result message for one tube: patient results or, with `qualityControl`, a control's. */
export function buildAstmResultMessage(profile: AnalyzerProfile, report: AstmResultReport): AstmMessage {
  const at = astmTimestamp(report.measuredAt);
  const records: AstmRecord[] = [header(profile, report.measuredAt, report.qualityControl)];
  const p = report.patient;
  records.push(
    AstmRecord.build(AstmRecordType.patient, [
      1,
      p?.id,
      null,
      null,
      p ? [p.familyName, p.givenName] : null,
      null,
      p ? p.birthDate.replaceAll('-', '') : null,
      p?.sex,
    ]),
  );
  const tests = report.measurements.map((m) => astmTestIdComponents(instrumentTestCode(profile, m.testCode)));
  const orderFields: AstmFieldInput[] = [
    1,
    report.specimenId,
    null,
    tests.length === 1 ? tests[0] : tests,
    'R',
  ];
  orderFields.push(null, null, null, null, null, report.qualityControl ? 'Q' : 'N');
  orderFields.push(...new Array<AstmFieldInput>(13).fill(null), 'F');
  records.push(AstmRecord.build(AstmRecordType.order, orderFields));
  let sequence = 0;
  const result = (
    code: string,
    value: string,
    unit: string | undefined,
    flag: string | undefined,
    extra: (string | number)[] = [],
  ): void => {
    records.push(
      AstmRecord.build(AstmRecordType.result, [
        ++sequence,
        astmTestIdComponents(code, extra),
        value,
        unit,
        null,
        flag,
        null,
        'F',
        null,
        null,
        null,
        at,
        profile.code,
      ]),
    );
  };
  for (const m of report.measurements) {
    const flag = m.value.kind === 'numeric' ? m.value.comparator : undefined;
    result(
      instrumentTestCode(profile, m.testCode),
      valueText(m),
      m.unit,
      flag,
      m.replicate > 1 ? [m.dilution, m.replicate] : m.dilution > 1 ? [m.dilution] : [],
    );
    m.flags.forEach((f, i) =>
      records.push(AstmRecord.build(AstmRecordType.comment, [i + 1, 'I', [f, FLAG_TEXT[f] ?? f], 'I'])),
    );
  }
  if (report.serumIndices) {
    const s = report.serumIndices;
    result(SERUM_INDEX_CODES.hemolysis, String(s.hemolysis), 'mg/dL', undefined);
    result(SERUM_INDEX_CODES.icterus, String(s.icterus), 'mg/dL', undefined);
    result(SERUM_INDEX_CODES.lipemia, String(s.lipemia), 'mg/dL', undefined);
  }
  (report.specimenFlags ?? []).forEach((f, i) =>
    records.push(AstmRecord.build(AstmRecordType.comment, [i + 1, 'I', [f, FLAG_TEXT[f] ?? f], 'I'])),
  );
  records.push(terminator());
  return single(records);
}
