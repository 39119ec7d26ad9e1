/**
 * Quality control through the HTTP API of a real server on the embedded PostgreSQL: registering a
 * glucose control, the refusals a person meets (expired lot, negative SD, unknown lot, a level without
 * a target), 25 days of QC on CHEM-1 drawn as Levey–Jennings and z-chart data, a 1-3s rejection with
 * its hold, sigma-based rule selection and the overdue maintenance list.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, sampleNormal } from '@aliquot/engines/qc';
import type {
  ControlLot,
  ControlMaterial,
  InstrumentHold,
  LeveyJenningsData,
  QcRunOutcome,
  ScheduledTask,
  SigmaRecommendation,
  ZChartData,
} from '@aliquot/services';
import { startTestLab, type Outcome, type TestLab } from '@aliquot/testkit';

type Staff = 'mlt' | 'sup';
let lab: TestLab<Staff>;
let low: ControlLot;
let high: ControlLot;
const hour = 3_600_000;
const day = 24 * hour;
const start = Date.now() - 26 * day;

async function newLot(materialId: string, level: string, lotNumber: string, expiresOn = '2099-06-30') {
  const reply = await lab.api<ControlLot>('mlt', '/api/qc/lots', {
    body: { materialId, level, lotNumber, expiresOn, specimenId: `QC-${lotNumber}` },
  });
  expect(reply.status).toBe(201);
  return reply.body;
}

function run<T = QcRunOutcome>(values: { lotId: string; value: number }[], measuredAt: Date) {
  return lab.api<T>('mlt', '/api/qc/runs', {
    body: { instrumentCode: 'CHEM-1', testCode: 'GLU', measuredAt: measuredAt.toISOString(), values },
  });
}

beforeAll(async () => {
  lab = await startTestLab({ users: { mlt: ['mlt'], sup: ['supervisor'] } });
  const material = await lab.api<ControlMaterial>('mlt', '/api/qc/materials', {
    body: { code: 'LIQ-CHEM', name: 'Liquid assayed chemistry control', manufacturer: 'Example Diagnostics' },
  });
  low = await newLot(material.body.id, 'L1', '45861');
  high = await newLot(material.body.id, 'L2', '45862');
  for (const [lot, mean, sd] of [
    [low, 90, 3],
    [high, 300, 8],
  ] as const) {
    const target = await lab.api('mlt', '/api/qc/targets', {
      body: { instrumentCode: 'CHEM-1', testCode: 'GLU', lotId: lot.id, mean, sd },
    });
    expect(target.status).toBe(201);
  }
});
afterAll(() => lab.close());

describe('refusals at the QC bench', () => {
  it('a lot that has already expired cannot be registered', async () => {
    const material = (await lab.api<{ items: ControlMaterial[] }>('mlt', '/api/qc/materials')).body.items[0];
    const reply = await lab.api('mlt', '/api/qc/lots', {
      body: { materialId: material?.id, level: 'L1', lotNumber: '30001', expiresOn: '2020-01-31' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue[0]?.diagnostics).toBe(
      'Control lot 30001 expired on 2020-01-31; it cannot be put in use',
    );
  });

  it('a lot gets a new barcode, but its expiry cannot be moved into the past', async () => {
    const relabelled = await lab.api<ControlLot>('mlt', `/api/qc/lots/${high.id}`, {
      method: 'PATCH',
      body: { specimenId: 'QC-45862-B' },
    });
    expect(relabelled.status).toBe(200);
    expect(relabelled.body).toMatchObject({ specimenId: 'QC-45862-B', lotNumber: '45862' });
    const backdated = await lab.api('mlt', `/api/qc/lots/${high.id}`, {
      method: 'PATCH',
      body: { expiresOn: '2021-05-31' },
    });
    expect(backdated.status).toBe(422);
    expect(backdated.body.issue[0]?.diagnostics).toBe(
      'Control lot 45862 expired on 2021-05-31; it cannot be put in use',
    );
  });

  it('a target with a negative SD is refused', async () => {
    const reply = await lab.api('mlt', '/api/qc/targets', {
      body: { instrumentCode: 'CHEM-1', testCode: 'GLU', lotId: low.id, mean: 90, sd: -3 },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue[0]?.diagnostics).toBe('A target SD must be a positive number; -3 is not');
    expect(reply.body.issue[1]).toMatchObject({ diagnostics: 'the SD is negative', expression: ['sd'] });
  });

  it('a run naming an unknown lot is refused and nothing is recorded', async () => {
    const before = await lab.api<{ total: number }>('mlt', '/api/qc/runs?instrumentCode=CHEM-1');
    const reply = await run<Outcome>(
      [{ lotId: '00000000-0000-4000-8000-000000000000', value: 90 }],
      new Date(),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.issue[0]?.diagnostics).toBe(
      'Control lot 00000000-0000-4000-8000-000000000000 is not known; register the lot first',
    );
    expect(reply.body.issue[1]?.expression).toEqual(['values[0].lotId']);
    const after = await lab.api<{ total: number }>('mlt', '/api/qc/runs?instrumentCode=CHEM-1');
    expect(after.body.total).toBe(before.body.total);
  });

  it('a level without a target on this instrument is refused', async () => {
    const material = (await lab.api<{ items: ControlMaterial[] }>('mlt', '/api/qc/materials')).body.items[0];
    const third = await newLot(material?.id ?? '', 'L3', '45863');
    const reply = await run<Outcome>([{ lotId: third.id, value: 410 }], new Date());
    expect(reply.status).toBe(422);
    expect(reply.body.issue[0]?.diagnostics).toBe(
      "Control lot 45863 level L3 has no target for GLU on CHEM-1; set the manufacturer's or an established target first",
    );
  });

  it('a value of a lot that has since expired is refused', async () => {
    const material = (await lab.api<{ items: ControlMaterial[] }>('mlt', '/api/qc/materials')).body.items[0];
    const aging = await newLot(material?.id ?? '', 'L1', '29999');
    await lab.api('mlt', '/api/qc/targets', {
      body: { instrumentCode: 'CHEM-1', testCode: 'GLU', lotId: aging.id, mean: 91, sd: 3 },
    });
    await sql`update qc_control_lots set expires_on = '2024-12-31' where id = ${aging.id}`.execute(
      lab.server.lab.db,
    );
    const reply = await run<Outcome>([{ lotId: aging.id, value: 91 }], new Date());
    expect(reply.status).toBe(422);
    expect(reply.body.issue[0]?.diagnostics).toMatch(
      /^Control lot 29999 \(L1\) expired on 2024-12-31; a value measured on \d{4}-\d{2}-\d{2} is not counted$/,
    );
  });
});

describe('25 days of glucose QC on CHEM-1', () => {
  let rejected: QcRunOutcome;

  beforeAll(async () => {
    const random = createSeededRandom(45861);
    for (let i = 0; i < 24; i += 1) {
      const reply = await run(
        [
          { lotId: low.id, value: Math.round(sampleNormal(random, 90, 2) * 10) / 10 },
          { lotId: high.id, value: Math.round(sampleNormal(random, 300, 5)) },
        ],
        new Date(start + i * day),
      );
      expect(reply.status).toBe(201);
    }
    await lab.api('mlt', '/api/qc/instrument-events', {
      body: {
        instrumentCode: 'CHEM-1',
        testCode: 'GLU',
        kind: 'reagent-lot-change',
        at: new Date(start + 23.5 * day).toISOString(),
        description: 'New glucose reagent lot loaded',
        lotNumber: 'R-7781',
      },
    });
    // Day 25: L1 reads 101 (+3.7 SD): 1-3s rejects the run.
    rejected = (
      await run(
        [
          { lotId: low.id, value: 101 },
          { lotId: high.id, value: 301 },
        ],
        new Date(start + 24 * day),
      )
    ).body;
  });

  it('the 1-3s rejection answers with the violation in words and a hold on glucose at CHEM-1', () => {
    expect(rejected.run.decision).toBe('reject');
    expect(rejected.run.violations[0]?.sentence).toMatch(
      /^1-3s rejects \(random error\): one value beyond ±3 SD/,
    );
    expect(rejected.hold?.hold).toMatchObject({ instrumentCode: 'CHEM-1', testCode: 'GLU', source: 'qc' });
  });

  it('the Levey–Jennings data of L1 has the 25 points, the SD lines and the reagent lot change', async () => {
    const reply = await lab.api<LeveyJenningsData>(
      'mlt',
      `/api/qc/levey-jennings?instrumentCode=CHEM-1&testCode=GLU&lotId=${low.id}`,
    );
    expect(reply.status).toBe(200);
    const { chart } = reply.body;
    expect(chart.points).toHaveLength(25);
    expect(chart.lines.map((line) => line.value)).toEqual([81, 84, 87, 90, 93, 96, 99]);
    expect(chart.points.at(-1)).toMatchObject({ status: 'rejected', violations: [{ rule: '1-3s' }] });
    expect(chart.points.slice(0, 24).every((point) => point.status === 'accepted')).toBe(true);
    expect(chart.annotations).toEqual([
      expect.objectContaining({ kind: 'reagent-lot-change', afterPointIndex: 23 }),
    ]);
    expect(chart.annotations[0]?.text).toBe('New glucose reagent lot loaded (lot R-7781)');
  });

  it('the z-chart shows both levels on one axis', async () => {
    const from = new Date(start - hour).toISOString();
    const reply = await lab.api<ZChartData>(
      'mlt',
      `/api/qc/z-chart?instrumentCode=CHEM-1&testCode=GLU&from=${encodeURIComponent(from)}`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body.chart.series.map((s) => [s.level, s.points.length])).toEqual([
      ['L1', 25],
      ['L2', 25],
    ]);
  });

  it('the hold is refused lifting without a corrective action, then lifted by a supervisor’s override', async () => {
    const holds = await lab.api<{ items: InstrumentHold[] }>(
      'mlt',
      '/api/qc/holds?open=true&instrumentCode=CHEM-1',
    );
    const holdId = holds.body.items[0]?.id ?? '';
    const refused = await lab.api('mlt', `/api/qc/holds/${holdId}/lift`, { method: 'POST' });
    expect(refused.status).toBe(409);
    expect(refused.body.issue[0]?.diagnostics).toMatch(
      /record the corrective action \(cause, action, who, when\) first/,
    );
    const forbidden = await lab.api('mlt', `/api/qc/holds/${holdId}/override`, { body: { reason: 'x' } });
    expect(forbidden.status).toBe(403);
    const lifted = await lab.api<InstrumentHold>('sup', `/api/qc/holds/${holdId}/override`, {
      body: { reason: 'L1 vial left open on the bench; fresh vial in range' },
    });
    expect(lifted.status).toBe(200);
    expect(lifted.body.liftKind).toBe('override');
  });
});

describe('choosing the rules by sigma', () => {
  it('recommends rules for glucose at CHEM-1 with the reasoning, and stores the lab’s acceptance', async () => {
    const advice = await lab.api<SigmaRecommendation>(
      'sup',
      '/api/qc/sigma?instrumentCode=CHEM-1&testCode=GLU&biasPercent=1.5&cvPercent=2&decisionLevel=126',
    );
    expect(advice.status).toBe(200);
    // TEa 8 % at 126 mg/dL (6 mg/dL is 4.8 %): sigma = (8 − 1.5) / 2 = 3.25.
    expect(advice.body.recommendation.sigma).toBeCloseTo(3.25, 6);
    expect(advice.body.recommendation.rules).toEqual(['1-3s', '2-2s', 'R-4s', '4-1s', '8x']);
    expect(advice.body.recommendation.reasoning.join(' ')).toMatch(/Sigma = \(TEa − \|bias\|\) \/ CV/);
    const accepted = await lab.api<SigmaRecommendation>('sup', '/api/qc/rules', {
      body: {
        instrumentCode: 'CHEM-1',
        testCode: 'GLU',
        biasPercent: 1.5,
        cvPercent: 2,
        decisionLevel: 126,
        decision: { choice: 'accept' },
      },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.current).toMatchObject({
      origin: 'sigma-accepted',
      config: { rules: ['1-3s', '2-2s', 'R-4s', '4-1s', '8x'] },
    });
  });

  it('an override without a reason is refused', async () => {
    const reply = await lab.api('sup', '/api/qc/rules', {
      body: {
        instrumentCode: 'CHEM-1',
        testCode: 'GLU',
        biasPercent: 1.5,
        cvPercent: 2,
        decision: { choice: 'override', rules: ['1-3s'], reason: ' ' },
      },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.issue[0]?.diagnostics).toBe(
      'Choosing other rules than the recommendation needs a reason',
    );
  });
});

describe('the maintenance and calibration schedule', () => {
  it('a monthly calibration last done 40 days ago is on the overdue list', async () => {
    const created = await lab.api<ScheduledTask>('sup', '/api/qc/schedule', {
      body: {
        instrumentCode: 'CHEM-1',
        kind: 'calibration',
        testCode: 'GLU',
        task: 'Glucose two-point calibration',
        intervalDays: 30,
        lastDoneAt: new Date(Date.now() - 40 * day).toISOString(),
      },
    });
    expect(created.status).toBe(201);
    const overdue = await lab.api<{ items: ScheduledTask[] }>('mlt', '/api/qc/schedule?overdue=true');
    expect(overdue.body.items).toEqual([
      expect.objectContaining({ task: 'Glucose two-point calibration', overdue: true, daysOverdue: 10 }),
    ]);
    const done = await lab.api<{ task: ScheduledTask }>('mlt', `/api/qc/schedule/${created.body.id}/done`, {
      body: { note: 'Calibration accepted' },
    });
    expect(done.body.task.overdue).toBe(false);
    expect(
      (await lab.api<{ items: ScheduledTask[] }>('mlt', '/api/qc/schedule?overdue=true')).body.items,
    ).toEqual([]);
  });
});
