import { MllpClient } from '@aliquot/interfaces';
import { catalogTestCode, type AnalyzerProfile } from './analyzer-profile.js';
import {
  buildAstmHostQuery,
  buildAstmResultMessage,
  type AstmPatientInfo,
} from './astm-instrument-messages.js';
import { AstmInstrumentLink } from './astm-instrument-link.js';
import { buildAnalyzerWorkOrderQuery, buildCtdnaOruR01, buildOulR22 } from './hl7-instrument-messages.js';
import type { Measurement } from './measurement.js';
import type { SerumIndices } from '../faults/specimen-faults.js';

/** One tube's (or one control's) results, whatever the protocol. */
export interface ResultReport {
  readonly specimenId: string;
  readonly patient?: AstmPatientInfo;
  readonly qualityControl?: boolean;
  readonly measurements: readonly Measurement[];
  readonly serumIndices?: SerumIndices;
  readonly specimenFlags?: readonly string[];
  readonly measuredAt: Date;
}

/** How an analyzer reaches the LIS: asks for a tube's orders (where it can) and sends results. */
export interface InstrumentTransport {
  /** Whether `queryOrders` asks the host (ASTM host query) or the analyzer works from a worklist. */
  readonly queriesHost: boolean;
  /** The catalog codes the host wants run on this tube, from the host's reply. */
  queryOrders(specimenId: string, at: Date): Promise<string[]>;
  /** Resolves once the LIS has acknowledged the message (stored it). */
  sendResults(report: ResultReport): Promise<void>;
  close(): Promise<void>;
}

/** Where Aliquot listens for instruments. */
export interface ListenerAddress {
  readonly host: string;
  readonly astmPort: number;
  readonly mllpPort: number;
}

/** ASTM over TCP to the LIS's ASTM port: host queries and result messages. */
export class AstmTransport implements InstrumentTransport {
  readonly queriesHost: boolean;
  readonly #link: AstmInstrumentLink;
  /** One exchange at a time: a query and its reply, or a result message. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly profile: AnalyzerProfile,
    address: ListenerAddress,
  ) {
    this.queriesHost = profile.hostQuery;
    this.#link = new AstmInstrumentLink({
      host: address.host,
      port: address.astmPort,
      queryTimeoutMs: 30_000,
    });
  }

  queryOrders(specimenId: string, at: Date): Promise<string[]> {
    const run = this.#queue.then(async () => {
      const reply = await this.#link.query(buildAstmHostQuery(this.profile, specimenId, at), specimenId);
      return reply.testCodes.flatMap((code) => {
        const test = catalogTestCode(this.profile, code);
        return test ? [test] : [];
      });
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Sends after any query in progress has its reply: one exchange on the line at a time, so the
   * host's reply never meets our next message head-on (contention would make the host wait 20 s).
   */
  sendResults(report: ResultReport): Promise<void> {
    const run = this.#queue.then(() => this.#link.send(buildAstmResultMessage(this.profile, report)));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  close(): Promise<void> {
    return this.#link.close();
  }
}

/** Why the LIS refused an HL7 message (MSA-1 other than AA/CA). */
export class Hl7RejectedError extends Error {
  override readonly name = 'Hl7RejectedError';
}

/**
 * HL7 over MLLP to the LIS's MLLP port: a QBP^Q11 work-order query per tube (when the analyzer asks the
 * host), OUL^R22 results, or ORU^R01 for the ctDNA analyzer.
 */
export class Hl7Transport implements InstrumentTransport {
  readonly queriesHost: boolean;
  readonly #client: MllpClient;

  constructor(
    readonly profile: AnalyzerProfile,
    address: ListenerAddress,
  ) {
    this.queriesHost = profile.hostQuery;
    this.#client = new MllpClient({ host: address.host, port: address.mllpPort, ackTimeoutMs: 30_000 });
  }

  /** Asks for the tube's work order; the RSP^K11 names each test in an OBR-4. */
  async queryOrders(specimenId: string, at: Date): Promise<string[]> {
    const reply = await this.#client.send(buildAnalyzerWorkOrderQuery(this.profile, specimenId, at));
    return reply.message.segmentsNamed('OBR').flatMap((obr) => {
      const test = catalogTestCode(this.profile, obr.value(4, 1));
      return test ? [test] : [];
    });
  }

  async sendResults(report: ResultReport): Promise<void> {
    const message =
      this.profile.kind === 'molecular'
        ? buildCtdnaOruR01(this.profile, report)
        : buildOulR22(this.profile, report);
    const ack = await this.#client.send(message);
    if (ack.code !== 'AA' && ack.code !== 'CA') {
      const error = ack.message.value('ERR-8') || ack.message.value('MSA-3');
      throw new Hl7RejectedError(`${this.profile.code}: the LIS answered ${ack.code} ${error}`.trim());
    }
  }

  close(): Promise<void> {
    return this.#client.close();
  }
}

export function transportFor(profile: AnalyzerProfile, address: ListenerAddress): InstrumentTransport {
  switch (profile.protocol) {
    case 'astm':
      return new AstmTransport(profile, address);
    case 'hl7':
      return new Hl7Transport(profile, address);
    default:
      return profile.protocol satisfies never;
  }
}
