import type { ClinicalSex, ResultValue, SpecimenType, TestDefinition } from '@aliquot/domain';
import type { ClinicalContext } from '../delta/index.js';
import { scenarioDefinitions } from './scenario-definitions.js';
import type { AnalysisStatus, PriorResult, QcState, ResultContext, SerumIndices } from './result-context.js';

/**
 * Builds result contexts for scenarios (tests, replay examples): the options say what is special about
 * the case and everything else is an ordinary, clean outpatient specimen. Not part of the public API.
 */

export const scenarioNow = new Date('2026-11-20T10:00:00Z');
const HOUR = 3_600_000;
export const hoursBefore = (hours: number, from: Date = scenarioNow): Date =>
  new Date(from.getTime() - hours * HOUR);

export interface PriorSpec {
  readonly value: number;
  readonly hoursAgo: number;
  readonly specimenType?: SpecimenType;
}

export interface ScenarioOptions {
  readonly test: string;
  readonly value: number | ResultValue;
  /** The unit sent with the result; the test's unit unless given; null sends none. */
  readonly unit?: string | null;
  readonly resultId?: string;
  readonly flags?: readonly string[];
  readonly instrumentId?: string;
  readonly replicate?: number;
  readonly dilutionFactor?: number;
  readonly analysisStatus?: AnalysisStatus;
  /** Minutes from collection to measurement (now); 45 unless given; null: collection time unknown. */
  readonly collectedMinutesAgo?: number | null;
  readonly specimenType?: SpecimenType;
  readonly indices?: SerumIndices;
  /** Other results of the same specimen, by code; numbers carry the test's unit. */
  readonly others?: Readonly<Record<string, number | ResultValue>>;
  readonly sex?: ClinicalSex | null;
  readonly birthDate?: string | null;
  readonly history?: Readonly<Record<string, readonly PriorSpec[]>>;
  readonly contexts?: readonly ClinicalContext[];
  /** QC of the test on the instrument; accepted two hours ago unless given; null: none recorded. */
  readonly qc?: QcState | null;
  /** Changes to the test's definition for this scenario. */
  readonly definition?: Partial<TestDefinition>;
}

export function definitionOf(code: string): TestDefinition {
  const definition = scenarioDefinitions[code];
  if (definition === undefined) throw new Error(`no scenario definition for ${code}`);
  return definition;
}

const asValue = (value: number | ResultValue): ResultValue =>
  typeof value === 'number' ? { kind: 'numeric', value } : value;

export function scenario(options: ScenarioOptions): ResultContext {
  const definition = { ...definitionOf(options.test), ...options.definition };
  const specimenType = options.specimenType ?? definition.specimenType;
  const collected = options.collectedMinutesAgo === undefined ? 45 : options.collectedMinutesAgo;
  const unit = options.unit === null ? undefined : (options.unit ?? definition.unit);
  const history: Record<string, readonly PriorResult[]> = {};
  for (const [code, priors] of Object.entries(options.history ?? {})) {
    history[code] = priors.map((prior) => ({
      value: prior.value,
      at: hoursBefore(prior.hoursAgo),
      specimenType: prior.specimenType ?? specimenType,
    }));
  }
  return {
    result: {
      ...(options.resultId === undefined ? {} : { id: options.resultId }),
      testCode: definition.code,
      value: asValue(options.value),
      ...(unit === undefined ? {} : { unit }),
      instrumentId: options.instrumentId ?? 'CHEM-1',
      instrumentFlags: options.flags ?? [],
      replicate: options.replicate ?? 1,
      dilutionFactor: options.dilutionFactor ?? 1,
      measuredAt: scenarioNow,
      analysisStatus: options.analysisStatus ?? 'active',
    },
    definition,
    specimen: {
      id: 'S-1',
      type: specimenType,
      ...(collected === null ? {} : { collectedAt: new Date(scenarioNow.getTime() - collected * 60_000) }),
      serumIndices: options.indices ?? { hemolysis: 5, icterus: 1, lipemia: 10 },
      results: Object.entries(options.others ?? {}).map(([code, value]) => {
        const other = scenarioDefinitions[code];
        return {
          testCode: code,
          value: asValue(value),
          ...(other?.unit === undefined ? {} : { unit: other.unit }),
        };
      }),
    },
    patient: {
      id: 'P-1',
      ...(options.sex === null ? {} : { sex: options.sex ?? 'female' }),
      ...(options.birthDate === null ? {} : { birthDate: options.birthDate ?? '1968-04-12' }),
      history,
      ...(options.contexts === undefined ? {} : { contexts: options.contexts }),
    },
    ...(options.qc === null
      ? {}
      : { qc: options.qc ?? { status: 'accepted', lastAcceptedAt: hoursBefore(2) } }),
    now: scenarioNow,
  };
}
