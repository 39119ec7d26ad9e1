import { ClinicalSex, DeltaMethod } from '@aliquot/domain';
import { FieldReader, isJsonObject, joinPath, show } from './catalog-problem.js';

/** Checks of the parts of a test definition: reference intervals, limits, ranges and targets. */

export interface IntervalBounds {
  readonly path: string;
  readonly sex: string;
  readonly low?: number;
  readonly high?: number;
}

const SEXES = [...Object.values(ClinicalSex), 'any'] as const;

/** Each interval's form, low ≤ high, ages in order, expected answers among the permitted ones. */
export function checkReferenceIntervals(
  test: FieldReader,
  answers: readonly string[] | undefined,
): IntervalBounds[] {
  const list = test.array('referenceIntervals', true) ?? [];
  const bounds: IntervalBounds[] = [];
  const partitions = new Map<string, string>();
  list.forEach((entry, index) => {
    const at = joinPath(joinPath(test.at, 'referenceIntervals'), index);
    if (!isJsonObject(entry)) {
      test.problems.push({
        path: at,
        message: `a reference interval must be an object (got ${show(entry)})`,
      });
      return;
    }
    const ri = new FieldReader(entry, at, test.problems);
    ri.onlyKnown(['sex', 'ageFromDays', 'ageToDays', 'low', 'high', 'text']);
    const sex = ri.oneOf('sex', SEXES, true);
    const from = ri.number('ageFromDays', { integer: true, min: 0 });
    const to = ri.number('ageToDays', { integer: true, min: 0, minExclusive: true });
    const low = ri.number('low');
    const high = ri.number('high');
    const text = ri.string('text');
    if (from !== undefined && to !== undefined && from >= to) {
      ri.problem(
        'ageToDays',
        `ageToDays ${to} must be above ageFromDays ${from} (the upper age is exclusive)`,
      );
    }
    if (low !== undefined && high !== undefined && low > high) {
      ri.problem(undefined, `reference interval low ${low} is above its high ${high}`);
    }
    if (!ri.has('low') && !ri.has('high') && !ri.has('text')) {
      ri.problem(undefined, 'a reference interval needs a low, a high or an expected text');
    }
    if (text !== undefined && answers !== undefined && !answers.includes(text)) {
      ri.problem(
        'text',
        `expected answer '${text}' is not one of the permitted answers: ${answers.join(', ')}`,
      );
    }
    const partition = `${String(ri.object.sex)}|${String(ri.object.ageFromDays)}|${String(ri.object.ageToDays)}`;
    const first = partitions.get(partition);
    if (first === undefined) partitions.set(partition, at);
    else ri.problem(undefined, `repeats the sex and ages of ${first}, so it would never be used`);
    if (sex !== undefined)
      bounds.push({
        path: at,
        sex,
        ...(low === undefined ? {} : { low }),
        ...(high === undefined ? {} : { high }),
      });
  });
  return bounds;
}

/** Critical limits: low < high, a source, and both outside every reference interval. */
export function checkCriticalLimits(test: FieldReader, intervals: readonly IntervalBounds[]): void {
  const critical = test.nested('critical');
  if (!critical) return;
  critical.onlyKnown(['low', 'high', 'source']);
  critical.string('source', true);
  const low = critical.number('low');
  const high = critical.number('high');
  if (!critical.has('low') && !critical.has('high')) {
    critical.problem(undefined, 'critical limits need a low, a high or both');
  }
  if (low !== undefined && high !== undefined && low >= high) {
    critical.problem(undefined, `critical low ${low} must be below critical high ${high}`);
  }
  for (const ri of intervals) {
    if (low !== undefined && ri.low !== undefined && low >= ri.low) {
      critical.problem(
        'low',
        `critical low ${low} is not below the reference interval low ${ri.low} (${ri.path})`,
      );
    }
    if (high !== undefined && ri.high !== undefined && high <= ri.high) {
      critical.problem(
        'high',
        `critical high ${high} is not above the reference interval high ${ri.high} (${ri.path})`,
      );
    }
  }
}

/** The analytical measurement range: low < high, and a dilution factor above 1 if one is given. */
export function checkMeasuringRange(test: FieldReader): void {
  const range = test.nested('measuringRange');
  if (!range) return;
  range.onlyKnown(['low', 'high', 'maxDilution']);
  const low = range.number('low', { required: true });
  const high = range.number('high', { required: true });
  if (low !== undefined && high !== undefined && low >= high) {
    range.problem(undefined, `measuring range low ${low} must be below its high ${high}`);
  }
  if (range.has('maxDilution') && range.object.maxDilution === 1) {
    range.problem('maxDilution', 'maxDilution 1 means no dilution: leave maxDilution out instead');
  } else {
    range.number('maxDilution', { min: 1, minExclusive: true });
  }
}

export function checkDeltaCheck(test: FieldReader): void {
  const delta = test.nested('delta');
  if (!delta) return;
  delta.onlyKnown(['method', 'limit', 'windowHours']);
  delta.oneOf('method', Object.values(DeltaMethod), true);
  delta.number('limit', { required: true, min: 0, minExclusive: true });
  delta.number('windowHours', { required: true, min: 0, minExclusive: true });
}

/** Variation, allowable error and serum-index limits: some figure, and where it comes from. */
export function checkSourcedFigures(test: FieldReader): void {
  const parts = [
    { key: 'variation', fields: ['cvi', 'cva'], min: 0, exclusive: true },
    { key: 'allowableError', fields: ['percent', 'absolute'], min: 0, exclusive: true },
    { key: 'serumIndexLimits', fields: ['hemolysis', 'icterus', 'lipemia'], min: 0, exclusive: false },
  ] as const;
  for (const part of parts) {
    const reader = test.nested(part.key);
    if (!reader) continue;
    reader.onlyKnown([...part.fields, 'source']);
    reader.string('source', true);
    for (const field of part.fields) reader.number(field, { min: part.min, minExclusive: part.exclusive });
    if (!part.fields.some((field) => reader.has(field))) {
      reader.problem(undefined, `${part.key} needs at least one of ${part.fields.join(', ')}`);
    }
  }
}

export function checkTurnaround(test: FieldReader): void {
  const tat = test.nested('turnaround');
  if (!tat) return;
  tat.onlyKnown(['statMinutes', 'routineMinutes']);
  const stat = tat.number('statMinutes', { integer: true, min: 0, minExclusive: true });
  const routine = tat.number('routineMinutes', { integer: true, min: 0, minExclusive: true });
  if (!tat.has('statMinutes') && !tat.has('routineMinutes')) {
    tat.problem(undefined, 'turnaround needs statMinutes, routineMinutes or both');
  }
  if (stat !== undefined && routine !== undefined && stat > routine) {
    tat.problem(
      'statMinutes',
      `the STAT target ${stat} min is longer than the routine target ${routine} min`,
    );
  }
}
