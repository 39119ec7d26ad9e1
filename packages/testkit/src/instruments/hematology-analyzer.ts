import type { InstrumentInput } from '@aliquot/services';
import { AstmAnalyzer, type SimulatedResult } from './astm-analyzer.js';
import { AstmWireClient, WireFraming } from './astm-wire-client.js';

/** A histogram as hematology analyzers send it in an M record: 64 channel counts. */
export function histogram(kind: string, seed: number): string {
  const counts = Array.from({ length: 64 }, (_, i) =>
    Math.round(1000 * Math.exp(-(((i - 24 - seed) / 9) ** 2))),
  );
  return `HISTOGRAM|${kind}|64|${counts.join('^')}`;
}

/**
 * A hematology analyzer speaking ASTM over TCP: a CBC with abnormal flags, instrument flags in
 * C records of type I, and RBC and PLT histograms in M records after their results. It sends the
 * whole message as one E1381 message split into ETB frames, as some analyzers do.
 */
export class HematologyAnalyzer extends AstmAnalyzer {
  static readonly code = 'HEMA-SIM';

  static async connect(port: number): Promise<HematologyAnalyzer> {
    return new HematologyAnalyzer(await AstmWireClient.connect(port), 'HEMASIM', WireFraming.oneMessage);
  }

  registration(overrides: Partial<InstrumentInput> = {}): InstrumentInput {
    return HematologyAnalyzer.registration(overrides);
  }

  /** Its registry entry: counts come in 10E3/uL and 10E6/uL, mapped to the catalog's UCUM units. */
  static registration(overrides: Partial<InstrumentInput> = {}): InstrumentInput {
    const counts = ['WBC', 'RBC', 'PLT'];
    return {
      code: HematologyAnalyzer.code,
      name: 'Simulated hematology analyzer',
      protocol: 'astm',
      transport: 'tcp-server',
      senderIds: ['HEMASIM'],
      qcPatterns: ['^QC-', '^CTRL'],
      testCodes: ['WBC', 'RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC', 'RDW', 'PLT'].map((code) => ({
        instrumentCode: code,
        testCode: code,
        ...(counts.includes(code) ? { instrumentUnit: code === 'RBC' ? '10E6/uL' : '10E3/uL' } : {}),
      })),
      ...overrides,
    };
  }

  /** A CBC with a high WBC flagged H and an instrument flag, and two histograms. */
  static cbc(): SimulatedResult[] {
    return [
      { code: 'WBC', value: '13.2', unit: '10E3/uL', flags: ['H'], instrumentFlags: ['BLASTS?'] },
      { code: 'RBC', value: '4.61', unit: '10E6/uL', manufacturer: [histogram('RBC', 0)] },
      { code: 'HGB', value: '13.9', unit: 'g/dL' },
      { code: 'HCT', value: '41.2', unit: '%' },
      { code: 'MCV', value: '89.4', unit: 'fL' },
      { code: 'MCH', value: '30.2', unit: 'pg' },
      { code: 'MCHC', value: '33.7', unit: 'g/dL' },
      { code: 'RDW', value: '13.1', unit: '%' },
      { code: 'PLT', value: '98', unit: '10E3/uL', flags: ['L'], manufacturer: [histogram('PLT', -14)] },
    ];
  }
}
