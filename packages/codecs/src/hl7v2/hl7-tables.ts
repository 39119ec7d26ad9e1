/**
 * HL7 code tables used by the codec. Each is an `as const` object plus a union type of its codes.
 * @see HL7 v2.5.1 Appendix A (tables 0008, 0085, 0123, 0125, 0357, 0516)
 */

/** Table 0008, MSA-1: original mode AA/AE/AR, enhanced mode (commit) CA/CE/CR. @see 2.15.8 MSA-1 */
export const AckCode = {
  applicationAccept: 'AA',
  applicationError: 'AE',
  applicationReject: 'AR',
  commitAccept: 'CA',
  commitError: 'CE',
  commitReject: 'CR',
} as const;
export type AckCode = (typeof AckCode)[keyof typeof AckCode];

/** Table 0357, ERR-3: message error condition codes. @see 2.15.5 ERR-3 */
export const Hl7ErrorCode = {
  messageAccepted: '0',
  segmentSequenceError: '100',
  requiredFieldMissing: '101',
  dataTypeError: '102',
  tableValueNotFound: '103',
  unsupportedMessageType: '200',
  unsupportedEventCode: '201',
  unsupportedProcessingId: '202',
  unsupportedVersionId: '203',
  unknownKeyIdentifier: '204',
  duplicateKeyIdentifier: '205',
  applicationRecordLocked: '206',
  applicationInternalError: '207',
} as const;
export type Hl7ErrorCode = (typeof Hl7ErrorCode)[keyof typeof Hl7ErrorCode];

/** The display text table 0357 gives each code, written into ERR-3.2. */
export function hl7ErrorCodeText(code: Hl7ErrorCode): string {
  switch (code) {
    case '0':
      return 'Message accepted';
    case '100':
      return 'Segment sequence error';
    case '101':
      return 'Required field missing';
    case '102':
      return 'Data type error';
    case '103':
      return 'Table value not found';
    case '200':
      return 'Unsupported message type';
    case '201':
      return 'Unsupported event code';
    case '202':
      return 'Unsupported processing id';
    case '203':
      return 'Unsupported version id';
    case '204':
      return 'Unknown key identifier';
    case '205':
      return 'Duplicate key identifier';
    case '206':
      return 'Application record locked';
    case '207':
      return 'Application internal error';
    default:
      return code satisfies never;
  }
}

/** Table 0516, ERR-4: error severity. */
export const ErrorSeverity = { error: 'E', warning: 'W', information: 'I' } as const;
export type ErrorSeverity = (typeof ErrorSeverity)[keyof typeof ErrorSeverity];

/** Table 0085, OBX-11: observation result status. */
export const ObservationResultStatus = {
  amended: 'A',
  corrected: 'C',
  deleted: 'D',
  final: 'F',
  pending: 'I',
  notAsked: 'N',
  orderDetail: 'O',
  preliminary: 'P',
  unverified: 'R',
  partial: 'S',
  statusChangedToFinal: 'U',
  wrongPatient: 'W',
  cannotBeObtained: 'X',
} as const;
export type ObservationResultStatus = (typeof ObservationResultStatus)[keyof typeof ObservationResultStatus];

/** Table 0123, OBR-25: result status of the whole order. */
export const OrderResultStatus = {
  orderReceived: 'O',
  noResultsYet: 'I',
  procedureScheduled: 'S',
  someResultsAvailable: 'A',
  preliminary: 'P',
  corrected: 'C',
  resultsStored: 'R',
  final: 'F',
  cancelled: 'X',
  noOrderOnRecord: 'Y',
  noRecordOfPatient: 'Z',
} as const;
export type OrderResultStatus = (typeof OrderResultStatus)[keyof typeof OrderResultStatus];

/** Table 0125, OBX-2: the commonest value types in lab results. */
export const ValueType = {
  numeric: 'NM',
  string: 'ST',
  text: 'TX',
  formattedText: 'FT',
  codedWithExceptions: 'CWE',
  codedElement: 'CE',
  codedNoExceptions: 'CNE',
  structuredNumeric: 'SN',
  date: 'DT',
  timestamp: 'TS',
  dateTime: 'DTM',
  time: 'TM',
  encapsulatedData: 'ED',
  referencePointer: 'RP',
  extendedId: 'CX',
  numericArray: 'NA',
} as const;
export type ValueType = (typeof ValueType)[keyof typeof ValueType];
