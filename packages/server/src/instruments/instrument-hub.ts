import { describeError } from '@aliquot/domain';
import { AstmLinkRole, MllpServer, type AstmConnection, type AstmServer } from '@aliquot/interfaces';
import { loadAllInstruments, recoverOutbound, type Instrument, type LabContext } from '@aliquot/services';
import { mllpConnectionOptions } from './hl7-link-handler.js';
import { astmListener, startInstrumentLink, type RunningLink } from './instrument-links.js';
import type { LinkContext } from './link-context.js';
import { LinkState, LinkStatusBoard, type LinkStatus } from './link-status.js';
import { OutboundWorker } from './outbound-worker.js';
import { ProcessingQueue } from './processing-queue.js';

/** The names of the shared listeners, as they appear in the journal's `connection`. */
export const SHARED_ASTM = 'astm-listener';
export const SHARED_MLLP = 'mllp-listener';

export interface InstrumentHubOptions {
  readonly lab: LabContext;
  /** Address every listener binds to. */
  readonly host: string;
  /** The shared ASTM port; undefined for none, 0 for any free port. */
  readonly astmPort?: number;
  /** The shared MLLP port; undefined for none, 0 for any free port. */
  readonly mllpPort?: number;
  readonly log: (line: string) => void;
}

/** What the HTTP routes see of the instrument links. */
export interface InstrumentLinks {
  status(): LinkStatus[];
  /** Reads the registry again and restarts the links whose settings changed. */
  reload(): Promise<void>;
  /** Sends due outbound messages now. */
  kickOutbound(): void;
  /** Resolves when every message received so far is processed. */
  idle(): Promise<void>;
}

/** What decides a link: a change to anything else (a mapping, the name) needs no restart. */
function linkKey(i: Instrument): string {
  return JSON.stringify([i.active, i.protocol, i.transport, i.host, i.port, i.charset, i.contentionPriority]);
}

/**
 * Every instrument link the server runs: the shared ASTM and MLLP listeners, each instrument's own
 * listener or client from the registry, the processing queue behind them and the outbound queue.
 */
export class InstrumentHub implements InstrumentLinks {
  readonly #context: LinkContext;
  readonly #options: InstrumentHubOptions;
  readonly #links = new Map<string, { key: string; link: RunningLink | undefined }>();
  #instruments = new Map<string, Instrument>();
  readonly #outbound: OutboundWorker;
  #astm: AstmServer | undefined;
  #mllp: MllpServer | undefined;
  #reloading: Promise<void> = Promise.resolve();
  astmPort: number | undefined;
  mllpPort: number | undefined;

  private constructor(options: InstrumentHubOptions) {
    this.#options = options;
    const board = new LinkStatusBoard();
    const processing = new ProcessingQueue({ lab: options.lab, log: options.log });
    this.#context = {
      lab: options.lab,
      board,
      processing,
      astmLinks: new Map<string, AstmConnection>(),
      log: options.log,
    };
    this.#outbound = new OutboundWorker({ context: this.#context, instruments: () => this.#instruments });
  }

  static async start(options: InstrumentHubOptions): Promise<InstrumentHub> {
    const hub = new InstrumentHub(options);
    try {
      await hub.#startShared();
      const requeued = await recoverOutbound(options.lab);
      if (requeued > 0)
        options.log(`requeued ${requeued} outbound messages left unanswered at the last stop`);
      await hub.reload();
      hub.#context.processing.start();
      hub.#outbound.start();
    } catch (error) {
      await hub.close();
      throw error;
    }
    return hub;
  }

  async #startShared(): Promise<void> {
    const { board } = this.#context;
    const host = this.#options.host;
    if (this.#options.astmPort !== undefined) {
      board.register({
        connection: SHARED_ASTM,
        instrumentCode: null,
        protocol: 'astm',
        role: 'listener',
        host,
        port: this.#options.astmPort,
      });
      this.#astm = astmListener(this.#context, {
        connection: SHARED_ASTM,
        instrumentCode: null,
        charset: 'latin1',
        role: AstmLinkRole.computer,
      });
      this.astmPort = (await this.#astm.listen(this.#options.astmPort, host)).port;
      board.update(SHARED_ASTM, { state: LinkState.listening, port: this.astmPort });
    }
    if (this.#options.mllpPort !== undefined) {
      board.register({
        connection: SHARED_MLLP,
        instrumentCode: null,
        protocol: 'hl7',
        role: 'listener',
        host,
        port: this.#options.mllpPort,
      });
      this.#mllp = new MllpServer(
        mllpConnectionOptions(this.#context, { connection: SHARED_MLLP, instrumentCode: null }),
      );
      this.mllpPort = (await this.#mllp.listen(this.#options.mllpPort, host)).port;
      board.update(SHARED_MLLP, { state: LinkState.listening, port: this.mllpPort });
    }
    this.#options.log(
      `instrument listeners: ASTM ${this.astmPort === undefined ? 'off' : `on port ${this.astmPort}`}, HL7/MLLP ${this.mllpPort === undefined ? 'off' : `on port ${this.mllpPort}`}`,
    );
  }

  reload(): Promise<void> {
    this.#reloading = this.#reloading
      .then(() => this.#reload())
      .catch((error: unknown) => {
        this.#options.log(`instrument links: ${describeError(error)}`);
      });
    return this.#reloading;
  }

  async #reload(): Promise<void> {
    const instruments = await this.#options.lab.db.transaction().execute((tx) => loadAllInstruments(tx));
    this.#instruments = new Map(instruments.map((i) => [i.code, i]));
    for (const [code, running] of this.#links) {
      const instrument = this.#instruments.get(code);
      if (instrument && linkKey(instrument) === running.key) continue;
      await running.link?.stop();
      this.#context.board.remove(code);
      this.#links.delete(code);
    }
    for (const instrument of instruments) {
      if (this.#links.has(instrument.code)) continue;
      const link = await startInstrumentLink(this.#context, instrument, this.#options.host);
      this.#links.set(instrument.code, { key: linkKey(instrument), link });
    }
  }

  status(): LinkStatus[] {
    return this.#context.board.list();
  }

  kickOutbound(): void {
    this.#outbound.kick();
  }

  idle(): Promise<void> {
    return this.#context.processing.idle();
  }

  /** Stops accepting messages, lets what was received be stored and processed, then stops. */
  async close(): Promise<void> {
    await this.#reloading;
    await Promise.all([
      this.#astm?.close(),
      this.#mllp?.close(),
      ...[...this.#links.values()].map((l) => l.link?.stop()),
    ]);
    this.#links.clear();
    await this.#outbound.close();
    await this.#context.processing.close();
  }
}
