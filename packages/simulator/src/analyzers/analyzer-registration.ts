import { instrumentTestCode, type AnalyzerProfile } from './analyzer-profile.js';
import { SERUM_INDEX_CODES } from './astm-instrument-messages.js';

/** The registry entry that makes a virtual analyzer known to Aliquot (POST /api/instruments). */
export interface AnalyzerRegistration {
  readonly code: string;
  readonly name: string;
  readonly protocol: 'astm' | 'hl7';
  /** Aliquot listens; the analyzer connects to its shared ASTM or MLLP port. */
  readonly transport: 'tcp-server';
  readonly senderIds: readonly string[];
  readonly qcPatterns: readonly string[];
  readonly queryTimeoutMs: number;
  /** The codes of the serum-index results a chemistry analyzer sends (ASTM: H, I, L). */
  readonly serumIndexCodes?: typeof SERUM_INDEX_CODES;
  readonly testCodes: readonly { readonly instrumentCode: string; readonly testCode: string }[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern that recognises the analyzer's control tubes: its QC specimen ID with any level. */
export function qcPattern(profile: AnalyzerProfile): string {
  const [before = '', after = ''] = profile.qc.specimenId.split('{level}');
  return `^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`;
}

export function analyzerRegistration(profile: AnalyzerProfile): AnalyzerRegistration {
  return {
    code: profile.code,
    name: profile.name,
    protocol: profile.protocol,
    transport: 'tcp-server',
    senderIds: [profile.senderId],
    qcPatterns: [qcPattern(profile)],
    queryTimeoutMs: 10_000,
    ...(profile.kind === 'chemistry' && profile.protocol === 'astm'
      ? { serumIndexCodes: SERUM_INDEX_CODES }
      : {}),
    testCodes: profile.tests.map((test) => ({
      instrumentCode: instrumentTestCode(profile, test),
      testCode: test,
    })),
  };
}
