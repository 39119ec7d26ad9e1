import type { InstrumentInput } from '@aliquot/services';
import { AstmAnalyzer, type SimulatedResult } from './astm-analyzer.js';
import { AstmWireClient } from './astm-wire-client.js';

/** What the simulated chemistry analyzer measures, in its own units (glucose in mmol/L). */
export const CHEMISTRY_VALUES: Readonly<Record<string, { value: string; unit: string }>> = {
  GLU: { value: '5.5', unit: 'mmol/L' },
  NA: { value: '140', unit: 'mmol/L' },
  K: { value: '4.1', unit: 'mmol/L' },
  CL: { value: '102', unit: 'mmol/L' },
  CO2: { value: '25', unit: 'mmol/L' },
  UREA: { value: '14', unit: 'mg/dL' },
  CREA: { value: '0.92', unit: 'mg/dL' },
  CA: { value: '9.4', unit: 'mg/dL' },
};

/**
 * A chemistry analyzer speaking ASTM over TCP with host query: it reads a barcode, asks the host what
 * to run (Q record), runs what the host answers, and reports H, P, O, R…, L. Glucose comes in mmol/L
 * and is mapped to the catalog's mg/dL with a factor; BUN is sent under the code UREA.
 */
export class ChemistryAnalyzer extends AstmAnalyzer {
  static readonly code = 'CHEM-SIM';

  static async connect(port: number): Promise<ChemistryAnalyzer> {
    return new ChemistryAnalyzer(await AstmWireClient.connect(port), 'CHEMSIM');
  }

  registration(overrides: Partial<InstrumentInput> = {}): InstrumentInput {
    return ChemistryAnalyzer.registration(overrides);
  }

  /** Its registry entry: the instrument is known by the name it sends, CHEMSIM. */
  static registration(overrides: Partial<InstrumentInput> = {}): InstrumentInput {
    return {
      code: ChemistryAnalyzer.code,
      name: 'Simulated chemistry analyzer',
      protocol: 'astm',
      transport: 'tcp-server',
      senderIds: ['CHEMSIM'],
      qcPatterns: ['^QC-'],
      queryTimeoutMs: 5_000,
      testCodes: [
        { instrumentCode: 'GLU', testCode: 'GLU', instrumentUnit: 'mmol/L', factor: 18.016 },
        { instrumentCode: 'NA', testCode: 'NA' },
        { instrumentCode: 'K', testCode: 'K' },
        { instrumentCode: 'CL', testCode: 'CL' },
        { instrumentCode: 'CO2', testCode: 'CO2' },
        { instrumentCode: 'UREA', testCode: 'BUN' },
        { instrumentCode: 'CREA', testCode: 'CREA' },
        { instrumentCode: 'CA', testCode: 'CA' },
      ],
      ...overrides,
    };
  }

  /** Results for the tests given, from {@link CHEMISTRY_VALUES}. */
  static results(tests: readonly string[]): SimulatedResult[] {
    return tests.map((code) => {
      const v = CHEMISTRY_VALUES[code];
      if (!v) throw new Error(`the simulated chemistry analyzer does not run ${code}`);
      return { code, ...v };
    });
  }

  /** The whole bench cycle for one tube: query, run what the host asked for, report. */
  async run(specimenId: string): Promise<{ tests: string[]; text: string }> {
    const answer = await this.query(specimenId);
    const text = await this.sendResults(specimenId, ChemistryAnalyzer.results(answer.tests));
    return { tests: answer.tests, text };
  }
}
