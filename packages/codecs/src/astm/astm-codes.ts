/**
 * LIS2-A2 code sets, each an `as const` object plus a union type. Readers return codes as sent
 * (instruments use vendor codes too); the `is…` guards say whether a code is one of the standard's.
 */

/** Record type identifiers (field 1 of every record). @see CLSI LIS2-A2 */
export const AstmRecordType = {
  header: 'H',
  patient: 'P',
  order: 'O',
  result: 'R',
  comment: 'C',
  query: 'Q',
  manufacturer: 'M',
  scientific: 'S',
  terminator: 'L',
} as const;
export type AstmRecordType = (typeof AstmRecordType)[keyof typeof AstmRecordType];

/** L-3 termination code. @see CLSI LIS2-A2 */
export const AstmTerminationCode = {
  normal: 'N',
  senderAborted: 'T',
  receiverAborted: 'R',
  systemError: 'E',
  queryError: 'Q',
  noInformation: 'I',
  queryProcessed: 'F',
} as const;
export type AstmTerminationCode = (typeof AstmTerminationCode)[keyof typeof AstmTerminationCode];

/** O-12 action code. @see CLSI LIS2-A2 */
export const AstmActionCode = {
  cancel: 'C',
  add: 'A',
  new: 'N',
  pending: 'P',
  reserved: 'L',
  inProcess: 'X',
  qualityControl: 'Q',
} as const;
export type AstmActionCode = (typeof AstmActionCode)[keyof typeof AstmActionCode];

/** O-26 report type. @see CLSI LIS2-A2 */
export const AstmReportType = {
  order: 'O',
  correction: 'C',
  preliminary: 'P',
  final: 'F',
  cannotBeDone: 'X',
  pending: 'I',
  noOrder: 'Y',
  noRecord: 'Z',
  queryResponse: 'Q',
} as const;
export type AstmReportType = (typeof AstmReportType)[keyof typeof AstmReportType];

/** O-6 priority. @see CLSI LIS2-A2 */
export const AstmPriority = { stat: 'S', asap: 'A', routine: 'R', callback: 'C', preoperative: 'P' } as const;
export type AstmPriority = (typeof AstmPriority)[keyof typeof AstmPriority];

/** R-9 result status. @see CLSI LIS2-A2 */
export const AstmResultStatus = {
  correction: 'C',
  preliminary: 'P',
  final: 'F',
  cannotBeDone: 'X',
  pending: 'I',
  partial: 'S',
  micLevel: 'M',
  previouslyTransmitted: 'R',
  needsAction: 'N',
  queryResponse: 'Q',
  operatorVerified: 'V',
  warning: 'W',
} as const;
export type AstmResultStatus = (typeof AstmResultStatus)[keyof typeof AstmResultStatus];

/** Q-13 request information status. @see CLSI LIS2-A2 */
export const AstmRequestStatus = {
  correction: 'C',
  preliminary: 'P',
  final: 'F',
  cannotBeDone: 'X',
  pending: 'I',
  partial: 'S',
  micLevel: 'M',
  previouslyTransmitted: 'R',
  cancelLastRequest: 'A',
  newOrEditedOnly: 'N',
  ordersAndDemographics: 'O',
  demographicsOnly: 'D',
} as const;
export type AstmRequestStatus = (typeof AstmRequestStatus)[keyof typeof AstmRequestStatus];

/** H-12 processing ID. @see CLSI LIS2-A2 */
export const AstmProcessingId = {
  production: 'P',
  training: 'T',
  debugging: 'D',
  qualityControl: 'Q',
} as const;
export type AstmProcessingId = (typeof AstmProcessingId)[keyof typeof AstmProcessingId];

/** P-9 sex. @see CLSI LIS2-A2 */
export const AstmSex = { male: 'M', female: 'F', unknown: 'U' } as const;
export type AstmSex = (typeof AstmSex)[keyof typeof AstmSex];

/** C-3 comment source. @see CLSI LIS2-A2 */
export const AstmCommentSource = { practice: 'P', lis: 'L', instrument: 'I' } as const;
export type AstmCommentSource = (typeof AstmCommentSource)[keyof typeof AstmCommentSource];

function guard<T extends string>(codes: Record<string, T>): (code: string) => code is T {
  const values = new Set<string>(Object.values(codes));
  return (code: string): code is T => values.has(code);
}

export const isAstmRecordType = guard(AstmRecordType);
export const isAstmTerminationCode = guard(AstmTerminationCode);
export const isAstmActionCode = guard(AstmActionCode);
export const isAstmReportType = guard(AstmReportType);
export const isAstmPriority = guard(AstmPriority);
export const isAstmResultStatus = guard(AstmResultStatus);
export const isAstmRequestStatus = guard(AstmRequestStatus);
export const isAstmProcessingId = guard(AstmProcessingId);
export const isAstmSex = guard(AstmSex);
export const isAstmCommentSource = guard(AstmCommentSource);
