import type { ClinicalSex, SpecimenType, TestDefinition } from '@aliquot/domain';
import type {
  PriorResult,
  QcState,
  ResultContext,
  SerumIndices,
  SpecimenResult,
} from '@aliquot/engines/autoverification';
import {
  latestResultsOfSpecimen,
  priorReleasedResults,
  type AnalysisRow,
  type PatientRow,
  type ResultRow,
  type SpecimenEventRow,
  type SpecimenRow,
  type TestRequestRow,
  type Tx,
} from '@aliquot/storage';

/**
 * Builds what the engine judges one result on, from the database: the test definition, the patient's
 * sex, birth date and earlier results of the test, the other results of the specimen, serum indices and
 * analyzer flags (from `results.detail`), the collection time and the QC state.
 *
 * `results.detail` keys read here (set by the instrument interface): `instrumentFlags` (string[], the
 * analyzer's error and data alarms, not its H/L interpretation flags), `serumIndices` ({hemolysis,
 * icterus, lipemia}), `dilutionFactor` or `dilution` (e.g. "1:2"), `replicate` and `method`.
 */

/** How many earlier results of the test the delta checks get, newest first. */
const HISTORY_LIMIT = 20;

export interface JudgedResultFacts {
  readonly result: ResultRow;
  readonly analysis: AnalysisRow;
  readonly specimen: SpecimenRow;
  readonly events: readonly SpecimenEventRow[];
  readonly definition: TestDefinition;
  readonly patient: PatientRow | undefined;
  /** The rerun or dilution request this result answers, if any. */
  readonly fulfilled?: TestRequestRow;
  /** The version this result follows on the same analysis, if any. */
  readonly previous?: ResultRow;
  readonly qc?: QcState;
  readonly now: Date;
}

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
/** A positive number, also from the text an analyzer sends ("2"). */
const positive = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
};

/** A dilution factor as analyzers write it: 2, "2", "1:2", "1/2", "x2", "2X"; none when 1 or unreadable. */
export function dilutionOf(detail: Record<string, unknown>): number | undefined {
  const stated = positive(detail['dilutionFactor']);
  if (stated !== undefined) return stated > 1 ? stated : undefined;
  const text = detail['dilution'];
  if (typeof text !== 'string') return positive(text);
  const match = /^\s*(?:1\s*[:/]\s*)?x?\s*(\d+(?:\.\d+)?)\s*x?\s*$/i.exec(text);
  const factor = match?.[1] === undefined ? undefined : Number(match[1]);
  return factor !== undefined && factor > 1 ? factor : undefined;
}

export function serumIndicesOf(detail: Record<string, unknown>): SerumIndices | undefined {
  const raw = detail['serumIndices'];
  if (typeof raw !== 'object' || raw === null) return undefined;
  const indices = raw as Record<string, unknown>;
  const pick = (key: string): number | undefined => {
    const value = indices[key];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  };
  const hemolysis = pick('hemolysis');
  const icterus = pick('icterus');
  const lipemia = pick('lipemia');
  if (hemolysis === undefined && icterus === undefined && lipemia === undefined) return undefined;
  return {
    ...(hemolysis === undefined ? {} : { hemolysis }),
    ...(icterus === undefined ? {} : { icterus }),
    ...(lipemia === undefined ? {} : { lipemia }),
  };
}

export function instrumentFlagsOf(detail: Record<string, unknown>): string[] {
  return strings(detail['instrumentFlags']) ?? [];
}

type LatestResultRow = Awaited<ReturnType<typeof latestResultsOfSpecimen>>[number];

/**
 * What judging results recorded together reads once for all of them, before any is decided: the
 * current results of each specimen, and the patient's earlier released results (on other specimens) of
 * the tests judged on it. Nothing is written while results are decided, so each sees what it would
 * have read alone.
 */
export interface JudgementReads {
  /** The latest version of every analysis, by specimen id. */
  readonly specimenResults: ReadonlyMap<string, readonly LatestResultRow[]>;
  /** Newest first, by specimen id and test code (`historyKey`). */
  readonly history: ReadonlyMap<string, readonly PriorResult[]>;
}

const historyKey = (specimenId: string, testCode: string) => `${specimenId} ${testCode}`;

export async function readForJudging(tx: Tx, facts: readonly JudgedResultFacts[]): Promise<JudgementReads> {
  const bySpecimen = new Map<string, JudgedResultFacts[]>();
  for (const one of facts) bySpecimen.set(one.specimen.id, [...(bySpecimen.get(one.specimen.id) ?? []), one]);
  const specimenResults = new Map<string, readonly LatestResultRow[]>();
  const history = new Map<string, PriorResult[]>();
  for (const [specimenId, judged] of bySpecimen) {
    specimenResults.set(specimenId, await latestResultsOfSpecimen(tx, specimenId));
    const patient = judged[0]?.patient;
    if (patient === undefined) continue;
    const rows = await priorReleasedResults(tx, {
      patientId: patient.id,
      testCodes: [...new Set(judged.map((one) => one.analysis.test_code))],
      excludeSpecimenId: specimenId,
      limit: HISTORY_LIMIT,
    });
    for (const row of rows) {
      const key = historyKey(specimenId, row.test_code);
      const method = row.detail['method'];
      history.set(key, [
        ...(history.get(key) ?? []),
        {
          value: row.numeric_value ?? 0,
          at: new Date(row.at),
          specimenType: row.specimen_type as SpecimenType,
          resultId: row.id,
          ...(typeof method === 'string' ? { method } : {}),
        },
      ]);
    }
  }
  return { specimenResults, history };
}

/** The current version of every other analysis of the specimen (not superseded, corrected or cancelled). */
function specimenResults(
  reads: JudgementReads,
  specimenId: string,
  analysisId: string,
): { results: SpecimenResult[]; indices: SerumIndices[] } {
  const rows = reads.specimenResults.get(specimenId);
  if (rows === undefined) throw new Error(`specimen ${specimenId} was not read for judging`);
  const current = rows.filter(
    (row) => row.analysis_id !== analysisId && ['pending', 'held', 'final'].includes(row.status),
  );
  return {
    results: current.map((row) => ({
      testCode: row.test_code,
      value: row.value as SpecimenResult['value'],
      ...(row.unit === null ? {} : { unit: row.unit }),
    })),
    indices: current.map((row) => serumIndicesOf(row.detail)).filter((indices) => indices !== undefined),
  };
}

/** How many times this analysis has been measured, this measurement included. */
async function replicateOf(tx: Tx, facts: JudgedResultFacts): Promise<number> {
  const stated = positive(facts.result.detail['replicate']);
  if (stated !== undefined) return stated;
  if (facts.fulfilled === undefined && facts.previous === undefined) return 1;
  const row = await tx
    .selectFrom('test_requests')
    .select((eb) => eb.fn.countAll<string>().as('reruns'))
    .where('analysis_id', '=', facts.analysis.id)
    .where('kind', 'in', ['rerun', 'dilution'])
    .where('status', '=', 'done')
    .executeTakeFirst();
  return 1 + Number(row?.reruns ?? 0);
}

export async function buildResultContext(
  tx: Tx,
  facts: JudgedResultFacts,
  reads: JudgementReads,
): Promise<ResultContext> {
  const { result, analysis, specimen, definition, patient } = facts;
  const detail = result.detail;
  const history = patient ? (reads.history.get(historyKey(specimen.id, analysis.test_code)) ?? []) : [];
  const others = specimenResults(reads, specimen.id, analysis.id);
  const replicate = await replicateOf(tx, facts);
  const collected = facts.events.find((event) => event.kind === 'collected');
  const ownIndices = serumIndicesOf(detail);
  const serumIndices = ownIndices ?? others.indices[others.indices.length - 1];
  const dilutionFactor = dilutionOf(detail) ?? facts.fulfilled?.dilution_factor ?? undefined;
  const method = detail['method'];
  const sex = patient?.clinical_sex as ClinicalSex | undefined;
  return {
    result: {
      id: result.id,
      testCode: analysis.test_code,
      value: result.value as ResultContext['result']['value'],
      ...(result.unit === null ? {} : { unit: result.unit }),
      ...(result.instrument_id === null ? {} : { instrumentId: result.instrument_id }),
      instrumentFlags: instrumentFlagsOf(detail),
      replicate,
      ...(dilutionFactor === undefined ? {} : { dilutionFactor }),
      ...(typeof method === 'string' ? { method } : {}),
      ...(result.observed_at === null ? {} : { measuredAt: result.observed_at }),
      analysisStatus: analysis.status === 'cancelled' ? 'cancelled' : 'active',
    },
    definition,
    specimen: {
      id: specimen.accession_number,
      type: specimen.specimen_type as SpecimenType,
      ...(collected === undefined ? {} : { collectedAt: collected.at }),
      ...(serumIndices === undefined ? {} : { serumIndices }),
      results: others.results,
    },
    patient: {
      ...(patient === undefined ? {} : { id: patient.id, birthDate: patient.birth_date }),
      ...(sex === undefined || sex === 'unknown' ? {} : { sex }),
      history: { [analysis.test_code]: history },
    },
    ...(facts.qc === undefined ? {} : { qc: facts.qc }),
    now: facts.now,
  };
}
