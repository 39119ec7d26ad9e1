import { formatHl7DateTime } from '@aliquot/codecs/hl7v2';
import { MllpClient, type MllpAck } from '@aliquot/interfaces';
import type { InstrumentInput } from '@aliquot/services';

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

  static msh(type: string, controlId: string, at: Date): string {
    return `MSH|^~\\&|${ImmunoassayAnalyzer.sender}|IMMUNO-LAB|ALIQUOT|LAB|${formatHl7DateTime(at)}||${type}|${controlId}|P|2.5.1\r`;
  }

  static nextControlId(): string {
    return `IA${Date.now()}${String(++counter).padStart(4, '0')}`;
  }

  /** The OUL^R22 for one specimen's results. */
  static oulR22(
    specimenId: string,
    results: readonly ImmunoResult[],
    options: { controlId?: string; qc?: boolean; at?: Date } = {},
  ): string {
    const at = options.at ?? new Date();
    const stamp = formatHl7DateTime(at);
    let text = ImmunoassayAnalyzer.msh(
      'OUL^R22^OUL_R22',
      options.controlId ?? ImmunoassayAnalyzer.nextControlId(),
      at,
    );
    if (!options.qc) text += 'PID|1||MRN-SIM\r';
    text += `SPM|1|${specimenId}||SER|||||||${options.qc ? 'Q' : 'P'}\r`;
    results.forEach((r, i) => {
      text += `OBR|${i + 1}|${specimenId}||${r.code}^${r.code}^L|||${stamp}\r`;
      text += `OBX|1|${r.valueType ?? 'NM'}|${r.code}^${r.code}^L||${r.value}|${r.unit}||${(r.flags ?? []).join('~')}|||F|||${stamp}||OP7^Operator||${ImmunoassayAnalyzer.sender}^SN-0042|${stamp}\r`;
    });
    return text;
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
    const at = new Date();
    const text =
      ImmunoassayAnalyzer.msh('QBP^Q11^QBP_Q11', ImmunoassayAnalyzer.nextControlId(), at) +
      `QPD|WOS^Work Order Step^IHE_LABTF|Q${++counter}|${specimenId}\rRCP|I||R\r`;
    return this.client.send(text);
  }

  /** The OBR-4 test codes in a query response. */
  static orderedTests(response: MllpAck): string[] {
    return response.message.segmentsNamed('OBR').map((s) => s.value(4, 1));
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
