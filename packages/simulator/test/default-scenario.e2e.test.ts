/**
 * The default scenario end to end against a real Aliquot: orders by HL7 OML^O21, tubes through the
 * analyzers over ASTM and MLLP, QC holds worked, critical values phoned, and the score read back
 * through the REST API. The figures are printed; the assertions are the lab's targets: 95 % of
 * erroneous results held before release, 85 % of clean results autoverified, every critical called.
 */
import { startTestLab, type TestLab } from '@aliquot/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hl7OrderEntry } from '../src/ehr/hl7-order-entry.js';
import { LabApiClient } from '../src/ehr/lab-api-client.js';
import { SimRandom } from '../src/random/sim-random.js';
import { scenarioAnalyzers } from '../src/run/lab-plan.js';
import { LabRun } from '../src/run/lab-run.js';
import { prepareSimulatedLab } from '../src/run/lab-setup.js';
import { loadScenario } from '../src/scenario/scenario-files.js';
import type { ScoreReport } from '../src/scoring/score-report.js';
import { formatScore } from '../src/scoring/score-text.js';

describe('the default scenario against a real Aliquot', () => {
  let lab: TestLab<'admin'>;
  let report: ScoreReport;

  beforeAll(async () => {
    lab = await startTestLab({ users: { admin: ['admin'] } });
    const scenario = await loadScenario('default');
    const admin = new LabApiClient(lab.url, lab.tokens.admin);
    const { staff, notes } = await prepareSimulatedLab(admin, scenarioAnalyzers(scenario), new SimRandom(1));
    const orders = new Hl7OrderEntry({ host: '127.0.0.1', port: lab.mllpPort }, staff.ehr);
    const run = new LabRun({
      scenario,
      speed: 120,
      listeners: { host: '127.0.0.1', astmPort: lab.astmPort, mllpPort: lab.mllpPort },
      staff,
      orderEntry: orders,
      mrnPrefix: `D${Date.now().toString(36)}`,
      setupNotes: notes,
      log: (line) => console.log(`  ! ${line}`),
    });
    report = await run.run();
    await orders.close();
    console.log(formatScore(report));
    console.log('erroneous results released:', JSON.stringify(report.errors.releasedExamples, null, 1));
  }, 900_000);
  afterAll(async () => {
    await lab?.close();
  });

  it('sends every order, tube and result through the lab and accounts for each', () => {
    expect(report.volumes.orders).toBeGreaterThan(100);
    expect(report.volumes.results).toBeGreaterThan(1000);
    // Only the ctDNA panel's structured variants are not stored: the instrument interface refuses them.
    expect(report.clean.notStored + report.errors.notStored).toBeLessThanOrEqual(16);
  });

  it('holds at least 95 % of the erroneous results before release', () => {
    expect(report.errors.injected).toBeGreaterThan(15);
    expect(report.errors.caughtRate).toBeGreaterThanOrEqual(0.95);
  });

  it('autoverifies at least 85 % of the clean results', () => {
    expect(report.clean.autoverifiedRate).toBeGreaterThanOrEqual(0.85);
  });

  it('calls every critical value', () => {
    expect(report.critical.missed).toEqual([]);
    expect(report.critical.called).toBe(report.critical.injected);
  });

  it('holds every result beyond the measuring range and catches the glucose shift on QC', () => {
    expect(report.errors.byKind['over-range']?.injected).toBeGreaterThan(0);
    expect(report.errors.byKind['over-range']?.released).toBe(0);
    const shift = report.qcEvents.find((q) => q.kind === 'qc-shift');
    expect(shift?.detectedAt).not.toBeNull();
  });
});
