import {
  AstmRecord,
  AstmRecordType,
  assembleAstmDocument,
  astmTestIdComponents,
  formatAstmDateTime,
  type AstmFieldInput,
  type AstmMessage,
} from '@aliquot/codecs/astm';

/**
 * The records an ASTM analyzer sends, in the dialect most instruments share, built with the codec:
 *
 * - H `H|\^&|control||sender^1.0|||||ALIQUOT||P|LIS2-A2|time` (H-12 `Q` for quality control);
 * - Q `Q|1|^SID^rack||ALL||||||||O` (host query for a tube, optionally with its rack position);
 * - P with the patient the instrument knows (P-3 practice ID, P-4 laboratory ID, name, birth, sex);
 * - O `O|1|SID||^^^A\^^^B|R||||||N|…|F` (O-12 `Q` for a control tube, O-26 `F`);
 * - R `R|n|^^^code^dilution^replicate|value|unit||flags||F||operator|started|completed|instrument`,
 *   then its C records (`FLAG^text` of type I for instrument alarms, `LOT^lot` of type G for the
 *   reagent lot) and M records (histograms, scattergrams) as the instrument writes them.
 * @see CLSI LIS2-A2; shared/domain/interfaces.md §2
 */

/** One result as an ASTM analyzer writes it. */
export interface AstmResultLine {
  /** The instrument's own test code (R-3 component 4). */
  readonly code: string;
  /** R-4 as sent: `4.1`, `>750`, `neg`. */
  readonly value: string;
  readonly unit?: string;
  /** R-7 abnormal flags, one per repeat (`H`, `LL`, `>`…). */
  readonly flags?: readonly string[];
  /** R-3 components 5 and 6. */
  readonly dilution?: string | number;
  readonly replicate?: string | number;
  /** R-9; `F` unless set. */
  readonly status?: string;
  /** */
  readonly operator?: string;
  /** Analyzer alarms, each a C record of type I after the result. */
  readonly instrumentFlags?: readonly string[];
  /** A C record `LOT^…` of type G after the result. */
  readonly reagentLot?: string;
  /** M records after the result, each the text after `M|n|`. */
  readonly manufacturer?: readonly string[];
}

/** The patient fields of the P record; only what is given is written. */
export interface AstmPatientFields {
  readonly practiceId?: string;
  readonly laboratoryId?: string;
  readonly familyName?: string;
  readonly givenName?: string;
  /** YYYY-MM-DD */
  readonly birthDate?: string;
  readonly sex?: 'M' | 'F' | 'U';
}

export interface AstmResultsInput {
  /** H-5 component 1: how the instrument names itself. */
  readonly sender: string;
  /** H-3. */
  readonly controlId?: string;
  readonly at: Date;
  readonly specimenId: string;
  readonly patient?: AstmPatientFields;
  readonly qualityControl?: boolean;
  /** R-14; the sender unless set. */
  readonly instrument?: string;
  readonly lines: readonly AstmResultLine[];
  /** Text after `C|1|I|` to add after the last result (whole-tube alarms). */
  readonly specimenComments?: readonly string[];
}

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

/** Drops trailing empty values, so a record ends at its last field with content (`P|1||PID`). */
function trimmed(values: AstmFieldInput[]): AstmFieldInput[] {
  const out = [...values];
  while (
    out.length > 1 &&
    (out[out.length - 1] === null || out[out.length - 1] === undefined || out[out.length - 1] === '')
  ) {
    out.pop();
  }
  return out;
}

function header(sender: string, at: Date, qc: boolean, controlId?: string): AstmRecord {
  return AstmRecord.build(AstmRecordType.header, [
    null,
    controlId,
    null,
    [sender, '1.0'],
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

function single(records: AstmRecord[]): AstmMessage {
  const message = assembleAstmDocument(records).messages[0];
  if (!message) throw new Error('a built message always has a header');
  return message;
}

/** A host query for one tube: H, `Q|1|^SID(^rack)||ALL||||||||O`, L. */
export function buildAstmQuery(input: {
  readonly sender: string;
  readonly specimenId: string;
  readonly rack?: string;
  readonly at: Date;
  readonly controlId?: string;
}): AstmMessage {
  const range: string[] = ['', input.specimenId, ...(input.rack ? input.rack.split('^') : [])];
  return single([
    header(input.sender, input.at, false, input.controlId),
    AstmRecord.build(AstmRecordType.query, [
      1,
      range,
      null,
      'ALL',
      ...new Array<AstmFieldInput>(7).fill(null),
      'O',
    ]),
    AstmRecord.build(AstmRecordType.terminator, [1, 'N']),
  ]);
}

/** A result message for one tube or one control: H, P, O, R with their C and M records, L. */
export function buildAstmResults(input: AstmResultsInput): AstmMessage {
  const stamp = astmTimestamp(input.at);
  const qc = input.qualityControl === true;
  const records: AstmRecord[] = [header(input.sender, input.at, qc, input.controlId)];
  const p = input.patient;
  const name = p?.familyName === undefined ? null : [p.familyName, p.givenName];
  records.push(
    AstmRecord.build(
      AstmRecordType.patient,
      trimmed([
        1,
        p?.practiceId,
        p?.laboratoryId,
        null,
        name,
        null,
        p?.birthDate?.replaceAll('-', ''),
        p?.sex,
      ]),
    ),
  );
  const tests = input.lines.map((l) => astmTestIdComponents(l.code));
  records.push(
    AstmRecord.build(AstmRecordType.order, [
      1,
      input.specimenId,
      null,
      tests.length === 1 ? tests[0] : tests,
      'R',
      ...new Array<AstmFieldInput>(5).fill(null),
      qc ? 'Q' : 'N',
      ...new Array<AstmFieldInput>(13).fill(null),
      'F',
    ]),
  );
  input.lines.forEach((line, i) => {
    // Empty trailing components are dropped when the field is written: `^^^GLU`, `^^^GLU^10`, `^^^GLU^^2`.
    const extra =
      line.dilution === undefined && line.replicate === undefined
        ? []
        : [line.dilution ?? '', line.replicate ?? ''];
    const flags = line.flags ?? [];
    records.push(
      AstmRecord.build(AstmRecordType.result, [
        i + 1,
        astmTestIdComponents(line.code, extra),
        line.value,
        line.unit,
        null,
        flags.length <= 1 ? flags[0] : flags.map((f) => [f]),
        null,
        line.status ?? 'F',
        null,
        line.operator,
        stamp,
        stamp,
        input.instrument ?? input.sender,
      ]),
    );
    let c = 0;
    for (const flag of line.instrumentFlags ?? []) {
      records.push(
        AstmRecord.build(AstmRecordType.comment, [
          ++c,
          'I',
          [flag, FLAG_TEXT[flag] ?? 'instrument flag'],
          'I',
        ]),
      );
    }
    if (line.reagentLot)
      records.push(AstmRecord.build(AstmRecordType.comment, [++c, 'I', ['LOT', line.reagentLot], 'G']));
    (line.manufacturer ?? []).forEach((m, j) => records.push(AstmRecord.parse(`M|${j + 1}|${m}`)));
  });
  (input.specimenComments ?? []).forEach((text, i) => records.push(AstmRecord.parse(`C|${i + 1}|I|${text}`)));
  records.push(AstmRecord.build(AstmRecordType.terminator, [1, 'N']));
  return single(records.map((r) => r.withTerminator('\r')));
}

/** What an analyzer writes beside its alarm codes. */
const FLAG_TEXT: Readonly<Record<string, string>> = {
  CLOT: 'Clot detected',
  'SHORT-SAMPLE': 'Short sample',
  BUBBLE: 'Bubble detected',
  'ABOVE-LINEARITY': 'Above linearity',
  BLASTS: 'Blasts?',
  NRBC: 'NRBC present',
};
