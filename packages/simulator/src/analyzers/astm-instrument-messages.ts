import type { AstmMessage } from '@aliquot/codecs/astm';
import type { SerumIndices } from '../faults/specimen-faults.js';
import { instrumentTestCode, type AnalyzerProfile } from './analyzer-profile.js';
import { buildAstmQuery, buildAstmResults, type AstmResultLine } from './astm-result-builder.js';
import type { Measurement } from './measurement.js';

/**
 * What the virtual ASTM analyzers send, in the shared dialect of `astm-result-builder.ts`: a host
 * query per tube, and a result message per tube or control with the value (`>750` beyond the measuring
 * range, R-7 `>`), dilution and replicate in R-3, alarms as C records of type I, and — for chemistry —
 * the serum indices as results of their own (codes H, I, L).
 */

/** Instrument codes of the serum-index results a chemistry analyzer sends. */
export const SERUM_INDEX_CODES = { hemolysis: 'H', icterus: 'I', lipemia: 'L' } as const;

/** The host query an analyzer sends after reading a tube's barcode. */
export function buildAstmHostQuery(profile: AnalyzerProfile, specimenId: string, at: Date): AstmMessage {
  return buildAstmQuery({ sender: profile.senderId, specimenId, at });
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
  readonly measuredAt: Date;
}

/** R-4 as the analyzer writes the value. */
export function measurementText(m: Measurement): string {
  switch (m.value.kind) {
    case 'numeric':
      return `${m.value.comparator ?? ''}${m.value.value}`;
    case 'coded':
      return m.value.code;
    case 'variant':
      return `${m.value.gene} ${m.value.hgvs} ${m.value.alleleFraction}`;
    case 'no-variant':
      return 'NEG';
    default:
      return m.value satisfies never;
  }
}

function line(profile: AnalyzerProfile, m: Measurement): AstmResultLine {
  const comparator = m.value.kind === 'numeric' ? m.value.comparator : undefined;
  const rerun = m.replicate > 1 || m.dilution > 1;
  return {
    code: instrumentTestCode(profile, m.testCode),
    value: measurementText(m),
    ...(m.unit ? { unit: m.unit } : {}),
    ...(comparator ? { flags: [comparator] } : {}),
    ...(rerun ? { dilution: m.dilution, ...(m.replicate > 1 ? { replicate: m.replicate } : {}) } : {}),
    ...(m.flags.length > 0 ? { instrumentFlags: m.flags } : {}),
  };
}

/** A result message for one tube: patient results or, with `qualityControl`, a control's. */
export function buildAstmResultMessage(profile: AnalyzerProfile, report: AstmResultReport): AstmMessage {
  const lines = report.measurements.map((m) => line(profile, m));
  const s = report.serumIndices;
  if (s) {
    lines.push(
      { code: SERUM_INDEX_CODES.hemolysis, value: String(s.hemolysis), unit: 'mg/dL' },
      { code: SERUM_INDEX_CODES.icterus, value: String(s.icterus), unit: 'mg/dL' },
      { code: SERUM_INDEX_CODES.lipemia, value: String(s.lipemia), unit: 'mg/dL' },
    );
  }
  const p = report.patient;
  return buildAstmResults({
    sender: profile.senderId,
    at: report.measuredAt,
    specimenId: report.specimenId,
    ...(p
      ? {
          patient: {
            practiceId: p.id,
            familyName: p.familyName,
            givenName: p.givenName,
            birthDate: p.birthDate,
            sex: p.sex,
          },
        }
      : {}),
    ...(report.qualityControl ? { qualityControl: true } : {}),
    instrument: profile.code,
    lines,
  });
}
