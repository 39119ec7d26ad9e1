import { Hl7Message, formatHl7DateTime, type Hl7Segment } from '@aliquot/codecs/hl7v2';

/**
 * What an HL7 analyzer sends, built with the codec (IHE Laboratory Analytical Workflow shapes):
 *
 * - **OUL^R22**: MSH, PID (unless a control), SPM (SPM-2 the tube, SPM-4 its type, SPM-11 `P` or `Q`),
 *   then per test an OBR (OBR-2 the tube, OBR-4 the test, OBR-7 when) with its OBX (OBX-2 value type,
 *   OBX-3 the test, OBX-5 value, OBX-6 unit, OBX-8 flags, OBX-11 `F`, OBX-14 when, OBX-16 operator,
 *   OBX-18 equipment, OBX-19 analysis time) and NTE for alarms;
 * - **QBP^Q11**: the work-order query for a tube (`QPD|WOS^Work Order Step^IHE_LABTF|tag|SID`, RCP).
 * @see HL7 v2.5.1 chapter 7.3.5 OUL^R22, 5.4 QBP; IHE LAW profile
 */

export interface Hl7ResultLine {
  /** The analyzer's code for the test (OBX-3.1, OBR-4.1). */
  readonly code: string;
  /** OBX-3.2; the code unless set. */
  readonly codeName?: string;
  /** OBX-3.3; `L` (local) unless set. */
  readonly codeSystem?: string;
  /** OBX-5, already in HL7 form (`2.41`, or `>^750` for SN). */
  readonly value: string;
  /** OBX-2; NM unless set. */
  readonly valueType?: string;
  readonly unit?: string;
  /** OBX-8, one per repetition: interpretation and the analyzer's alarms. */
  readonly flags?: readonly string[];
}

export interface Hl7PatientFields {
  readonly id: string;
  readonly familyName?: string;
  readonly givenName?: string;
  /** YYYY-MM-DD */
  readonly birthDate?: string;
  readonly sex?: 'M' | 'F' | 'U';
}

export interface OulInput {
  /** MSH-3. */
  readonly sender: string;
  /** MSH-4; `LAB` unless set. */
  readonly facility?: string;
  readonly controlId: string;
  readonly at: Date;
  readonly specimenId: string;
  /** SPM-4; none unless set. */
  readonly specimenType?: string;
  readonly qualityControl?: boolean;
  readonly patient?: Hl7PatientFields;
  /** OBX-16: ID and name. */
  readonly operator?: readonly [string, string];
  /** OBX-18 components (equipment ID, serial…). */
  readonly equipment?: readonly string[];
  readonly lines: readonly Hl7ResultLine[];
}

function header(
  sender: string,
  facility: string,
  type: string,
  controlId: string,
  at: Date,
  qc: boolean,
): Hl7Message {
  const m = Hl7Message.create();
  m.set('MSH-3', sender);
  m.set('MSH-4', facility);
  m.set('MSH-5', 'ALIQUOT');
  m.set('MSH-6', 'LAB');
  m.set('MSH-7', formatHl7DateTime(at));
  m.setRaw('MSH-9', type);
  m.set('MSH-10', controlId);
  m.set('MSH-11', qc ? 'T' : 'P');
  m.set('MSH-12', '2.5.1');
  return m;
}

function components(seg: Hl7Segment, field: number, values: readonly (string | undefined)[]): void {
  values.forEach((v, i) => {
    if (v !== undefined && v !== '') seg.set({ field, component: i + 1 }, v);
  });
}

/** OUL^R22 for one tube or control. */
export function buildOul(input: OulInput): Hl7Message {
  const qc = input.qualityControl === true;
  const m = header(
    input.sender,
    input.facility ?? 'LAB',
    'OUL^R22^OUL_R22',
    input.controlId,
    input.at,
    false,
  );
  const at = formatHl7DateTime(input.at);
  const p = input.patient;
  if (p && !qc) {
    const pid = m.appendSegment('PID');
    pid.set(1, '1');
    pid.set({ field: 3, component: 1 }, p.id);
    components(pid, 5, [p.familyName, p.givenName]);
    if (p.birthDate) pid.set(7, p.birthDate.replaceAll('-', ''));
    if (p.sex) pid.set(8, p.sex);
  }
  const spm = m.appendSegment('SPM');
  spm.set(1, '1');
  spm.set({ field: 2, component: 1 }, input.specimenId);
  if (input.specimenType) spm.set(4, input.specimenType);
  spm.set(11, qc ? 'Q' : 'P');
  input.lines.forEach((line, i) => {
    const code = [line.code, line.codeName ?? line.code, line.codeSystem ?? 'L'];
    const obr = m.appendSegment('OBR');
    obr.set(1, String(i + 1));
    obr.set(2, input.specimenId);
    components(obr, 4, code);
    obr.set(7, at);
    const obx = m.appendSegment('OBX');
    obx.set(1, '1');
    obx.set(2, line.valueType ?? 'NM');
    components(obx, 3, code);
    obx.setRaw(5, line.value);
    if (line.unit) obx.set(6, line.unit);
    (line.flags ?? []).forEach((flag, n) => obx.set({ field: 8, repetition: n + 1 }, flag));
    obx.set(11, 'F');
    obx.set(14, at);
    if (input.operator) components(obx, 16, input.operator);
    if (input.equipment) components(obx, 18, input.equipment);
    obx.set(19, at);
  });
  return m;
}

/** QBP^Q11: what should be run on this tube? Answered by RSP^K11 with an OBR per test. */
export function buildWorkOrderQuery(input: {
  readonly sender: string;
  readonly facility?: string;
  readonly controlId: string;
  readonly queryTag: string;
  readonly specimenId: string;
  readonly at: Date;
}): Hl7Message {
  const m = header(
    input.sender,
    input.facility ?? 'LAB',
    'QBP^Q11^QBP_Q11',
    input.controlId,
    input.at,
    false,
  );
  const qpd = m.appendSegment('QPD');
  components(qpd, 1, ['WOS', 'Work Order Step', 'IHE_LABTF']);
  qpd.set(2, input.queryTag);
  qpd.set(3, input.specimenId);
  const rcp = m.appendSegment('RCP');
  rcp.set(1, 'I');
  rcp.set(3, 'R');
  return m;
}
