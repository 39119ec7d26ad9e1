import {
  hl7DateTimeToIso,
  labMessageKind,
  LabMessageKind,
  Msh,
  parseHl7DateTime,
  readLabOrders,
  readOulR22,
  readQuery,
  tryParseHl7Message,
  type Hl7Message,
  type LabObservation,
  type Obr,
  type Orc,
  type Spm,
} from '@aliquot/codecs/hl7v2';
import type { CodedValue, NumericValue, TextValue } from '@aliquot/domain';
import {
  DecodedKind,
  type DecodeProblem,
  type DecodedInstrumentMessage,
  type InstrumentObservation,
  type InstrumentQuery,
} from './instrument-message.js';

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** OBX-11 codes that carry no value to record. @see HL7 table 0085 */
const NO_VALUE_STATUS = new Set(['X', 'D', 'W', 'I', 'N', 'O']);

function hl7Date(text: string): Date | undefined {
  const dt = parseHl7DateTime(text);
  if (!dt || dt.day === undefined) return undefined;
  const date = new Date(hl7DateTimeToIso(dt));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

type ObxValue = NumericValue | TextValue | CodedValue | undefined;

/** Reads OBX-5 the way OBX-2 says. @see HL7 v2.5.1 chapter 7.4.2.2 OBX-2 value type */
export function readValue(obs: LabObservation, where: string, errors: DecodeProblem[]): ObxValue {
  const obx = obs.obx;
  if (obx.segment.raw(5) === '') return undefined;
  const type = obx.valueType.toUpperCase();
  switch (type) {
    case 'NM': {
      const text = obx.value.trim();
      if (!NUMBER.test(text)) {
        errors.push({
          location: `${where}-5`,
          message: `"${obx.value}" is not a number, as OBX-2 NM says it is`,
        });
        return undefined;
      }
      return { kind: 'numeric', value: Number(text) };
    }
    case 'SN': {
      const sn = obx.structuredNumeric;
      if (!sn) return undefined;
      if (sn.separatorOrSuffix === '' && NUMBER.test(sn.num1)) {
        const comparator = sn.comparator === '' || sn.comparator === '=' ? undefined : sn.comparator;
        if (comparator !== undefined && !['<', '<=', '>', '>='].includes(comparator)) {
          errors.push({ location: `${where}-5`, message: `unknown comparator "${comparator}" in SN` });
          return undefined;
        }
        return comparator === undefined
          ? { kind: 'numeric', value: Number(sn.num1) }
          : {
              kind: 'numeric',
              value: Number(sn.num1),
              comparator: comparator as NumericValue['comparator'] & string,
            };
      }
      return { kind: 'text', text: `${sn.comparator}${sn.num1}${sn.separatorOrSuffix}${sn.num2}` };
    }
    case 'CE':
    case 'CWE':
    case 'CNE':
    case 'CF': {
      const coded = obx.codedValue;
      if (!coded) return undefined;
      return {
        kind: 'coded',
        code: coded.identifier || coded.text,
        ...(coded.text ? { display: coded.text } : {}),
        ...(coded.codingSystem ? { system: coded.codingSystem } : {}),
      };
    }
    default:
      return { kind: 'text', text: obx.values.join('\n') };
  }
}

/** The specimen an order's results are for: SPM-2, else the filler or placer order number. */
function specimenIdOf(spm: Spm | undefined, obr: Obr | undefined, orc: Orc | undefined): string {
  return (
    spm?.placerSpecimenId?.entityId ||
    spm?.fillerSpecimenId?.entityId ||
    obr?.fillerOrderNumber?.entityId ||
    obr?.placerOrderNumber?.entityId ||
    orc?.fillerOrderNumber?.entityId ||
    orc?.placerOrderNumber?.entityId ||
    ''
  );
}

function readObservation(
  message: Hl7Message,
  obs: LabObservation,
  context: { specimenId: string; markedQc: boolean; obrTime: string },
  out: { observations: InstrumentObservation[]; errors: DecodeProblem[]; warnings: string[] },
): void {
  const obx = obs.obx;
  const where = `OBX[${message.segmentsNamed('OBX').indexOf(obx.segment) + 1}]`;
  const code = obx.observationId;
  // Senders put the code in OBX-3.1, or only in the alternate OBX-3.4 (`^^^99717-5^Accession Number^L`).
  const testCode = code?.identifier || code?.alternateIdentifier || '';
  if (!code || testCode === '') {
    out.errors.push({ location: `${where}-3`, message: 'the observation has no test code' });
    return;
  }
  const status = obx.resultStatus.toUpperCase();
  const value = readValue(obs, where, out.errors);
  if (value === undefined || NO_VALUE_STATUS.has(status)) {
    if (obx.segment.raw(5) !== '' && value === undefined) return;
    out.warnings.push(
      `${where}: ${code.identifier} on ${context.specimenId} has no value to record (OBX-11 ${status || 'empty'})`,
    );
    return;
  }
  const observedAt = hl7Date(obx.analyzedAtText) ?? hl7Date(obx.observedAtText) ?? hl7Date(context.obrTime);
  const operator = obx.responsibleObserver;
  const equipment = obx.equipmentIds[0];
  out.observations.push({
    specimenId: context.specimenId,
    instrumentTestCode: testCode,
    alternateCodes:
      code.alternateIdentifier && code.alternateIdentifier !== testCode ? [code.alternateIdentifier] : [],
    valueText: obx.segment.value(5),
    value,
    units: obx.units?.identifier ?? '',
    flags: obx.abnormalFlags,
    status,
    ...(observedAt ? { observedAt } : {}),
    ...(operator ? { operator: operator.id || operator.familyName } : {}),
    ...(equipment ? { equipment: equipment.entityId } : {}),
    comments: obs.notes.map((n) => n.text),
    manufacturer: [],
    markedQc: context.markedQc,
    location: where,
  });
}

/** SPM-11 specimen role Q (control) or C (calibrator). @see HL7 table 0369 */
function markedQc(spm: Spm | undefined): boolean {
  const role = spm?.segment.value(11).toUpperCase() ?? '';
  return role === 'Q' || role === 'C';
}

/**
 * Reads an inbound HL7 message for processing: ORU^R01 and OUL^R22 results grouped by specimen,
 * QBP queries (QPD-3 the specimen barcode), and what is wrong with it.
 * @see HL7 v2.5.1 chapter 7.3.1 ORU^R01, 7.3.5 OUL^R22, 5.4 QBP; IHE LAW WOS query
 */
export function decodeHl7Message(text: string): DecodedInstrumentMessage {
  const parsed = tryParseHl7Message(text);
  if (!parsed.ok) {
    return {
      kind: DecodedKind.other,
      messageType: '',
      sender: '',
      controlId: '',
      observations: [],
      queries: [],
      errors: [{ location: 'MSH', message: parsed.error.message }],
      warnings: [],
    };
  }
  const message = parsed.message;
  const msh = new Msh(message.header);
  const messageType = [msh.messageType, msh.triggerEvent].filter((p) => p !== '').join('^');
  const sender = msh.sendingApplication?.namespaceId || msh.sendingFacility?.namespaceId || '';
  const out = {
    observations: [] as InstrumentObservation[],
    errors: [] as DecodeProblem[],
    warnings: [] as string[],
  };
  const queries: InstrumentQuery[] = [];
  let kind: DecodedKind = DecodedKind.other;
  const labKind = labMessageKind(message);
  switch (labKind) {
    case LabMessageKind.oruR01: {
      kind = DecodedKind.results;
      for (const patient of readLabOrders(message).patients)
        for (const order of patient.orders) {
          const spm = order.specimens[0]?.spm;
          const context = {
            specimenId: specimenIdOf(spm, order.obr, order.orc),
            markedQc: markedQc(spm),
            obrTime: order.obr?.observationDateTimeText ?? '',
          };
          const all = [...order.observations, ...order.specimens.flatMap((s) => s.observations)];
          for (const obs of all) readObservation(message, obs, context, out);
        }
      break;
    }
    case LabMessageKind.oulR22: {
      kind = DecodedKind.results;
      const oul = readOulR22(message);
      if (oul.specimens.length === 0)
        out.errors.push({ location: 'SPM', message: 'an OUL^R22 needs an SPM segment for each specimen' });
      for (const specimen of oul.specimens)
        for (const order of specimen.orders) {
          const context = {
            specimenId: specimenIdOf(specimen.spm, order.obr, order.orc),
            markedQc: markedQc(specimen.spm),
            obrTime: order.obr.observationDateTimeText,
          };
          for (const obs of order.results) readObservation(message, obs, context, out);
        }
      break;
    }
    case LabMessageKind.qbp: {
      kind = DecodedKind.query;
      const q = readQuery(message);
      const specimenId = q.qpd?.parameters[0] ?? '';
      if (specimenId === '') out.errors.push({ location: 'QPD-3', message: 'the query names no specimen' });
      else
        queries.push({
          specimenId,
          rangeComponents: [specimenId],
          allTests: true,
          tests: [],
          queryName: q.qpd?.segment.raw(1) ?? '',
          queryTag: q.qpd?.queryTag ?? '',
          location: 'QPD',
        });
      break;
    }
    case LabMessageKind.omlO21:
    case LabMessageKind.ormO01:
      kind = DecodedKind.orders;
      break;
    case LabMessageKind.ack:
      kind = DecodedKind.acknowledgment;
      break;
    case undefined:
      out.warnings.push(`message type ${messageType || '(none)'} is kept but not processed`);
      break;
    default:
      labKind satisfies never;
  }
  if (kind === DecodedKind.results && out.observations.length === 0 && out.errors.length === 0)
    out.warnings.push('the message holds no results to record');
  return { kind, messageType, sender, controlId: msh.controlId, queries, ...out };
}

/** The text a resent message is recognised by: segments with CR ends and MSH-7 (its time) left out. */
export function hl7DedupeContent(text: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n|\n/g, '\r')
    .split('\r');
  return lines
    .map((line) => {
      if (!line.startsWith('MSH') || line.length < 4) return line;
      const separator = line.charAt(3);
      const fields = line.split(separator);
      if (fields.length > 6) fields[6] = '';
      return fields.join(separator);
    })
    .filter((line) => line !== '')
    .join('\r');
}
