import { starterCatalog } from '@aliquot/services';
import { describe, expect, it } from 'vitest';
import { analyteModels } from '../src/biology/analyte-model.js';
import { PatientBiology } from '../src/biology/patient-biology.js';
import { PopulationGenerator } from '../src/biology/population.js';
import { PHYSIOLOGICAL_LIMITS } from '../src/biology/physiology.js';
import { defaultAnalyzers } from '../src/analyzers/analyzer-profile.js';
import { SimRandom } from '../src/random/sim-random.js';

const { tests } = starterCatalog();
const models = analyteModels(tests);
const today = new Date('2026-06-01T08:00:00Z');

function population(seed: number, sickShare = 0, criticalShareOfSick = 0) {
  return new PopulationGenerator(
    { settings: { sickShare, criticalShareOfSick }, models, mrnPrefix: 'T', today },
    new SimRandom(seed),
  );
}

function drawMany(seed: number, count: number, sickShare = 0) {
  const people = population(seed, sickShare);
  return Array.from({ length: count }, (_, i) => {
    const patient = people.next();
    return {
      patient,
      values: new PatientBiology(patient, models, new SimRandom(seed).fork(`b${i}`)).draw(0),
    };
  });
}

const share = (xs: readonly boolean[]): number => xs.filter(Boolean).length / xs.length;

describe('a simulated population', () => {
  it('is the same from the same seed, and different from another seed', () => {
    const a = drawMany(42, 20).map((d) => [d.patient.mrn, d.patient.birthDate, d.values.numeric.K]);
    const b = drawMany(42, 20).map((d) => [d.patient.mrn, d.patient.birthDate, d.values.numeric.K]);
    const c = drawMany(43, 20).map((d) => [d.patient.mrn, d.patient.birthDate, d.values.numeric.K]);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('puts about 95 % of healthy sodium, potassium, haemoglobin and glucose values inside the reference interval', () => {
    const draws = drawMany(7, 2000);
    const inside = (code: string, low: number, high: number) =>
      share(
        draws.map((d) => (d.values.numeric[code] ?? NaN) >= low && (d.values.numeric[code] ?? NaN) <= high),
      );
    expect(inside('NA', 136, 145)).toBeGreaterThan(0.9);
    expect(inside('K', 3.5, 5.1)).toBeGreaterThan(0.9);
    expect(inside('GLU', 70, 99)).toBeGreaterThan(0.9);
    const womenHb = draws.filter((d) => d.patient.sex === 'female').map((d) => d.values.numeric.HGB ?? NaN);
    expect(share(womenHb.map((hb) => hb >= 12 && hb <= 15.5))).toBeGreaterThan(0.88);
  });

  it('keeps every value of the sick and the critically ill within what a living body can hold', () => {
    const people = population(11, 1, 0.5);
    for (let i = 0; i < 400; i++) {
      const patient = people.next();
      const values = new PatientBiology(patient, models, new SimRandom(i)).draw(0).numeric;
      for (const [code, [low, high]] of Object.entries(PHYSIOLOGICAL_LIMITS)) {
        const value = values[code];
        if (value === undefined) continue;
        expect(value, `${code} of a ${patient.condition} patient`).toBeGreaterThanOrEqual(low);
        expect(value, `${code} of a ${patient.condition} patient`).toBeLessThanOrEqual(high);
      }
      for (const [code, value] of Object.entries(values)) {
        if (code !== 'BE') expect(value, code).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('ties the analytes together: anion gap, MCV × RBC = Hct, albumin under total protein, the differential adds up', () => {
    for (const { values } of drawMany(3, 300, 0.4)) {
      const v = values.numeric;
      const gap = (v.NA ?? 0) - (v.CL ?? 0) - (v.CO2 ?? 0);
      expect(gap).toBeGreaterThan(3);
      expect(gap).toBeLessThan(30);
      expect(((v.MCV ?? 0) * (v.RBC ?? 0)) / 10).toBeCloseTo(v.HCT ?? 0, 6);
      expect(v.ALB ?? 0).toBeLessThan(v.TP ?? 0);
      expect(v.DBIL ?? 0).toBeLessThan(v.TBIL ?? 0);
      const diff = ['NEUTP', 'LYMPHP', 'MONOP', 'EOSP', 'BASOP'].reduce((s, c) => s + (v[c] ?? 0), 0);
      expect(diff).toBeCloseTo(100, 1);
      expect((v.BUN ?? 0) / (v.CREA ?? 1)).toBeGreaterThan(4);
      expect((v.BUN ?? 0) / (v.CREA ?? 1)).toBeLessThan(50);
    }
  });

  it('varies a person by their CVi between draws, more over a week than over an hour', () => {
    const patient = population(5).next();
    const biology = new PatientBiology(patient, models, new SimRandom(99));
    const hourly: number[] = [];
    const weekly: number[] = [];
    let previous = biology.draw(0).numeric.CREA ?? 0;
    for (let i = 1; i <= 200; i++) {
      const next = biology.draw(i * 60).numeric.CREA ?? 0;
      hourly.push(Math.abs(next - previous));
      previous = next;
    }
    for (let i = 1; i <= 200; i++) {
      const next = biology.draw(200 * 60 + i * 7 * 1440).numeric.CREA ?? 0;
      weekly.push(Math.abs(next - previous));
      previous = next;
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(weekly)).toBeGreaterThan(mean(hourly) * 3);
    // Week-apart changes follow CVi 4.4 %: the mean absolute change of two draws is about 1.13 × CVi × level.
    expect(mean(weekly) / (patient.setPoints.CREA ?? 1)).toBeGreaterThan(0.02);
    expect(mean(weekly) / (patient.setPoints.CREA ?? 1)).toBeLessThan(0.09);
  });

  it('makes the critically ill critical: DKA glucose above 484, hyperkalaemia above 6.2, anaemia below 6.6', () => {
    const people = population(8, 1, 1);
    const dka = people.next({ condition: 'diabetic-ketoacidosis', severity: 'critical' });
    const hyperK = people.next({ condition: 'hyperkalemia', severity: 'critical' });
    const anemia = people.next({ condition: 'anemia', severity: 'critical' });
    const r = new SimRandom(1);
    expect(new PatientBiology(dka, models, r).draw(0).numeric.GLU).toBeGreaterThan(484);
    expect(new PatientBiology(hyperK, models, r).draw(0).numeric.K).toBeGreaterThan(6.2);
    expect(new PatientBiology(anemia, models, r).draw(0).numeric.HGB).toBeLessThan(6.6);
  });

  it('has a value for every numeric test the default analyzers perform', () => {
    const byCode = new Map(tests.map((t) => [t.code, t]));
    const values = drawMany(1, 1)[0]?.values;
    for (const analyzer of defaultAnalyzers()) {
      for (const code of analyzer.tests) {
        const def = byCode.get(code);
        expect(def, code).toBeDefined();
        if (def?.valueKind === 'numeric') expect(values?.numeric[code], code).toBeTypeOf('number');
        if (def?.valueKind === 'coded') expect(def.answers).toContain(values?.coded[code]);
      }
    }
  });
});
