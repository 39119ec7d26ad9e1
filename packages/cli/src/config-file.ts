import { readFile } from 'node:fs/promises';
import { LabError, describeError, type LabErrorIssue } from '@aliquot/domain';
import { instrumentInputIssues, type EhrDestination, type InstrumentInput } from '@aliquot/services';

/** The `--config` file: JSON. Every key is optional; a command-line flag is overridden by the file. */
export interface AliquotConfig {
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
  /** The shared HL7 v2 / MLLP listener's port. */
  readonly mllpPort?: number;
  /** The shared ASTM (E1381 over TCP) listener's port. */
  readonly astmPort?: number;
  /** Instruments and their mappings, created or replaced at start (README, "Instruments"). */
  readonly instruments?: readonly InstrumentInput[];
  /** Where released and corrected results are sent as HL7 ORU^R01 over MLLP (README, "The EHR"). */
  readonly ehr?: EhrDestination;
}

const KNOWN: Record<keyof AliquotConfig, 'number' | 'string' | 'port' | 'instruments' | 'ehr'> = {
  port: 'number',
  host: 'string',
  dataDir: 'string',
  mllpPort: 'port',
  astmPort: 'port',
  instruments: 'instruments',
  ehr: 'ehr',
};

const EHR_KEYS: Readonly<Record<keyof EhrDestination, 'string' | 'port'>> = {
  host: 'string',
  port: 'port',
  receivingApplication: 'string',
  receivingFacility: 'string',
  sendingFacility: 'string',
};
const EHR_REQUIRED: readonly (keyof EhrDestination)[] = [
  'host',
  'port',
  'receivingApplication',
  'receivingFacility',
];

/** `ehr`: host and port of the EHR's MLLP listener, and MSH-5/MSH-6 (MSH-4 optional) for its messages. */
function ehrIssues(value: unknown): LabErrorIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [
      {
        location: 'ehr',
        message: 'must be an object with host, port, receivingApplication, receivingFacility',
      },
    ];
  const entries = Object.entries(value as Record<string, unknown>);
  const issues = entries.flatMap(([key, v]): LabErrorIssue[] => {
    const type = EHR_KEYS[key as keyof EhrDestination];
    if (!type)
      return [
        { location: `ehr.${key}`, message: `unknown setting; known: ${Object.keys(EHR_KEYS).join(', ')}` },
      ];
    if (type === 'port')
      return Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535
        ? []
        : [{ location: `ehr.${key}`, message: 'must be a port, a whole number from 1 to 65535' }];
    return typeof v === 'string' && v.trim() !== ''
      ? []
      : [{ location: `ehr.${key}`, message: 'must be a non-empty string' }];
  });
  for (const key of EHR_REQUIRED)
    if (!(key in (value as Record<string, unknown>)))
      issues.push({ location: `ehr.${key}`, message: 'required' });
  return issues;
}

function check(key: string, type: (typeof KNOWN)[keyof AliquotConfig], value: unknown): LabErrorIssue[] {
  switch (type) {
    case 'number':
    case 'string':
      return typeof value === type ? [] : [{ location: key, message: `must be a ${type}` }];
    case 'port':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 65535
        ? []
        : [{ location: key, message: 'must be a port, a whole number from 0 to 65535' }];
    case 'instruments':
      return Array.isArray(value)
        ? value.flatMap((instrument, i) => instrumentInputIssues(instrument, `instruments[${i}]`))
        : [{ location: key, message: 'must be a list of instruments' }];
    case 'ehr':
      return ehrIssues(value);
    default:
      return type satisfies never;
  }
}

export async function loadConfig(file: string): Promise<AliquotConfig> {
  let parsed: AliquotConfig;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as AliquotConfig;
  } catch (error) {
    throw LabError.invalid(`the configuration file ${file} cannot be read: ${describeError(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw LabError.invalid(`the configuration file ${file} must hold a JSON object`);
  }
  const issues = Object.entries(parsed).flatMap(([key, value]) => {
    const type = KNOWN[key as keyof AliquotConfig];
    if (!type)
      return [
        { location: key, message: `unknown setting; known settings are ${Object.keys(KNOWN).join(', ')}` },
      ];
    return check(key, type, value);
  });
  if (issues.length > 0) throw LabError.invalid(`the configuration file ${file} has problems`, issues);
  return parsed;
}
