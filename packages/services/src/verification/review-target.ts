import { LabError, type TestDefinition } from '@aliquot/domain';
import {
  findTestDefinition,
  type AnalysisRow,
  type ResultRow,
  type SpecimenRow,
  type Tx,
} from '@aliquot/storage';

/** A result version with its analysis, specimen and test definition, as every review action needs it. */
export interface ReviewTarget {
  readonly result: ResultRow;
  readonly analysis: AnalysisRow;
  readonly specimen: SpecimenRow;
  readonly definition: TestDefinition;
}

/** Loads (and with `lock`, locks) a result for review; not found is an error naming the id. */
export async function reviewTarget(tx: Tx, resultId: string, lock = true): Promise<ReviewTarget> {
  let query = tx.selectFrom('results').selectAll().where('id', '=', resultId);
  if (lock) query = query.forUpdate();
  const result = await query.executeTakeFirst();
  if (!result) throw LabError.notFound('Result', resultId);
  const analysis = await tx
    .selectFrom('analyses')
    .selectAll()
    .where('id', '=', result.analysis_id)
    .executeTakeFirstOrThrow();
  const specimen = await tx
    .selectFrom('specimens')
    .selectAll()
    .where('id', '=', analysis.specimen_id)
    .executeTakeFirstOrThrow();
  const stored = await findTestDefinition(tx, analysis.test_code);
  if (!stored) throw LabError.notFound('Test', analysis.test_code);
  return { result, analysis, specimen, definition: stored.definition };
}

/** "Potassium on A260000012" — how a person names a result in a message. */
export const describeTarget = (target: ReviewTarget): string =>
  `${target.definition.name} (${target.analysis.test_code}) on ${target.specimen.accession_number}`;

/** Only the current version of a result awaiting review can be released, rerun or diluted. */
export function requireAwaitingReview(target: ReviewTarget): void {
  const { status } = target.result;
  if (status === 'held' || status === 'pending') return;
  throw LabError.ruleViolation(
    status === 'final'
      ? `${describeTarget(target)} is already released; correct it instead`
      : `${describeTarget(target)} version ${target.result.version} is ${status}, not awaiting review`,
  );
}
