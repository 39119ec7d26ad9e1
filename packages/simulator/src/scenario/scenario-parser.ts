import { LabError } from '@aliquot/domain';
import { DEFAULT_CONDITION_WEIGHTS, type SickCondition } from '../biology/conditions.js';
import { defaultAnalyzers } from '../analyzers/analyzer-profile.js';
import { MEASUREMENT_FAULTS, SPECIMEN_FAULTS } from '../faults/fault-kinds.js';
import { JsonReader, join, type DocumentProblem } from './json-reader.js';
import type {
  AnalyzerEventSetting,
  AnalyzerSetting,
  OrderArrivals,
  PoctSettings,
  Scenario,
  ScenarioFaults,
  ScenarioPopulation,
  ScriptedFault,
  StaffBehaviour,
} from './scenario-types.js';

const TOP = ['name', 'description', 'seed', 'durationHours', 'speed', 'orders', 'population'];
const TOP_ALL = [...TOP, 'analyzers', 'faults', 'staff', 'poct'];
const ANALYZER_CODES = defaultAnalyzers().map((a) => a.code);
const CONDITIONS = Object.keys(DEFAULT_CONDITION_WEIGHTS) as SickCondition[];
const TUBE_FAULTS = [...SPECIMEN_FAULTS, 'over-range'] as const;
const MEASUREMENT_RATE_FAULTS = MEASUREMENT_FAULTS.filter((f) => f !== 'over-range');

function orders(r: JsonReader, value: unknown): OrderArrivals | undefined {
  const o = r.object(value, 'orders', ['via', 'perHour', 'profile', 'returningShare', 'historyPatients']);
  if (!o) return undefined;
  const perHour = r.number(o.perHour, 'orders.perHour', 0, 10_000);
  const returningShare = r.number(o.returningShare ?? 0, 'orders.returningShare', 0, 1);
  const historyPatients = r.number(o.historyPatients ?? 0, 'orders.historyPatients', 0, 10_000);
  const profile: { fromHour: number; perHour: number }[] = [];
  if (o.profile !== undefined) {
    (r.array(o.profile, 'orders.profile') ?? []).forEach((item, i) => {
      const path = join('orders.profile', i);
      const step = r.object(item, path, ['fromHour', 'perHour']);
      const fromHour = r.number(step?.fromHour, join(path, 'fromHour'), 0, 1000);
      const rate = r.number(step?.perHour, join(path, 'perHour'), 0, 10_000);
      if (fromHour !== undefined && rate !== undefined) profile.push({ fromHour, perHour: rate });
    });
  }
  const via = o.via === undefined ? 'hl7' : r.oneOf(o.via, 'orders.via', ['hl7', 'rest'] as const);
  if (perHour === undefined || returningShare === undefined || historyPatients === undefined || !via)
    return undefined;
  return { via, perHour, returningShare, historyPatients, ...(profile.length ? { profile } : {}) };
}

function population(r: JsonReader, value: unknown): ScenarioPopulation | undefined {
  const p = r.object(value, 'population', ['sickShare', 'criticalShareOfSick', 'conditionWeights']);
  if (!p) return undefined;
  const sickShare = r.number(p.sickShare, 'population.sickShare', 0, 1);
  const criticalShareOfSick = r.number(p.criticalShareOfSick, 'population.criticalShareOfSick', 0, 1);
  const conditionWeights = r.rates(p.conditionWeights, 'population.conditionWeights', CONDITIONS, 0, 1000);
  if (sickShare === undefined || criticalShareOfSick === undefined) return undefined;
  return { sickShare, criticalShareOfSick, conditionWeights };
}

function analyzers(r: JsonReader, value: unknown): AnalyzerSetting[] {
  if (value === undefined) return ANALYZER_CODES.map((code) => ({ code }));
  return (r.array(value, 'analyzers') ?? []).flatMap((item, i) => {
    const path = join('analyzers', i);
    const a = r.object(item, path, [
      'code',
      'imprecision',
      'biasPercent',
      'tubesPerHour',
      'runMinutes',
      'qcEveryMinutes',
    ]);
    const code = r.oneOf(a?.code, join(path, 'code'), ANALYZER_CODES);
    if (!a || !code) return [];
    const setting: { -readonly [K in keyof AnalyzerSetting]: AnalyzerSetting[K] } = { code };
    const imprecision = r.optionalNumber(a.imprecision, join(path, 'imprecision'), 0.1, 10);
    const biasPercent = r.optionalNumber(a.biasPercent, join(path, 'biasPercent'), -50, 50);
    const tubesPerHour = r.optionalNumber(a.tubesPerHour, join(path, 'tubesPerHour'), 1, 100_000);
    const runMinutes = r.optionalNumber(a.runMinutes, join(path, 'runMinutes'), 0, 1440);
    const qcEveryMinutes = r.optionalNumber(a.qcEveryMinutes, join(path, 'qcEveryMinutes'), 5, 10_080);
    if (imprecision !== undefined) setting.imprecision = imprecision;
    if (biasPercent !== undefined) setting.biasPercent = biasPercent;
    if (tubesPerHour !== undefined) setting.tubesPerHour = tubesPerHour;
    if (runMinutes !== undefined) setting.runMinutes = runMinutes;
    if (qcEveryMinutes !== undefined) setting.qcEveryMinutes = qcEveryMinutes;
    return [setting];
  });
}

function faults(r: JsonReader, value: unknown, codes: readonly string[]): ScenarioFaults {
  const f =
    r.object(value ?? {}, 'faults', ['tubeRates', 'measurementRates', 'analyzerEvents', 'scripted']) ?? {};
  const analyzerEvents: AnalyzerEventSetting[] = [];
  (f.analyzerEvents === undefined ? [] : (r.array(f.analyzerEvents, 'faults.analyzerEvents') ?? [])).forEach(
    (item, i) => {
      const path = join('faults.analyzerEvents', i);
      const e = r.object(item, path, ['kind', 'analyzer', 'tests', 'atHour', 'sizeSd']);
      const kind = r.oneOf(e?.kind, join(path, 'kind'), ['qc-shift', 'qc-drift'] as const);
      const analyzer = r.oneOf(e?.analyzer, join(path, 'analyzer'), codes);
      const tests = (r.array(e?.tests, join(path, 'tests')) ?? []).flatMap((t, n) => {
        const code = r.string(t, join(join(path, 'tests'), n));
        return code ? [code] : [];
      });
      const atHour = r.number(e?.atHour, join(path, 'atHour'), 0, 1000);
      const sizeSd = r.number(e?.sizeSd, join(path, 'sizeSd'), -20, 20);
      if (kind && analyzer && atHour !== undefined && sizeSd !== undefined && tests.length > 0) {
        analyzerEvents.push({ kind, analyzer, tests, atHour, sizeSd });
      } else if (tests.length === 0) r.problem(join(path, 'tests'), 'name at least one test');
    },
  );
  const scripted: ScriptedFault[] = [];
  (f.scripted === undefined ? [] : (r.array(f.scripted, 'faults.scripted') ?? [])).forEach((item, i) => {
    const path = join('faults.scripted', i);
    const s = r.object(item, path, ['kind', 'atHour']);
    const kind = r.oneOf(s?.kind, join(path, 'kind'), TUBE_FAULTS);
    const atHour = r.number(s?.atHour, join(path, 'atHour'), 0, 1000);
    if (kind && atHour !== undefined) scripted.push({ kind, atHour });
  });
  return {
    tubeRates: r.rates(f.tubeRates, 'faults.tubeRates', TUBE_FAULTS),
    measurementRates: r.rates(f.measurementRates, 'faults.measurementRates', MEASUREMENT_RATE_FAULTS),
    analyzerEvents,
    scripted,
  };
}

function staff(r: JsonReader, value: unknown): StaffBehaviour {
  const s = r.object(value ?? {}, 'staff', ['criticalCallMinutes', 'qcResponseMinutes']) ?? {};
  const minutes = r.optionalNumber(s.criticalCallMinutes, 'staff.criticalCallMinutes', 0, 1440);
  const qc = r.optionalNumber(s.qcResponseMinutes, 'staff.qcResponseMinutes', 0, 1440);
  return {
    ...(minutes === undefined ? {} : { criticalCallMinutes: minutes }),
    ...(qc === undefined ? {} : { qcResponseMinutes: qc }),
  };
}

function poct(r: JsonReader, value: unknown): PoctSettings {
  const p = r.object(value ?? {}, 'poct', ['resultsPerHour', 'uncertifiedShare']) ?? {};
  return {
    resultsPerHour: r.number(p.resultsPerHour ?? 0, 'poct.resultsPerHour', 0, 10_000) ?? 0,
    uncertifiedShare: r.number(p.uncertifiedShare ?? 0, 'poct.uncertifiedShare', 0, 1) ?? 0,
  };
}

/** Checks a scenario document; returns it typed, or every problem with its path. */
export function checkScenario(document: unknown): { scenario?: Scenario; problems: DocumentProblem[] } {
  const r = new JsonReader();
  const d = r.object(document, '', TOP_ALL);
  if (!d) return { problems: r.problems };
  for (const key of TOP) if (d[key] === undefined) r.problem(key, 'is required');
  const name = r.string(d.name, 'name');
  const description = r.string(d.description, 'description');
  const seed = r.number(d.seed, 'seed', 0, 2 ** 32 - 1);
  const durationHours = r.number(d.durationHours, 'durationHours', 0.01, 24 * 14);
  const speed = r.number(d.speed, 'speed', 0.01, 100_000);
  const o = orders(r, d.orders);
  const p = population(r, d.population);
  const a = analyzers(r, d.analyzers);
  const f = faults(
    r,
    d.faults,
    a.map((x) => x.code),
  );
  const scenario =
    r.problems.length === 0 && name && description && seed !== undefined && durationHours && speed && o && p
      ? {
          name,
          description,
          seed,
          durationHours,
          speed,
          orders: o,
          population: p,
          analyzers: a,
          faults: f,
          staff: staff(r, d.staff),
          poct: poct(r, d.poct),
        }
      : undefined;
  return r.problems.length === 0 && scenario ? { scenario, problems: [] } : { problems: r.problems };
}

/** A scenario from parsed JSON, or a LabError (invalid) naming each problem and its path. */
export function parseScenario(document: unknown, source = 'the scenario'): Scenario {
  const { scenario, problems } = checkScenario(document);
  if (scenario) return scenario;
  throw LabError.invalid(
    `${source} is not a valid scenario`,
    problems.map((p) => ({ location: p.path || '(document)', message: p.message })),
  );
}
