import { MllpClient, type MllpAck } from '@aliquot/interfaces';
import type { InstrumentInput } from '@aliquot/services';
import { buildOul, buildWorkOrderQuery } from '@aliquot/simulator';

/** One immunoassay result as the analyzer reports it in OBX. */
export interface ImmunoResult {
  readonly code: string;
  readonly value: string;
  /** OBX-2; NM unless set. */
  readonly valueType?: string;
  readonly unit: string;
  readonly flags?: readonly string[];
}

let counter = 0;

/**
 * An immunoassay analyzer speaking HL7 v2.5.1 over MLLP: results as OUL^R22 (one SPM per specimen,
 * OBR and OBX under it; SPM-11 Q for a control), work-order queries as QBP^Q11 (IHE LAW WOS).
 * @see HL7 v2.5.1 chapter 7.3.5 OUL^R22; IHE Laboratory Analytical Workflow
 */
export class ImmunoassayAnalyzer {
  static readonly code = 'IMMUNO-SIM';
  static readonly sender = 'IMMUNOSIM';

  constructor(readonly client: MllpClient) {}

  static connect(port: number): ImmunoassayAnalyzer {
    return new ImmunoassayAnalyzer(new MllpClient({ host: '127.0.0.1', port, ackTimeoutMs: 10_000 }));
  }

  registration(overrides: Partial<InstrumentInput> = {}): InstrumentInput {
    return ImmunoassayAnalyzer.registration(overrides);
  }

  /** Its registry entry: TSH comes in uIU/mL, the same quantity as the catalog's m[IU]/L. */
  static registration(overrides: Partial<InstrumentInput> = {}): InstrumentInput {
    return {
      code: ImmunoassayAnalyzer.code,
      name: 'Simulated immunoassay analyzer',
      protocol: 'hl7',
      transport: 'tcp-server',
      senderIds: [ImmunoassayAnalyzer.sender],
      qcPatterns: ['^IQC'],
      testCodes: [
        { instrumentCode: 'TSH', testCode: 'TSH', instrumentUnit: 'uIU/mL' },
        { instrumentCode: 'FT4', testCode: 'FT4' },
        { instrumentCode: 'PSA', testCode: 'PSA' },
      ],
      ...overrides,
    };
  }

  static nextControlId(): string {
    return `IA${Date.now()}${String(++counter).padStart(4, '0')}`;
  }

  /**
   * The OUL^R22 for one specimen's results, built by the product simulator's `buildOul` (one
   * implementation of what an HL7 analyzer says): PID unless a control, SPM with SPM-11 P or Q, an OBR
   * and OBX per result with the operator (OBX-16) and the equipment and its serial number (OBX-18).
   */
  static oulR22(
    specimenId: string,
    results: readonly ImmunoResult[],
    options: { controlId?: string; qc?: boolean; at?: Date } = {},
  ): string {
    return buildOul({
      sender: ImmunoassayAnalyzer.sender,
      facility: 'IMMUNO-LAB',
      controlId: options.controlId ?? ImmunoassayAnalyzer.nextControlId(),
      at: options.at ?? new Date(),
      specimenId,
      specimenType: 'SER',
      ...(options.qc ? { qualityControl: true } : { patient: { id: 'MRN-SIM' } }),
      operator: ['OP7', 'Operator'],
      equipment: [ImmunoassayAnalyzer.sender, 'SN-0042'],
      lines: results.map((r) => ({
        code: r.code,
        value: r.value,
        unit: r.unit,
        ...(r.valueType ? { valueType: r.valueType } : {}),
        ...(r.flags ? { flags: r.flags } : {}),
      })),
    }).toString();
  }

  /** Sends results and resolves with the host's acknowledgment. */
  sendResults(
    specimenId: string,
    results: readonly ImmunoResult[],
    options: { controlId?: string; qc?: boolean } = {},
  ): Promise<MllpAck> {
    return this.client.send(ImmunoassayAnalyzer.oulR22(specimenId, results, options));
  }

  /** Asks for a specimen's work order (QBP^Q11, WOS query) and resolves with the RSP^K11. */
  query(specimenId: string): Promise<MllpAck> {
    return this.client.send(
      buildWorkOrderQuery({
        sender: ImmunoassayAnalyzer.sender,
        facility: 'IMMUNO-LAB',
        controlId: ImmunoassayAnalyzer.nextControlId(),
        queryTag: `Q${++counter}`,
        specimenId,
        at: new Date(),
      }),
    );
  }

  /** The OBR-4 test codes in a query response. */
  static orderedTests(response: MllpAck): string[] {
    return response.message.segmentsNamed('OBR').map((s) => s.value(4, 1));
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
