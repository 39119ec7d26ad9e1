/**
 * Each virtual analyzer against a real Aliquot over TCP: registered through the API, its controls set
 * up, a tube ordered, collected and received through the API, then the analyzer asks the host (ASTM)
 * or works from its worklist (HL7), measures and reports; the results must be stored on the tube.
 */
import { startTestLab, type TestLab } from '@aliquot/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAnalyzers, type AnalyzerProfile } from '../src/analyzers/analyzer-profile.js';
import { transportFor } from '../src/analyzers/instrument-transport.js';
import { VirtualAnalyzer } from '../src/analyzers/virtual-analyzer.js';
import { analyteModels } from '../src/biology/analyte-model.js';
import { PatientBiology } from '../src/biology/patient-biology.js';
import { PopulationGenerator } from '../src/biology/population.js';
import { LabApiClient, type SpecimenTimelineReply } from '../src/ehr/lab-api-client.js';
import { RestOrderEntry, SpecimenDesk } from '../src/ehr/order-entry.js';
import { FaultPlanner } from '../src/faults/fault-planner.js';
import { prepareTube } from '../src/faults/tube-preparation.js';
import { GroundTruthLedger } from '../src/ground-truth/ground-truth.js';
import { SimRandom } from '../src/random/sim-random.js';
import { CatalogView } from '../src/run/lab-plan.js';
import { prepareSimulatedLab } from '../src/run/lab-setup.js';
import { SimClock } from '../src/run/sim-clock.js';

const profile = (code: string): AnalyzerProfile => {
  const p = defaultAnalyzers().find((a) => a.code === code);
  if (!p) throw new Error(code);
  return p;
};

describe('virtual analyzers against a real Aliquot over TCP', () => {
  let lab: TestLab<'admin'>;
  let staff: Awaited<ReturnType<typeof prepareSimulatedLab>>['staff'];
  let view: CatalogView;
  let people: PopulationGenerator;
  const random = new SimRandom(11);

  beforeAll(async () => {
    lab = await startTestLab({ users: { admin: ['admin'] } });
    ({ staff } = await prepareSimulatedLab(
      new LabApiClient(lab.url, lab.tokens.admin),
      defaultAnalyzers(),
      random,
    ));
    const catalog = await staff.technologist.catalog();
    view = new CatalogView(catalog.tests, catalog.panels);
    people = new PopulationGenerator(
      {
        settings: { sickShare: 0, criticalShareOfSick: 0 },
        models: analyteModels(catalog.tests),
        mrnPrefix: `E2E${Date.now().toString(36)}`,
        today: new Date(),
      },
      random.fork('people'),
    );
  });
  afterAll(async () => {
    await lab?.close();
  });

  /** Orders `orderables`, collects and receives the tube, runs it on `code`; returns its timeline. */
  async function runTube(
    code: string,
    orderables: string[],
  ): Promise<{ timeline: SpecimenTimelineReply; ledger: GroundTruthLedger }> {
    const p = profile(code);
    const patient = people.next();
    const placed = await new RestOrderEntry(staff.ehr).placeOrder(
      patient,
      { orderables, priority: 'routine' },
      `E2E-${code}`,
    );
    const specimen = placed.specimens.find((s) =>
      view.testsInTube(orderables, s.specimenType, s.container).some((t) => p.tests.includes(t.code)),
    );
    if (!specimen) throw new Error(`no tube for ${code}`);
    await new SpecimenDesk(staff.phlebotomist, staff.receiver).collectAndReceive(
      specimen.accessionNumber,
      patient,
      new Date(Date.now() - 20 * 60_000),
    );
    const drawn = new PatientBiology(
      patient,
      analyteModels([...view.tests.values()]),
      random.fork(code),
    ).draw(0);
    const ledger = new GroundTruthLedger();
    const analyzer = new VirtualAnalyzer(
      p,
      transportFor(p, { host: '127.0.0.1', astmPort: lab.astmPort, mllpPort: lab.mllpPort }),
      {
        catalog: view.tests,
        ledger,
        clock: new SimClock(60_000),
        planner: new FaultPlanner(
          { tubeRates: {}, measurementRates: {}, analyzerEvents: [], scripted: [] },
          random.fork('faults'),
        ),
        events: [],
        random: random.fork(`${code}-measure`),
        serumIndices: false,
        log: (line) => console.log(line),
      },
    );
    const running = analyzer.start();
    analyzer.load({
      accession: specimen.accessionNumber,
      patient,
      content: prepareTube(drawn, { ageMinutes: 20 }, random),
      truth: drawn,
      orderedTests: view
        .testsInTube(orderables, specimen.specimenType, specimen.container)
        .map((t) => t.code),
      warmUp: false,
      random: random.fork(`${code}-tube`),
    });
    await analyzer.stop();
    await running;
    await analyzer.transport.close();
    expect(analyzer.stats.failures).toBe(0);
    // The interface acknowledges once journaled and stores the results just after.
    let timeline = await staff.technologist.get<SpecimenTimelineReply>(
      `/api/specimens/${specimen.accessionNumber}`,
    );
    for (
      let i = 0;
      i < 50 && timeline.analyses.some((a) => p.tests.includes(a.testCode) && a.results.length === 0);
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      timeline = await staff.technologist.get<SpecimenTimelineReply>(
        `/api/specimens/${specimen.accessionNumber}`,
      );
    }
    return { timeline, ledger };
  }

  const stored = (timeline: SpecimenTimelineReply, tests: readonly string[]) =>
    timeline.analyses
      .filter((a) => tests.includes(a.testCode))
      .map((a) => [a.testCode, a.results[0]?.source, a.results[0]?.instrumentId])
      .sort((x, y) => String(x[0]).localeCompare(String(y[0])));

  it.each([
    ['CHEM-1', ['BMP'], 'ASTM with host query'],
    ['HEME-1', ['CBCD'], 'ASTM with host query'],
    ['COAG-1', ['COAG'], 'ASTM with host query'],
    ['UA-1', ['UA'], 'ASTM with host query, coded dipstick results'],
    ['BGA-1', ['ABG'], 'ASTM with host query'],
    ['IMMUNO-1', ['TSH', 'FT4'], 'HL7 OUL^R22 over MLLP'],
  ])(
    '%s runs %j (%s) and every result is stored on the tube as the instrument’s',
    async (code, orderables) => {
      const { timeline, ledger } = await runTube(code, orderables);
      const tests = ledger.results.map((r) => r.testCode);
      expect(tests.length).toBeGreaterThan(0);
      expect(stored(timeline, tests)).toEqual([...tests].sort().map((t) => [t, 'instrument', code]));
    },
  );

  it('the ctDNA analyzer delivers its ORU^R01 over MLLP and Aliquot journals it', async () => {
    const { timeline, ledger } = await runTube('MOLEC-1', ['CTDNA']);
    expect(ledger.results.map((r) => r.testCode).sort()).toEqual([
      'CTDNA-BRAF',
      'CTDNA-EGFR',
      'CTDNA-KRAS',
      'CTDNA-PIK3CA',
    ]);
    const journal = await staff.supervisor?.get<{
      items: { messageType: string; instrumentCode: string | null }[];
    }>('/api/journal?instrument=MOLEC-1&direction=in');
    expect(journal?.items.some((e) => e.messageType.startsWith('ORU^R01'))).toBe(true);
    expect(timeline.analyses.map((a) => a.testCode)).toContain('CTDNA-EGFR');
  });

  it('the analyzers’ controls reach quality control and are judged against the targets set up for them', async () => {
    const runs = await staff.supervisor?.get<{ items: { instrumentCode: string; decision: string }[] }>(
      '/api/qc/runs?instrumentCode=CHEM-1&testCode=NA',
    );
    expect(runs?.items.length).toBeGreaterThan(0);
    expect(runs?.items.every((r) => r.instrumentCode === 'CHEM-1')).toBe(true);
  });
});
