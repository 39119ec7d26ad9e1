import type { InstrumentInput } from '@aliquot/services';
import { AstmAnalyzer, type SimulatedResult } from './astm-analyzer.js';
import { AstmWireClient } from './astm-wire-client.js';

/**
 * A coagulation analyzer speaking ASTM, waiting for the host to connect to it (the host's
 * `tcp-client` transport), as many analyzers on a serial-to-TCP converter do. It takes worklists
 * pushed by the host and reports PT, INR and APTT with dilution and replicate in R-3 and the reagent
 * lot in a C record.
 */
export class CoagulationAnalyzer extends AstmAnalyzer {
  static readonly code = 'COAG-SIM';

  private constructor(
    client: AstmWireClient,
    readonly port: number,
    readonly stopListening: () => Promise<void>,
  ) {
    super(client, 'COAGSIM');
  }

  /** Listens on a free port and resolves once the host has connected. */
  static async listen(onPort: (port: number) => Promise<void> | void): Promise<CoagulationAnalyzer> {
    const listener = await AstmWireClient.listen();
    await onPort(listener.port);
    const client = await listener.accepted;
    return new CoagulationAnalyzer(client, listener.port, listener.close);
  }

  registration(overrides: Partial<InstrumentInput> = {}): InstrumentInput {
    return CoagulationAnalyzer.registrationFor(this.port, overrides);
  }

  static registrationFor(port: number, overrides: Partial<InstrumentInput> = {}): InstrumentInput {
    return {
      code: CoagulationAnalyzer.code,
      name: 'Simulated coagulation analyzer',
      protocol: 'astm',
      transport: 'tcp-client',
      host: '127.0.0.1',
      port,
      senderIds: ['COAGSIM'],
      testCodes: [
        { instrumentCode: 'PT', testCode: 'PT' },
        { instrumentCode: 'INR', testCode: 'INR' },
        { instrumentCode: 'APTT', testCode: 'APTT' },
      ],
      ...overrides,
    };
  }

  static results(): SimulatedResult[] {
    return [
      { code: 'PT', value: '12.9', unit: 's', dilution: '1', replicate: '2', reagentLot: 'TP-2231' },
      { code: 'INR', value: '1.07', unit: '', reagentLot: 'TP-2231' },
      { code: 'APTT', value: '31.5', unit: 's', replicate: '1', reagentLot: 'AP-0917', operator: 'jdoe' },
    ];
  }

  override async close(): Promise<void> {
    await super.close();
    await this.stopListening();
  }
}
