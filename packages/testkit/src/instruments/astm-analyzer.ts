import { parseAstmText, readAstmOrder, readAstmTerminator } from '@aliquot/codecs/astm';
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

const two = (n: number): string => String(n).padStart(2, '0');

/** `YYYYMMDDHHMMSS` in local time, as instruments stamp records. */
export function astmStamp(date: Date): string {
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}

/**
 * The common part of the simulated ASTM analyzers: a name it sends in H-5, a registry entry for it,
 * host queries and result messages over a real E1381 link.
 * @see CLSI LIS2-A2 records H, P, O, R, C, M, Q, L
 */
export abstract class AstmAnalyzer {
  constructor(
    readonly client: AstmWireClient,
    readonly sender: string,
    readonly framing: WireFraming = WireFraming.recordPerFrame,
  ) {}

  /** H record: delimiters, control ID (H-3), sender (H-5), processing ID (H-12), version, time. */
  header(options: { controlId?: string; processingId?: string; at?: Date } = {}): string {
    const at = astmStamp(options.at ?? new Date());
    return `H|\\^&|${options.controlId ?? ''}||${this.sender}^1.0|||||ALIQUOT||${options.processingId ?? 'P'}|LIS2-A2|${at}\r`;
  }

  /** Asks the host what to run on a specimen (Q record, all tests) and reads the answer. */
  async query(specimenId: string, rack = ''): Promise<QueryAnswer> {
    const range = rack ? `^${specimenId}^${rack}` : `^${specimenId}`;
    const text = `${this.header()}Q|1|${range}||ALL||||||||O\rL|1|N\r`;
    await this.client.send(text, this.framing);
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
    const at = options.at ?? new Date();
    const stamp = astmStamp(at);
    let text = this.header({ ...(options.controlId ? { controlId: options.controlId } : {}), at });
    text += `P|1||${options.qc ? '' : 'PID'}\r`;
    const tests = results.map((r) => `^^^${r.code}`).join('\\');
    text += `O|1|${specimenId}||${tests}|R||||||${options.qc ? 'Q' : 'N'}||||||||||||||F\r`;
    results.forEach((r, i) => {
      const testId = ['', '', '', r.code, r.dilution ?? '', r.replicate ?? ''].join('^').replace(/\^+$/, '');
      const flags = (r.flags ?? []).join('\\');
      text += `R|${i + 1}|${testId}|${r.value}|${r.unit}||${flags}||F||${r.operator ?? 'OP1'}|${stamp}|${stamp}|${this.sender}\r`;
      let c = 1;
      for (const flag of r.instrumentFlags ?? []) text += `C|${c++}|I|${flag}^instrument flag|I\r`;
      if (r.reagentLot) text += `C|${c++}|I|LOT^${r.reagentLot}|G\r`;
      (r.manufacturer ?? []).forEach((m, j) => (text += `M|${j + 1}|${m}\r`));
    });
    return `${text}L|1|N\r`;
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
