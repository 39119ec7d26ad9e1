import type { ReferenceInterval, TestDefinition } from '../api/types.js';

/** What the edit form holds: numbers as typed, so nothing the user typed is lost or reformatted. */
export interface IntervalDraft {
  readonly sex: string;
  readonly ageFromDays: string;
  readonly ageToDays: string;
  readonly low: string;
  readonly high: string;
  readonly text: string;
}

export interface TestDraft {
  readonly name: string;
  readonly loinc: string;
  readonly unit: string;
  readonly decimals: string;
  readonly stabilityMinutes: string;
  readonly referenceIntervals: readonly IntervalDraft[];
  readonly criticalLow: string;
  readonly criticalHigh: string;
  readonly criticalSource: string;
  readonly rangeLow: string;
  readonly rangeHigh: string;
  readonly statMinutes: string;
  readonly routineMinutes: string;
}

const str = (n: number | undefined): string => (n === undefined ? '' : String(n));

export const emptyInterval: IntervalDraft = {
  sex: 'any',
  ageFromDays: '',
  ageToDays: '',
  low: '',
  high: '',
  text: '',
};

export function toDraft(def: TestDefinition): TestDraft {
  return {
    name: def.name,
    loinc: def.loinc ?? '',
    unit: def.unit ?? '',
    decimals: str(def.decimals),
    stabilityMinutes: str(def.stabilityMinutes),
    referenceIntervals: def.referenceIntervals.map((ri) => ({
      sex: ri.sex,
      ageFromDays: str(ri.ageFromDays),
      ageToDays: str(ri.ageToDays),
      low: str(ri.low),
      high: str(ri.high),
      text: ri.text ?? '',
    })),
    criticalLow: str(def.critical?.low),
    criticalHigh: str(def.critical?.high),
    criticalSource: def.critical?.source ?? '',
    rangeLow: str(def.measuringRange?.low),
    rangeHigh: str(def.measuringRange?.high),
    statMinutes: str(def.turnaround?.statMinutes),
    routineMinutes: str(def.turnaround?.routineMinutes),
  };
}

/** Field path (as the server names it) → message, for numbers that do not read as numbers. */
export type LocalErrors = Record<string, string>;

/**
 * The definition to send: the original with the edited fields replaced. Fields the form does not
 * show (delta, variation, serum indices…) are kept as they were. Returns the typing errors instead when
 * a number field holds something that is not a number.
 */
export function fromDraft(
  original: TestDefinition,
  draft: TestDraft,
): { definition: TestDefinition; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const num = (typed: string, path: string): number | undefined => {
    const text = typed.trim().replace(',', '.');
    if (!text) return undefined;
    const value = Number(text);
    if (Number.isFinite(value)) return value;
    errors[path] = `“${typed}” is not a number`;
    return undefined;
  };
  const opt = <K extends string, V>(key: K, value: V | undefined) =>
    (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

  const intervals: ReferenceInterval[] = draft.referenceIntervals.map((ri, i) => ({
    sex: ri.sex as ReferenceInterval['sex'],
    ...opt('ageFromDays', num(ri.ageFromDays, `referenceIntervals.${i}.ageFromDays`)),
    ...opt('ageToDays', num(ri.ageToDays, `referenceIntervals.${i}.ageToDays`)),
    ...opt('low', num(ri.low, `referenceIntervals.${i}.low`)),
    ...opt('high', num(ri.high, `referenceIntervals.${i}.high`)),
    ...opt('text', ri.text.trim() || undefined),
  }));
  const criticalLow = num(draft.criticalLow, 'critical.low');
  const criticalHigh = num(draft.criticalHigh, 'critical.high');
  const rangeLow = num(draft.rangeLow, 'measuringRange.low');
  const rangeHigh = num(draft.rangeHigh, 'measuringRange.high');
  const stat = num(draft.statMinutes, 'turnaround.statMinutes');
  const routine = num(draft.routineMinutes, 'turnaround.routineMinutes');

  const {
    loinc: _loinc,
    unit: _unit,
    decimals: _decimals,
    stabilityMinutes: _stability,
    critical: _critical,
    measuringRange,
    turnaround: _turnaround,
    ...kept
  } = original;
  const definition = {
    ...kept,
    name: draft.name,
    ...opt('loinc', draft.loinc.trim() || undefined),
    ...opt('unit', draft.unit.trim() || undefined),
    ...opt('decimals', num(draft.decimals, 'decimals')),
    ...opt('stabilityMinutes', num(draft.stabilityMinutes, 'stabilityMinutes')),
    referenceIntervals: intervals,
    ...(criticalLow !== undefined || criticalHigh !== undefined || draft.criticalSource.trim()
      ? {
          critical: {
            ...opt('low', criticalLow),
            ...opt('high', criticalHigh),
            source: draft.criticalSource.trim(),
          },
        }
      : {}),
    ...(rangeLow !== undefined || rangeHigh !== undefined
      ? {
          measuringRange: {
            ...opt('low', rangeLow),
            ...opt('high', rangeHigh),
            ...opt('maxDilution', measuringRange?.maxDilution),
          } as NonNullable<TestDefinition['measuringRange']>,
        }
      : {}),
    ...(stat !== undefined || routine !== undefined
      ? { turnaround: { ...opt('statMinutes', stat), ...opt('routineMinutes', routine) } }
      : {}),
  } satisfies TestDefinition;
  return { definition, errors };
}
