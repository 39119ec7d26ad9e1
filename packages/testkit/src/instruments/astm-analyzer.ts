import { parseAstmText, printAstmMessage, readAstmOrder, readAstmTerminator } from '@aliquot/codecs/astm';
import { astmTimestamp, buildAstmQuery, buildAstmResults } from '@aliquot/simulator';
import type { InstrumentInput } from '@aliquot/services';
import type { AstmWireClient } from './astm-wire-client.js';
import { WireFraming, type WireMessage } from './astm-wire-client.js';

/** One result a simulated analyzer reports. */
export interface SimulatedResult {
  readonly code: string;
  readonly value: string;
  readonly unit: string;
  /** R-7 abnormal flags. */
  readonly flags?: readonly string[];
  /** R-3 components 5 and 6: dilution and replicate. */
  readonly dilution?: string;
  readonly replicate?: string;
  /** C records after the result: instrument flags (type I) and a reagent lot. */
  readonly instrumentFlags?: readonly string[];
  readonly reagentLot?: string;
  /** M records after the result, e.g. `HISTOGRAM|RBC|…`. */
  readonly manufacturer?: readonly string[];
  readonly operator?: string;
}

/** What the host answered to a query. */
export interface QueryAnswer {
  /** Instrument test codes ordered, from the O record(s). */
  readonly tests: string[];
  /** L-3 of the answer: N with orders, I when the host has none. */
  readonly terminationCode: string;
  readonly message: WireMessage;
}

/** `YYYYMMDDHHMMSS` in local time, as instruments stamp records (the simulator's own clock format). */
export const astmStamp = astmTimestamp;

/**
 * The common part of the conformance kit's ASTM analyzers: a name it sends in H-5, a registry entry,
 * host queries and result messages over a real E1381 link. The messages are the product simulator's
 * (`buildAstmQuery`, `buildAstmResults` in @aliquot/simulator): one implementation of what an ASTM
 * analyzer says, whether it plays in the simulated lab or in these conformance tests; what stays here is
 * the wire client written from the standard, and each dialect's registry entry and sample results.
 * @see CLSI LIS2-A2 records H, P, O, R, C, M, Q, L
 */
export abstract class AstmAnalyzer {
  constructor(
    readonly client: AstmWireClient,
    readonly sender: string,
    readonly framing: WireFraming = WireFraming.recordPerFrame,
  ) {}

  /** Asks the host what to run on a specimen (Q record, all tests) and reads the answer. */
  async query(specimenId: string, rack = ''): Promise<QueryAnswer> {
    const question = buildAstmQuery({
      sender: this.sender,
      specimenId,
      at: new Date(),
      ...(rack ? { rack } : {}),
    });
    await this.client.send(printAstmMessage(question), this.framing);
    const message = await this.client.receive();
    const doc = parseAstmText(message.text);
    const tests: string[] = [];
    let terminationCode = '';
    for (const m of doc.messages) {
      for (const p of m.patients)
        for (const o of p.orders) tests.push(...readAstmOrder(o.record).tests.map((t) => t.code));
      if (m.terminator) terminationCode = readAstmTerminator(m.terminator).code;
    }
    return { tests, terminationCode, message };
  }

  /** The text of a result message: H, P, O for the specimen, R (with C and M records) per result, L. */
  resultText(
    specimenId: string,
    results: readonly SimulatedResult[],
    options: { controlId?: string; qc?: boolean; at?: Date } = {},
  ): string {
    return printAstmMessage(
      buildAstmResults({
        sender: this.sender,
        at: options.at ?? new Date(),
        specimenId,
        ...(options.controlId ? { controlId: options.controlId } : {}),
        ...(options.qc ? { qualityControl: true } : { patient: { laboratoryId: 'PID' } }),
        lines: results.map((r) => ({ ...r, operator: r.operator ?? 'OP1' })),
      }),
    );
  }

  /** Sends results for a specimen; resolves once the host has ACKed every frame and EOT is sent. */
  async sendResults(
    specimenId: string,
    results: readonly SimulatedResult[],
    options: { controlId?: string; qc?: boolean; at?: Date } = {},
  ): Promise<string> {
    const text = this.resultText(specimenId, results, options);
    await this.client.send(text, this.framing);
    return text;
  }

  close(): Promise<void> {
    return this.client.close();
  }

  /** The registry entry that makes this analyzer known to Aliquot. */
  abstract registration(overrides?: Partial<InstrumentInput>): InstrumentInput;
}
