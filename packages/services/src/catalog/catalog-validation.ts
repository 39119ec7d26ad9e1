import {
  Container,
  Discipline,
  SpecimenType,
  ValueKind,
  type PanelDefinition,
  type TestDefinition,
} from '@aliquot/domain';
import {
  FieldReader,
  closest,
  isJsonObject,
  joinPath,
  show,
  type CatalogProblem,
} from './catalog-problem.js';
import { loincProblem } from './loinc-check-digit.js';
import {
  checkCriticalLimits,
  checkDeltaCheck,
  checkMeasuringRange,
  checkReferenceIntervals,
  checkSourcedFigures,
  checkTurnaround,
} from './test-definition-parts.js';
import { ucumUnitProblem } from './ucum-unit.js';

const TEST_FIELDS = [
  'code',
  'loinc',
  'name',
  'discipline',
  'specimenType',
  'container',
  'valueKind',
  'unit',
  'decimals',
  'calculated',
  'answers',
  'referenceIntervals',
  'critical',
  'measuringRange',
  'delta',
  'variation',
  'allowableError',
  'serumIndexLimits',
  'stabilityMinutes',
  'turnaround',
] as const satisfies readonly (keyof TestDefinition)[];
/** Fails to compile when TestDefinition gains a field this validator does not know. */
const _everyTestFieldChecked: [Exclude<keyof TestDefinition, (typeof TEST_FIELDS)[number]>] extends [never]
  ? true
  : never = true;

const PANEL_FIELDS = [
  'code',
  'loinc',
  'name',
  'members',
] as const satisfies readonly (keyof PanelDefinition)[];
const _everyPanelFieldChecked: [Exclude<keyof PanelDefinition, (typeof PANEL_FIELDS)[number]>] extends [never]
  ? true
  : never = true;

/** Fields that only mean something for numeric results. */
const NUMERIC_ONLY = ['decimals', 'critical', 'measuringRange', 'delta'] as const;

/**
 * Everything wrong with one test definition, as it would arrive from the catalog file or an admin's
 * edit: unknown or mistyped fields, a unit that is not UCUM, a bad LOINC check digit, inverted ranges,
 * critical limits inside the reference interval, a coded test without answers. Empty when it is fine.
 * @param at path prefix for the problems, e.g. `tests[K]`; empty for a test edited on its own
 */
export function validateTestDefinition(def: unknown, at = ''): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (!isJsonObject(def)) {
    return [{ path: at, message: `a test definition must be an object (got ${show(def)})` }];
  }
  const test = new FieldReader(def, at, problems);
  test.onlyKnown(TEST_FIELDS);
  checkCode(test);
  test.string('name', true);
  checkLoinc(test);
  test.oneOf('discipline', Object.values(Discipline), true);
  test.oneOf('specimenType', Object.values(SpecimenType), true);
  test.oneOf('container', Object.values(Container), true);
  const kind = test.oneOf('valueKind', Object.values(ValueKind), true);
  checkUnit(test, kind);
  test.number('decimals', { integer: true, min: 0, max: 6 });
  test.boolean('calculated');
  const answers = checkAnswers(test, kind);
  if (kind !== undefined && kind !== ValueKind.numeric) {
    for (const field of NUMERIC_ONLY) {
      if (test.has(field)) {
        test.problem(field, `${field} applies to numeric results only; this test is ${kind}`);
      }
    }
  }
  const intervals = checkReferenceIntervals(test, answers);
  checkCriticalLimits(test, intervals);
  checkMeasuringRange(test);
  checkDeltaCheck(test);
  checkSourcedFigures(test);
  test.number('stabilityMinutes', { integer: true, min: 0, minExclusive: true });
  checkTurnaround(test);
  return problems;
}

/**
 * Everything wrong with one panel: its own fields, and members that are not tests among `testCodes`
 * (a panel orders tests; it does not nest other panels).
 */
export function validatePanelDefinition(
  panel: unknown,
  testCodes: ReadonlySet<string>,
  at = '',
  panelCodes: ReadonlySet<string> = new Set(),
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (!isJsonObject(panel)) {
    return [{ path: at, message: `a panel definition must be an object (got ${show(panel)})` }];
  }
  const reader = new FieldReader(panel, at, problems);
  reader.onlyKnown(PANEL_FIELDS);
  checkCode(reader);
  reader.string('name', true);
  checkLoinc(reader);
  const members = reader.array('members', true);
  if (members?.length === 0) reader.problem('members', 'a panel needs at least one member test');
  const seen = new Set<string>();
  const known = [...testCodes];
  members?.forEach((member, index) => {
    const path = joinPath(joinPath(at, 'members'), index);
    if (typeof member !== 'string') {
      problems.push({ path, message: `a member must be a test code (got ${show(member)})` });
    } else if (seen.has(member)) {
      problems.push({ path, message: `member '${member}' is listed twice` });
    } else if (!testCodes.has(member)) {
      const near = closest(member, known);
      const hint = panelCodes.has(member)
        ? ': it is a panel, and a panel lists tests only'
        : near
          ? `: did you mean '${near}'?`
          : '';
      problems.push({ path, message: `member '${member}' is not a test in this catalog${hint}` });
    }
    if (typeof member === 'string') seen.add(member);
  });
  return problems;
}

/**
 * Everything wrong with a whole catalog `{ tests, panels }`: each test and panel, and codes that
 * clash (tests and panels share one list of orderables).
 */
export function validateCatalog(catalog: unknown): CatalogProblem[] {
  if (!isJsonObject(catalog)) {
    return [
      { path: '', message: `a catalog must be an object with tests and panels (got ${show(catalog)})` },
    ];
  }
  const problems: CatalogProblem[] = [];
  const root = new FieldReader(catalog, '', problems);
  root.onlyKnown(['tests', 'panels', 'sources', 'loincNotice']);
  const tests = root.array('tests', true) ?? [];
  const panels = root.array('panels', true) ?? [];
  const firstUse = new Map<string, string>();
  const entryPath = (list: 'tests' | 'panels', entry: unknown, index: number): string => {
    const code = isJsonObject(entry) ? entry.code : undefined;
    const path = joinPath(list, index);
    if (typeof code !== 'string' || code === '') return path;
    const earlier = firstUse.get(code);
    if (earlier === undefined) firstUse.set(code, path);
    else
      problems.push({
        path: joinPath(path, 'code'),
        message: `code '${code}' is already used by ${earlier}; tests and panels share one list of codes`,
      });
    return `${list}[${code}]`;
  };
  const testPaths = tests.map((entry, index) => entryPath('tests', entry, index));
  const panelPaths = panels.map((entry, index) => entryPath('panels', entry, index));
  const testCodes = new Set(
    tests.flatMap((t) => (isJsonObject(t) && typeof t.code === 'string' ? [t.code] : [])),
  );
  const panelCodes = new Set(
    panels.flatMap((p) => (isJsonObject(p) && typeof p.code === 'string' ? [p.code] : [])),
  );
  tests.forEach((entry, index) => problems.push(...validateTestDefinition(entry, testPaths[index] ?? '')));
  panels.forEach((entry, index) =>
    problems.push(...validatePanelDefinition(entry, testCodes, panelPaths[index] ?? '', panelCodes)),
  );
  return problems;
}

/** Codes travel in HL7 and ASTM messages, so they may not hold spaces or those messages' delimiters. */
function checkCode(reader: FieldReader): void {
  const code = reader.string('code', true);
  if (code !== undefined && /[\s|^&~\\]/.test(code)) {
    reader.problem('code', `code '${code}' may not contain spaces or the HL7/ASTM delimiters | ^ & ~ \\`);
  }
}

function checkLoinc(reader: FieldReader): void {
  const loinc = reader.string('loinc');
  const problem = loinc === undefined ? undefined : loincProblem(loinc);
  if (problem) reader.problem('loinc', problem);
}

function checkUnit(test: FieldReader, kind: ValueKind | undefined): void {
  if (!test.has('unit')) {
    if (kind === ValueKind.numeric) {
      test.problem(
        'unit',
        "a numeric test needs a UCUM unit ('1' for a number without one, e.g. specific gravity)",
      );
    }
    return;
  }
  const unit = test.object.unit;
  if (typeof unit !== 'string') {
    test.problem('unit', `unit must be text (got ${show(unit)})`);
    return;
  }
  const problem = ucumUnitProblem(unit);
  if (problem) test.problem('unit', problem);
}

/** The permitted answers of a coded test, which it must have; other kinds must not list any. */
function checkAnswers(test: FieldReader, kind: ValueKind | undefined): readonly string[] | undefined {
  const list = test.array('answers');
  if (kind === ValueKind.coded && (list === undefined || list.length === 0)) {
    test.problem('answers', 'a coded test needs its permitted answers, e.g. neg, trace, 1+');
    return undefined;
  }
  if (list === undefined) return undefined;
  if (kind !== undefined && kind !== ValueKind.coded) {
    test.problem('answers', `answers apply to coded results only; this test is ${kind}`);
  }
  const answers: string[] = [];
  list.forEach((answer, index) => {
    const path = joinPath(joinPath(test.at, 'answers'), index);
    if (typeof answer !== 'string' || answer.trim() === '') {
      test.problems.push({ path, message: `an answer must be non-empty text (got ${show(answer)})` });
    } else if (answers.includes(answer)) {
      test.problems.push({ path, message: `answer '${answer}' is listed twice` });
    } else {
      answers.push(answer);
    }
  });
  return answers;
}
