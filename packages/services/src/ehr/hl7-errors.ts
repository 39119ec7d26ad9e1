import {
  ErrorSeverity,
  hl7DateTimeToIso,
  parseHl7DateTime,
  type Hl7AckError,
  type Hl7ErrorCode,
} from '@aliquot/codecs/hl7v2';

/** Helpers the EHR and point-of-care readers share: an ERR at a place, and HL7 times read. */

/** An error for ERR: table 0357 code, severity E, the place (segment, its occurrence, field), the text. */
export function errorAt(
  code: Hl7ErrorCode,
  segment: string,
  sequence: number,
  field: number | undefined,
  message: string,
): Hl7AckError {
  return {
    errorCode: code,
    severity: ErrorSeverity.error,
    location: { segment, sequence, ...(field === undefined ? {} : { field }) },
    message,
  };
}

/** An HL7 DTM naming at least a day, as an instant (the sender's offset, else UTC); else undefined. */
export function hl7Instant(text: string): Date | undefined {
  const dt = parseHl7DateTime(text);
  if (dt?.day === undefined) return undefined;
  const date = new Date(hl7DateTimeToIso(dt));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** YYYY-MM-DD of an HL7 date or date-time that names at least a day (a birth date: no time zone). */
export function hl7IsoDate(text: string): string | undefined {
  const dt = parseHl7DateTime(text);
  if (dt?.month === undefined || dt.day === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(dt.year).padStart(4, '0')}-${two(dt.month)}-${two(dt.day)}`;
}
