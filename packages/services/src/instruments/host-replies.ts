import type { AstmPriority } from '@aliquot/codecs/astm';
import {
  AstmSex,
  buildAstmNoInformationReply,
  buildAstmQueryResponse,
  buildAstmWorklist,
  printAstmMessage,
  type AstmPatientOrders,
} from '@aliquot/codecs/astm';
import { formatHl7DateTime, Hl7Message, Msh, newControlId } from '@aliquot/codecs/hl7v2';
import type { Priority } from '@aliquot/domain';
import type { InstrumentQuery } from './instrument-message.js';
import type { PendingWork } from './pending-tests.js';

/** What the host calls itself in the messages it sends (ASTM H-5, HL7 MSH-3). */
export const HOST_NAME = 'ALIQUOT';

const two = (n: number): string => String(n).padStart(2, '0');

/** The host's local time as ASTM writes it, `YYYYMMDDHHMMSS`. */
export function astmNow(now: Date): string {
  return `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

const ASTM_PRIORITY: Readonly<Record<Priority, AstmPriority>> = { stat: 'S', asap: 'A', routine: 'R' };
const ASTM_SEX = { female: AstmSex.female, male: AstmSex.male, unknown: AstmSex.unknown } as const;

function astmPatientOrders(work: PendingWork, instrumentSpecimenId?: readonly string[]): AstmPatientOrders {
  return {
    patient: {
      practicePatientId: work.patient.mrn,
      name: { last: work.patient.familyName, first: work.patient.givenName },
      birthDate: work.patient.birthDate.replaceAll('-', ''),
      sex: ASTM_SEX[work.patient.clinicalSex],
    },
    orders: [
      {
        specimenId: work.accession,
        ...(instrumentSpecimenId && instrumentSpecimenId.length > 0
          ? { instrumentSpecimenId: [...instrumentSpecimenId] }
          : {}),
        tests: work.tests.map((t) => t.instrumentTestCode),
        priority: ASTM_PRIORITY[work.priority],
        specimenDescriptor: work.specimenType,
      },
    ],
  };
}

/**
 * The reply to an ASTM host query: H, then P and O (action N, report type Q) for each specimen with
 * tests pending on this instrument, then L; or H and L with code I when none has any.
 * @see CLSI LIS2-A2 host query; L-3 I "no information available from last query"
 */
export function buildAstmQueryAnswer(
  queries: readonly { readonly query: InstrumentQuery; readonly work: PendingWork | undefined }[],
  receiver: string,
  now: Date,
): string {
  const header = { dateTime: astmNow(now), sender: HOST_NAME, ...(receiver ? { receiver } : {}) };
  const patients = queries
    .filter((q) => q.work !== undefined && q.work.tests.length > 0)
    .map((q) => astmPatientOrders(q.work as PendingWork, q.query.rangeComponents.slice(2)));
  const message =
    patients.length === 0
      ? buildAstmNoInformationReply({ header })
      : buildAstmQueryResponse({ header, patients });
  return printAstmMessage(message, { terminator: '\r' });
}

/** An order download the host sends unasked (O-26 report type O). */
export function buildAstmWorklistText(work: readonly PendingWork[], receiver: string, now: Date): string {
  const header = { dateTime: astmNow(now), sender: HOST_NAME, ...(receiver ? { receiver } : {}) };
  return printAstmMessage(buildAstmWorklist({ header, patients: work.map((w) => astmPatientOrders(w)) }), {
    terminator: '\r',
  });
}

const HL7_PRIORITY: Readonly<Record<Priority, string>> = { stat: 'S', asap: 'A', routine: 'R' };
const HL7_SEX = { female: 'F', male: 'M', unknown: 'U' } as const;

function header(
  type: string,
  receiver: { app: string; facility: string },
  now: Date,
  copyFrom?: Msh,
): Hl7Message {
  const message = Hl7Message.create();
  const h = message.header;
  h.set(3, HOST_NAME);
  if (receiver.app) h.set(5, receiver.app);
  if (receiver.facility) h.set(6, receiver.facility);
  h.set(7, formatHl7DateTime(now));
  type.split('^').forEach((part, i) => h.set({ field: 9, component: i + 1 }, part));
  h.set(10, newControlId(now));
  h.set(11, copyFrom?.processingId || 'P');
  h.set(12, copyFrom?.version || '2.5.1');
  if (copyFrom?.characterSet) h.set(18, copyFrom.characterSet);
  return message;
}

function addOrders(message: Hl7Message, work: PendingWork, orderControl: string): void {
  const pid = message.appendSegment('PID');
  pid.set(1, '1');
  pid.set(3, work.patient.mrn);
  pid.set({ field: 5, component: 1 }, work.patient.familyName);
  pid.set({ field: 5, component: 2 }, work.patient.givenName);
  pid.set(7, work.patient.birthDate.replaceAll('-', ''));
  pid.set(8, HL7_SEX[work.patient.clinicalSex]);
  work.tests.forEach((test, i) => {
    const orc = message.appendSegment('ORC');
    orc.set(1, orderControl);
    orc.set(2, work.accession);
    const obr = message.appendSegment('OBR');
    obr.set(1, String(i + 1));
    obr.set(2, work.accession);
    obr.set({ field: 4, component: 1 }, test.instrumentTestCode);
    obr.set(5, HL7_PRIORITY[work.priority]);
  });
  const spm = message.appendSegment('SPM');
  spm.set(1, '1');
  spm.set({ field: 2, component: 1 }, work.accession);
  spm.set({ field: 4, component: 1 }, work.specimenType);
  spm.set(11, 'P');
}

/**
 * The response to a QBP^Q11 work-order query: RSP^K11 with MSA AA, QAK (OK when orders follow, NF
 * when none), the QPD echoed, and the pending orders (PID, ORC/OBR per test, SPM).
 * @see HL7 v2.5.1 chapter 5.3 (query response), IHE LAW WOS query
 */
export function buildHl7QueryResponse(
  query: Hl7Message,
  work: PendingWork | undefined,
  now: Date,
): Hl7Message {
  const msh = new Msh(query.header);
  const message = header(
    'RSP^K11^RSP_K11',
    { app: msh.sendingApplication?.namespaceId ?? '', facility: msh.sendingFacility?.namespaceId ?? '' },
    now,
    msh,
  );
  const msa = message.appendSegment('MSA');
  msa.set(1, 'AA');
  msa.set(2, msh.controlId);
  const qpd = query.segment('QPD');
  const found = work !== undefined && work.tests.length > 0;
  const qak = message.appendSegment('QAK');
  qak.set(1, qpd?.value(2) ?? '');
  qak.set(2, found ? 'OK' : 'NF');
  if (qpd) {
    qak.setRaw(3, qpd.raw(1));
    const echo = message.appendSegment('QPD');
    for (let f = 1; f <= qpd.fieldCount; f++) echo.setRaw(f, qpd.raw(f));
  }
  if (found) addOrders(message, work, 'NW');
  return message;
}

/** A work order pushed to an HL7 instrument: OML^O21 with the specimen's pending tests. */
export function buildHl7Worklist(work: PendingWork, receiver: string, now: Date): Hl7Message {
  const message = header('OML^O21^OML_O21', { app: receiver, facility: '' }, now);
  addOrders(message, work, 'NW');
  return message;
}
