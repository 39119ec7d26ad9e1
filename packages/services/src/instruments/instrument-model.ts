import { LabError, type LabErrorIssue } from '@aliquot/domain';
import type { InstrumentRow, InstrumentTestCodeRow, SerumIndexCodes } from '@aliquot/storage';

/** How an instrument talks: ASTM E1381/LIS2-A2 or HL7 v2 over MLLP. */
export const InstrumentProtocol = { astm: 'astm', hl7: 'hl7' } as const;
export type InstrumentProtocol = (typeof InstrumentProtocol)[keyof typeof InstrumentProtocol];

/**
 * Our side of the TCP connection: `tcp-server` listens (on the instrument's own port, or on the shared
 * ASTM/MLLP port when it has none); `tcp-client` connects out to the instrument's host and port.
 */
export const InstrumentTransport = { tcpServer: 'tcp-server', tcpClient: 'tcp-client' } as const;
export type InstrumentTransport = (typeof InstrumentTransport)[keyof typeof InstrumentTransport];

/** Character sets agreed out of band for ASTM text (E1381 leaves it to the parties). */
export const InstrumentCharset = { latin1: 'latin1', utf8: 'utf-8', windows1252: 'windows-1252' } as const;
export type InstrumentCharset = (typeof InstrumentCharset)[keyof typeof InstrumentCharset];

/**
 * Who wins when both ends send ENQ at once. E1381 gives the instrument priority; a host manual may ask
 * the LIS to take it instead. @see CLSI LIS1-A (contention)
 */
export const ContentionPriority = { instrument: 'instrument', computer: 'computer' } as const;
export type ContentionPriority = (typeof ContentionPriority)[keyof typeof ContentionPriority];

/** One instrument test code and the catalog test it reports. */
export interface TestCodeMapping {
  /** The code the instrument sends (ASTM R-3 component 4, HL7 OBX-3.1). */
  readonly instrumentCode: string;
  /** The catalog test code. */
  readonly testCode: string;
  /** The unit the instrument reports in, when it differs from the catalog's. */
  readonly instrumentUnit?: string;
  /** Multiply the instrument's value by this to get the catalog unit (e.g. 18.016 for glucose mmol/L → mg/dL). */
  readonly factor?: number;
  /** Whether the instrument performs the test (host query and worklists offer only these). Default true. */
  readonly runs?: boolean;
}

/** What a person (or the config file) says about an instrument. */
export interface InstrumentInput {
  readonly code: string;
  readonly name: string;
  readonly protocol: InstrumentProtocol;
  readonly transport: InstrumentTransport;
  readonly host?: string;
  readonly port?: number;
  readonly charset?: InstrumentCharset;
  readonly senderIds?: readonly string[];
  /** Regular expressions for control-specimen IDs, e.g. `^QC-`. */
  readonly qcPatterns?: readonly string[];
  readonly contentionPriority?: ContentionPriority;
  /** How soon the instrument expects the answer to a host query; default 10 000 ms. */
  readonly queryTimeoutMs?: number;
  /** The codes under which it sends serum indices as results, e.g. {hemolysis: 'H', icterus: 'I', lipemia: 'L'}. */
  readonly serumIndexCodes?: SerumIndexCodes;
  readonly active?: boolean;
  readonly testCodes: readonly TestCodeMapping[];
}

export interface Instrument extends Required<Omit<InstrumentInput, 'host' | 'port' | 'testCodes'>> {
  readonly host: string | null;
  readonly port: number | null;
  readonly testCodes: readonly TestCodeMapping[];
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export function toInstrument(row: InstrumentRow, codes: readonly InstrumentTestCodeRow[]): Instrument {
  return {
    code: row.code,
    name: row.name,
    protocol: row.protocol,
    transport: row.transport,
    host: row.host,
    port: row.port,
    charset: row.charset,
    senderIds: row.sender_ids,
    qcPatterns: row.qc_patterns,
    serumIndexCodes: row.serum_index_codes,
    contentionPriority: row.contention_priority,
    queryTimeoutMs: row.query_timeout_ms,
    active: row.active,
    testCodes: codes.map((c) => ({
      instrumentCode: c.instrument_test_code,
      testCode: c.test_code,
      ...(c.instrument_unit === null ? {} : { instrumentUnit: c.instrument_unit }),
      ...(c.factor === null ? {} : { factor: c.factor }),
      runs: c.runs,
    })),
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

type Issues = LabErrorIssue[];

const str = (v: unknown): v is string => typeof v === 'string';
const oneOf = <T extends string>(values: Record<string, T>, v: unknown): v is T =>
  str(v) && (Object.values(values) as string[]).includes(v);

function checkStrings(value: unknown, at: string, issues: Issues): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every(str)) {
    issues.push({ location: at, message: 'must be a list of texts' });
    return undefined;
  }
  return value;
}

function checkMapping(value: unknown, at: string, issues: Issues): TestCodeMapping | undefined {
  if (typeof value !== 'object' || value === null) {
    issues.push({ location: at, message: 'must be an object {instrumentCode, testCode, ...}' });
    return undefined;
  }
  const m = value as Record<string, unknown>;
  const known = ['instrumentCode', 'testCode', 'instrumentUnit', 'factor', 'runs'];
  for (const key of Object.keys(m))
    if (!known.includes(key)) issues.push({ location: `${at}.${key}`, message: 'unknown setting' });
  if (!str(m.instrumentCode) || m.instrumentCode.trim() === '')
    issues.push({ location: `${at}.instrumentCode`, message: 'the instrument test code is required' });
  if (!str(m.testCode) || m.testCode.trim() === '')
    issues.push({ location: `${at}.testCode`, message: 'the catalog test code is required' });
  if (m.instrumentUnit !== undefined && !str(m.instrumentUnit))
    issues.push({ location: `${at}.instrumentUnit`, message: 'must be a text' });
  if (m.factor !== undefined && !(typeof m.factor === 'number' && m.factor > 0 && Number.isFinite(m.factor)))
    issues.push({ location: `${at}.factor`, message: 'must be a number above 0' });
  if (m.runs !== undefined && typeof m.runs !== 'boolean')
    issues.push({ location: `${at}.runs`, message: 'must be true or false' });
  return m as unknown as TestCodeMapping;
}

const SERUM_INDICES = ['hemolysis', 'icterus', 'lipemia'];

/** The serum-index codes, each a distinct non-empty text; returns the codes given. */
function checkSerumIndexCodes(value: unknown, at: string, issues: Issues): string[] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ location: at, message: 'must be an object {hemolysis?, icterus?, lipemia?}' });
    return [];
  }
  const codes: string[] = [];
  for (const [index, code] of Object.entries(value)) {
    if (!SERUM_INDICES.includes(index)) issues.push({ location: `${at}.${index}`, message: 'unknown index' });
    else if (!str(code) || code.trim() === '')
      issues.push({ location: `${at}.${index}`, message: 'the instrument code is required' });
    else if (codes.includes(code)) issues.push({ location: `${at}.${index}`, message: 'used twice' });
    else codes.push(code);
  }
  return codes;
}

const KNOWN_KEYS = [
  'code',
  'name',
  'protocol',
  'transport',
  'host',
  'port',
  'charset',
  'senderIds',
  'qcPatterns',
  'contentionPriority',
  'queryTimeoutMs',
  'serumIndexCodes',
  'active',
  'testCodes',
];

/**
 * Checks an instrument as the API or the config file gives it; every problem is named with its
 * location (`at` prefixes them, e.g. `instruments[2]`).
 */
export function instrumentInputIssues(value: unknown, at = ''): Issues {
  const p = (key: string): string => (at ? `${at}.${key}` : key);
  const issues: Issues = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ location: at || '(body)', message: 'must be an object' }];
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v))
    if (!KNOWN_KEYS.includes(key)) issues.push({ location: p(key), message: 'unknown setting' });
  if (!str(v.code) || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/.test(v.code))
    issues.push({
      location: p('code'),
      message: 'letters, digits, _ . - (up to 40), starting with a letter or digit',
    });
  if (!str(v.name) || v.name.trim() === '')
    issues.push({ location: p('name'), message: 'the name is required' });
  if (!oneOf(InstrumentProtocol, v.protocol))
    issues.push({ location: p('protocol'), message: 'astm or hl7' });
  if (!oneOf(InstrumentTransport, v.transport))
    issues.push({ location: p('transport'), message: 'tcp-server or tcp-client' });
  if (v.host !== undefined && (!str(v.host) || v.host === ''))
    issues.push({ location: p('host'), message: 'must be a host name or address' });
  if (
    v.port !== undefined &&
    !(Number.isInteger(v.port) && (v.port as number) >= 0 && (v.port as number) <= 65535)
  )
    issues.push({ location: p('port'), message: 'a whole number from 0 to 65535' });
  if (v.transport === InstrumentTransport.tcpClient && (v.host === undefined || v.port === undefined))
    issues.push({
      location: p('port'),
      message: 'a tcp-client instrument needs a host and a port to connect to',
    });
  if (v.charset !== undefined && !oneOf(InstrumentCharset, v.charset))
    issues.push({ location: p('charset'), message: 'latin1, utf-8 or windows-1252' });
  if (v.contentionPriority !== undefined && !oneOf(ContentionPriority, v.contentionPriority))
    issues.push({ location: p('contentionPriority'), message: 'instrument or computer' });
  if (
    v.queryTimeoutMs !== undefined &&
    !(Number.isInteger(v.queryTimeoutMs) && (v.queryTimeoutMs as number) > 0)
  )
    issues.push({ location: p('queryTimeoutMs'), message: 'a whole number of milliseconds above 0' });
  if (v.active !== undefined && typeof v.active !== 'boolean')
    issues.push({ location: p('active'), message: 'must be true or false' });
  checkStrings(v.senderIds, p('senderIds'), issues);
  const patterns = checkStrings(v.qcPatterns, p('qcPatterns'), issues) ?? [];
  patterns.forEach((pattern, i) => {
    try {
      new RegExp(pattern);
    } catch (error) {
      issues.push({ location: p(`qcPatterns[${i}]`), message: `not a regular expression: ${String(error)}` });
    }
  });
  const indexCodes = checkSerumIndexCodes(v.serumIndexCodes, p('serumIndexCodes'), issues);
  if (!Array.isArray(v.testCodes)) {
    issues.push({ location: p('testCodes'), message: 'must be a list of mappings (it may be empty)' });
  } else {
    const seen = new Set<string>();
    v.testCodes.forEach((m, i) => {
      const mapping = checkMapping(m, p(`testCodes[${i}]`), issues);
      if (mapping && str(mapping.instrumentCode)) {
        if (seen.has(mapping.instrumentCode))
          issues.push({ location: p(`testCodes[${i}].instrumentCode`), message: 'mapped twice' });
        if (indexCodes.includes(mapping.instrumentCode))
          issues.push({
            location: p(`testCodes[${i}].instrumentCode`),
            message: 'already the code of a serum index',
          });
        seen.add(mapping.instrumentCode);
      }
    });
  }
  return issues;
}

/** The input checked and typed, or a LabError naming every problem. */
export function checkInstrumentInput(value: unknown): InstrumentInput {
  const issues = instrumentInputIssues(value);
  if (issues.length > 0) throw LabError.invalid('the instrument is not valid', issues);
  return value as InstrumentInput;
}
