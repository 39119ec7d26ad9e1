import { Hl7Message, formatHl7DateTime, type Hl7Segment } from '@aliquot/codecs/hl7v2';
import { buildOul, buildWorkOrderQuery } from './hl7-result-builder.js';
import { instrumentTestCode, type AnalyzerProfile } from './analyzer-profile.js';
import type { AstmPatientInfo } from './astm-instrument-messages.js';
import type { Measurement } from './measurement.js';

/**
 * What the virtual HL7 analyzers send over MLLP:
 *
 * - Immunoassay: a QBP^Q11 work-order query per tube and **OUL^R22** results, in the shapes of
 *   `hl7-result-builder.ts`: OBX-3 `code^code^99SIM`, OBX-2 NM (SN `>^750` beyond the measuring range),
 *   OBX-8 `>`/`<`, OBX-18 the analyzer's code, alarms as NTEs after their OBX.
 * - Molecular (ctDNA): **ORU^R01** with an OBR per gene test and a genomics group per finding:
 *   OBX sub-ID 1 with LOINC 48018-6 gene (CWE, HGNC), 48004-6 DNA change (CWE, HGVS c.), 48005-3
 *   amino-acid change, 81258-6 allele fraction (NM); or 48018-6 with 69548-6 `Absent`.
 * @see HL7 v2.5.1 chapter 7.3.5 (OUL^R22), 7.3.1 (ORU^R01); HL7 v2 Clinical Genomics IG (LOINC panels)
 */

let counter = 0;
function controlId(profile: AnalyzerProfile, at: Date): string {
  counter = (counter + 1) % 100000;
  return `${profile.senderId}-${at.getTime().toString(36)}-${counter}`;
}

function header(profile: AnalyzerProfile, type: string, at: Date, qc: boolean): Hl7Message {
  const m = Hl7Message.create();
  m.set('MSH-3', profile.senderId);
  m.set('MSH-4', 'LAB');
  m.set('MSH-5', 'ALIQUOT');
  m.set('MSH-6', 'LAB');
  m.set('MSH-7', formatHl7DateTime(at));
  m.setRaw('MSH-9', type);
  m.set('MSH-10', controlId(profile, at));
  m.set('MSH-11', qc ? 'T' : 'P');
  m.set('MSH-12', '2.5.1');
  return m;
}

function patient(m: Hl7Message, p: AstmPatientInfo | undefined): void {
  const pid = m.appendSegment('PID');
  pid.set(1, '1');
  if (!p) return;
  pid.set({ field: 3, component: 1 }, p.id);
  pid.set({ field: 5, component: 1 }, p.familyName);
  pid.set({ field: 5, component: 2 }, p.givenName);
  pid.set(7, p.birthDate.replaceAll('-', ''));
  pid.set(8, p.sex);
}

export interface Hl7ResultReport {
  readonly specimenId: string;
  readonly patient?: AstmPatientInfo;
  readonly qualityControl?: boolean;
  readonly measurements: readonly Measurement[];
  readonly measuredAt: Date;
}

function observation(
  m: Hl7Message,
  setId: number,
  code: readonly [string, string, string],
  type: string,
  value: string,
  at: string,
  profile: AnalyzerProfile,
  subId?: string,
): Hl7Segment {
  const obx = m.appendSegment('OBX');
  obx.set(1, String(setId));
  obx.set(2, type);
  obx.set({ field: 3, component: 1 }, code[0]);
  obx.set({ field: 3, component: 2 }, code[1]);
  obx.set({ field: 3, component: 3 }, code[2]);
  if (subId) obx.set(4, subId);
  obx.setRaw(5, value);
  obx.set(11, 'F');
  obx.set(14, at);
  obx.set(18, profile.code);
  return obx;
}

/** OUL^R22 for one tube (or one control) from an immunoassay analyzer, in the shape of `buildOul`. */
export function buildOulR22(profile: AnalyzerProfile, report: Hl7ResultReport): Hl7Message {
  const p = report.patient;
  return buildOul({
    sender: profile.senderId,
    controlId: controlId(profile, report.measuredAt),
    at: report.measuredAt,
    specimenId: report.specimenId,
    ...(report.qualityControl ? { qualityControl: true } : {}),
    ...(p
      ? {
          patient: {
            id: p.id,
            familyName: p.familyName,
            givenName: p.givenName,
            birthDate: p.birthDate,
            sex: p.sex,
          },
        }
      : {}),
    equipment: [profile.code],
    lines: report.measurements.map((meas) => {
      const v = meas.value;
      const comparator = v.kind === 'numeric' ? v.comparator : undefined;
      return {
        code: instrumentTestCode(profile, meas.testCode),
        codeSystem: '99SIM',
        value: v.kind !== 'numeric' ? '' : comparator ? `${comparator}^${v.value}` : String(v.value),
        valueType: comparator ? 'SN' : 'NM',
        ...(meas.unit ? { unit: meas.unit } : {}),
        // OBX-8 carries the off-scale comparator and the analyzer's alarms (table 0078 is extensible).
        ...(comparator || meas.flags.length > 0
          ? { flags: [...(comparator ? [comparator] : []), ...meas.flags] }
          : {}),
      };
    }),
  });
}

/** The QBP^Q11 work-order query an HL7 analyzer sends for a tube. */
export function buildAnalyzerWorkOrderQuery(
  profile: AnalyzerProfile,
  specimenId: string,
  at: Date,
): Hl7Message {
  return buildWorkOrderQuery({
    sender: profile.senderId,
    controlId: controlId(profile, at),
    queryTag: `Q${controlId(profile, at)}`,
    specimenId,
    at,
  });
}

/** ORU^R01 for one plasma specimen from the ctDNA analyzer: one OBR per gene, findings as OBX groups. */
export function buildCtdnaOruR01(profile: AnalyzerProfile, report: Hl7ResultReport): Hl7Message {
  const m = header(profile, 'ORU^R01^ORU_R01', report.measuredAt, report.qualityControl === true);
  patient(m, report.patient);
  const at = formatHl7DateTime(report.measuredAt);
  report.measurements.forEach((meas, i) => {
    const orc = m.appendSegment('ORC');
    orc.set(1, 'RE');
    orc.set(3, report.specimenId);
    const obr = m.appendSegment('OBR');
    obr.set(1, String(i + 1));
    obr.set(3, report.specimenId);
    obr.set({ field: 4, component: 1 }, instrumentTestCode(profile, meas.testCode));
    obr.set({ field: 4, component: 3 }, '99SIM');
    obr.set(25, 'F');
    const v = meas.value;
    switch (v.kind) {
      case 'variant':
        observation(
          m,
          1,
          ['48018-6', 'Gene studied', 'LN'],
          'CWE',
          `${v.gene}^${v.gene}^HGNC`,
          at,
          profile,
          '1',
        );
        observation(
          m,
          2,
          ['48004-6', 'DNA change (c.HGVS)', 'LN'],
          'CWE',
          `${escapeHgvs(v.hgvs)}^^HGVS`,
          at,
          profile,
          '1',
        );
        observation(
          m,
          3,
          ['48005-3', 'Amino acid change (pHGVS)', 'LN'],
          'CWE',
          `${v.protein}^^HGVS`,
          at,
          profile,
          '1',
        );
        observation(
          m,
          4,
          ['81258-6', 'Sample variant allelic frequency', 'LN'],
          'NM',
          String(v.alleleFraction),
          at,
          profile,
          '1',
        );
        break;
      case 'no-variant':
        observation(
          m,
          1,
          ['48018-6', 'Gene studied', 'LN'],
          'CWE',
          `${v.gene}^${v.gene}^HGNC`,
          at,
          profile,
          '1',
        );
        observation(
          m,
          2,
          ['69548-6', 'Genetic variant assessment', 'LN'],
          'CWE',
          'LA9634-2^Absent^LN',
          at,
          profile,
          '1',
        );
        break;
      case 'numeric':
      case 'coded':
        throw new RangeError(`the ctDNA analyzer reports variants, not ${v.kind} values`);
      default:
        v satisfies never;
    }
  });
  return m;
}

/** HGVS uses `>` and `_` freely; only HL7 delimiters need escaping, `^` and `&` never occur in it. */
function escapeHgvs(hgvs: string): string {
  return hgvs.replaceAll('\\', '\\E\\');
}
