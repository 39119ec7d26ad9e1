import { ageInDays, type ResultValue } from '@aliquot/domain';
import type { ResultContext, SpecimenResult } from './result-context.js';

/** Reading values out of a result context, the same way for every condition. */

/** A finite number from a numeric value; undefined for anything else. */
export function numberOf(value: ResultValue | undefined): number | undefined {
  return value?.kind === 'numeric' && Number.isFinite(value.value) ? value.value : undefined;
}

/** A result of the specimen by test code; the result under review answers for its own code. */
export function specimenResult(context: ResultContext, code: string): SpecimenResult | undefined {
  if (code === context.result.testCode) return context.result;
  return context.specimen.results.find((result) => result.testCode === code);
}

export function analyteNumber(context: ResultContext, code: string): number | undefined {
  return numberOf(specimenResult(context, code)?.value);
}

/** Age in days on the day of collection (or today); undefined without a birth date. */
export function patientAgeDays(context: ResultContext): number | undefined {
  const birthDate = context.patient.birthDate;
  if (birthDate === undefined) return undefined;
  const days = ageInDays(birthDate, context.specimen.collectedAt ?? context.now);
  return Number.isFinite(days) ? days : undefined;
}

/** Minutes from collection to measurement (or to now); undefined without a collection time. */
export function specimenAgeMinutes(context: ResultContext): number | undefined {
  const collectedAt = context.specimen.collectedAt;
  if (collectedAt === undefined) return undefined;
  const until = context.result.measuredAt ?? context.now;
  return (until.getTime() - collectedAt.getTime()) / 60_000;
}

/** The measured value before any dilution factor was applied. */
export function measuredNumber(context: ResultContext): number | undefined {
  const value = numberOf(context.result.value);
  return value === undefined ? undefined : value / (context.result.dilutionFactor ?? 1);
}
