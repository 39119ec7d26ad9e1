import { starterCatalog } from '@aliquot/services';
import { describe, expect, it } from 'vitest';
import { defaultAnalyzers } from '../src/analyzers/analyzer-profile.js';
import { measureNumeric } from '../src/analyzers/measurement.js';
import {
  deriveRedCellIndices,
  measureTest,
  type LoadedTube,
  type MeasuredTest,
} from '../src/analyzers/tube-measurement.js';
import { analyteModels } from '../src/biology/analyte-model.js';
import { PatientBiology } from '../src/biology/patient-biology.js';
import { PopulationGenerator } from '../src/biology/population.js';
import { biasAt } from '../src/faults/fault-kinds.js';
import { FaultPlanner } from '../src/faults/fault-planner.js';
import { prepareTube } from '../src/faults/tube-preparation.js';
import { judgeResult } from '../src/ground-truth/ground-truth.js';
import { SimRandom } from '../src/random/sim-random.js';

const { tests } = starterCatalog();
const defs = new Map(tests.map((t) => [t.code, t]));
const def = (code: string) => {
  const d = defs.get(code);
  if (!d) throw new Error(code);
  return d;
};
const models = analyteModels(tests);
const chemistry = defaultAnalyzers().find((a) => a.code === 'CHEM-1');
if (!chemistry) throw new Error('no CHEM-1');

function healthyDraw(seed: number) {
  const people = new PopulationGenerator(
    {
      settings: { sickShare: 0, criticalShareOfSick: 0 },
      models,
      mrnPrefix: 'F',
      today: new Date('2026-01-01'),
    },
    new SimRandom(seed),
  );
  const patient = people.next();
  return { patient, drawn: new PatientBiology(patient, models, new SimRandom(seed)).draw(0) };
}

describe('pre-analytical faults', () => {
  it('a hemolysed tube carries its H index and a raised potassium, LDH and AST, sodium untouched', () => {
    const { drawn } = healthyDraw(1);
    const tube = prepareTube(drawn, { fault: 'hemolysis', ageMinutes: 30 }, new SimRandom(2));
    expect(tube.serumIndices.hemolysis).toBeGreaterThanOrEqual(120);
    expect(tube.numeric.K).toBeGreaterThan((drawn.numeric.K ?? 0) + 0.3);
    expect(tube.numeric.LDH).toBeGreaterThan(drawn.numeric.LDH ?? 0);
    expect(tube.numeric.AST).toBeGreaterThan(drawn.numeric.AST ?? 0);
    expect(tube.numeric.NA).toBe(drawn.numeric.NA);
    expect(tube.faults[0]?.kind).toBe('hemolysis');
  });

  it('EDTA carry-over shows as high potassium with low calcium', () => {
    const { drawn } = healthyDraw(3);
    const tube = prepareTube(drawn, { fault: 'edta-contamination', ageMinutes: 30 }, new SimRandom(4));
    expect(tube.numeric.K).toBeGreaterThan(6);
    expect(tube.numeric.CA).toBeLessThan(7);
  });

  it('saline from a drip pulls chloride up and calcium down; dextrose sends glucose above 500', () => {
    const { drawn } = healthyDraw(5);
    const saline = prepareTube(drawn, { fault: 'iv-saline-contamination', ageMinutes: 30 }, new SimRandom(6));
    expect(saline.numeric.CL).toBeGreaterThan((drawn.numeric.CL ?? 0) + 8);
    expect(saline.numeric.CA).toBeLessThan(drawn.numeric.CA ?? 0);
    expect(saline.numeric.HGB).toBe(drawn.numeric.HGB);
    const dextrose = prepareTube(
      drawn,
      { fault: 'iv-dextrose-contamination', ageMinutes: 30 },
      new SimRandom(7),
    );
    expect(dextrose.numeric.GLU).toBeGreaterThan(500);
  });

  it('a wrong blood in tube holds the other patient’s blood under this patient’s label', () => {
    const a = healthyDraw(8);
    const b = healthyDraw(9);
    const tube = prepareTube(a.drawn, { fault: 'wrong-blood-in-tube', ageMinutes: 30 }, new SimRandom(1), {
      patientKey: 'P0009',
      drawn: b.drawn,
    });
    expect(tube.numeric.MCV).toBe(b.drawn.numeric.MCV);
    expect(tube.faults[0]).toMatchObject({ kind: 'wrong-blood-in-tube', sourcePatientKey: 'P0009' });
  });
});

describe('measurement and its judgement', () => {
  it('a QC shift adds its SDs to every measurement of the test from its start, and a drift grows by the hour', () => {
    const shift = {
      kind: 'qc-shift',
      analyzer: 'CHEM-1',
      testCodes: ['GLU'],
      startMinute: 60,
      sizeSd: 3,
    } as const;
    const drift = {
      kind: 'qc-drift',
      analyzer: 'CHEM-1',
      testCodes: ['NA'],
      startMinute: 0,
      sizeSd: 0.5,
    } as const;
    expect(biasAt([shift], 'CHEM-1', 'GLU', 59)).toBe(0);
    expect(biasAt([shift], 'CHEM-1', 'GLU', 61)).toBe(3);
    expect(biasAt([shift], 'HEME-1', 'GLU', 61)).toBe(0);
    expect(biasAt([drift], 'CHEM-1', 'NA', 240)).toBeCloseTo(2);
  });

  it('a glucose beyond the measuring range is reported as ">750" with a linearity alarm', () => {
    const m = measureNumeric(
      { def: def('GLU'), profile: chemistry, trueValue: 1200, biasSd: 0, dilution: 1, replicate: 1 },
      new SimRandom(1),
    );
    expect(m.value).toEqual({ kind: 'numeric', value: 750, comparator: '>' });
    expect(m.flags).toContain('ABOVE-LINEARITY');
    const diluted = measureNumeric(
      { def: def('GLU'), profile: chemistry, trueValue: 1200, biasSd: 0, dilution: 2, replicate: 2 },
      new SimRandom(1),
    );
    expect(diluted.value.kind === 'numeric' && diluted.value.comparator).toBeFalsy();
    expect(diluted.value.kind === 'numeric' ? diluted.value.value : 0).toBeGreaterThan(1100);
  });

  it('judges a hemolysed potassium erroneous only when the rise exceeds the allowable error of 0.3 mmol/L', () => {
    const k = def('K');
    const at = (value: number) => ({
      testCode: 'K',
      value: { kind: 'numeric', value } as const,
      flags: [],
      dilution: 1,
      replicate: 1,
    });
    expect(judgeResult(k, at(4.5), 4.1, ['hemolysis'])).toBe(true);
    expect(judgeResult(k, at(4.3), 4.1, ['hemolysis'])).toBe(false);
    expect(judgeResult(k, at(4.3), 4.1, ['wrong-blood-in-tube'])).toBe(true);
    expect(judgeResult(k, at(4.3), 4.1, [])).toBe(false);
  });

  it('records which faults touched each result of a tube, and leaves untouched results clean', () => {
    const { patient, drawn } = healthyDraw(10);
    const content = prepareTube(drawn, { fault: 'hemolysis', ageMinutes: 30 }, new SimRandom(11));
    const tube: LoadedTube = {
      accession: 'A1',
      patient,
      content,
      truth: drawn,
      orderedTests: ['K', 'NA'],
      warmUp: false,
      random: new SimRandom(12),
    };
    const base = { tube, profile: chemistry, events: [], simMinute: 0, replicate: 1, dilution: 1 };
    const k = measureTest({ ...base, def: def('K') }, new SimRandom(1));
    const na = measureTest({ ...base, def: def('NA') }, new SimRandom(1));
    expect(k?.faults).toEqual(['hemolysis']);
    expect(k?.erroneous).toBe(true);
    expect(na?.faults).toEqual([]);
    expect(na?.erroneous).toBe(false);
  });

  it('places a scripted WBIT on the first tube of a patient with history, and never on a first-time patient', () => {
    const planner = new FaultPlanner(
      {
        tubeRates: {},
        measurementRates: {},
        analyzerEvents: [],
        scripted: [{ kind: 'wrong-blood-in-tube', atHour: 1 }],
      },
      new SimRandom(1),
    );
    const tube = { container: 'EDTA', tests: [def('MCV')], otherPatientAvailable: true };
    expect(planner.decideTube({ ...tube, simMinute: 30, patientHasHistory: true })).toEqual({});
    expect(planner.decideTube({ ...tube, simMinute: 70, patientHasHistory: false })).toEqual({});
    expect(planner.decideTube({ ...tube, simMinute: 80, patientHasHistory: true })).toEqual({
      specimenFault: 'wrong-blood-in-tube',
    });
    expect(planner.unplaced).toEqual([]);
  });
});

describe('the hematology analyzer’s calculated red-cell indices', () => {
  const measured = (code: string, value: number, faults: MeasuredTest['faults'] = []): MeasuredTest => ({
    measurement: { testCode: code, flags: [], dilution: 1, replicate: 1, value: { kind: 'numeric', value } },
    trueValue: value,
    faults,
    erroneous: faults.length > 0,
    critical: false,
  });

  it('computes HCT, MCH and MCHC from the count, the size and the haemoglobin it measured', () => {
    const [, , , hct, mch, mchc] = deriveRedCellIndices(
      [
        measured('RBC', 4.5),
        measured('MCV', 90),
        measured('HGB', 13.5),
        measured('HCT', 0),
        measured('MCH', 0),
        measured('MCHC', 0),
      ],
      defs,
    );
    expect(hct?.measurement.value).toEqual({ kind: 'numeric', value: 40.5 });
    expect(mch?.measurement.value).toEqual({ kind: 'numeric', value: 30 });
    expect(mchc?.measurement.value).toEqual({ kind: 'numeric', value: 33.3 });
    expect(hct?.faults).toEqual([]);
  });

  it('carries a random error in the red-cell count into HCT and MCHC, as the analyzer would', () => {
    const [, , , hct, , mchc] = deriveRedCellIndices(
      [
        { ...measured('RBC', 2.7, ['random-error']), trueValue: 4.5 },
        measured('MCV', 90),
        measured('HGB', 13.5),
        { ...measured('HCT', 40.5), trueValue: 40.5 },
        { ...measured('MCH', 30), trueValue: 30 },
        { ...measured('MCHC', 33.3), trueValue: 33.3 },
      ],
      defs,
    );
    expect(hct?.measurement.value).toEqual({ kind: 'numeric', value: 24.3 });
    expect(hct?.faults).toEqual(['random-error']);
    expect(hct?.erroneous).toBe(true);
    // 13.5 / 24.3: an MCHC no red cell has, which the MCHC rule holds.
    expect(mchc?.measurement.value).toEqual({ kind: 'numeric', value: 55.6 });
  });
});
