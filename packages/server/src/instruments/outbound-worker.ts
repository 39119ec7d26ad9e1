import { decodeAstmText } from '@aliquot/codecs/astm';
import { describeError } from '@aliquot/domain';
import { MllpClient } from '@aliquot/interfaces';
import { claimOutbound, settleOutbound, type Instrument, type OutboundResult } from '@aliquot/services';
import type { JournalRow } from '@aliquot/storage';
import type { LinkContext } from './link-context.js';

export interface OutboundWorkerOptions {
  readonly context: LinkContext;
  /** The instruments by code, for their charset and, for HL7, where to send. */
  readonly instruments: () => ReadonlyMap<string, Instrument>;
  readonly intervalMs?: number;
}

/**
 * Sends queued outbound messages (worklists) over each instrument's link and records the outcome:
 * acknowledged, queued again with back-off, or failed. ASTM goes over the instrument's live E1381
 * connection; HL7 over an MLLP client connection to the instrument's host and port, and counts as
 * acknowledged only on AA (or CA).
 */
export class OutboundWorker {
  readonly #clients = new Map<string, MllpClient>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;

  constructor(readonly options: OutboundWorkerOptions) {}

  start(): void {
    this.#timer = setInterval(() => this.kick(), this.options.intervalMs ?? 1_000);
    this.#timer.unref();
  }

  /** Looks for due messages now (e.g. just after a worklist was queued). */
  kick(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#run()
      .catch((error: unknown) => this.options.context.log(`outbound queue: ${describeError(error)}`))
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          this.kick();
        }
      });
  }

  #targets(): string[] {
    const out = [...this.options.context.astmLinks.keys()];
    for (const [code, instrument] of this.options.instruments())
      if (instrument.protocol === 'hl7' && instrument.transport === 'tcp-client' && instrument.active)
        out.push(code);
    return out;
  }

  async #run(): Promise<void> {
    const { lab } = this.options.context;
    for (const row of await claimOutbound(lab, this.#targets())) {
      const result = await this.#send(row);
      await settleOutbound(lab, row.id, result);
      if (result.ok) this.options.context.board.messageOut(row.connection);
    }
  }

  async #send(row: JournalRow): Promise<OutboundResult> {
    const code = row.instrument_code ?? '';
    const instrument = this.options.instruments().get(code);
    try {
      if (row.protocol === 'astm') {
        const link = this.options.context.astmLinks.get(code);
        if (!link) return { ok: false, error: `${code} is not connected`, retry: true };
        await link.send(decodeAstmText(row.raw, instrument?.charset ?? 'latin1'));
        return { ok: true };
      }
      if (!instrument?.host || instrument.port === null)
        return { ok: false, error: `${code} has no host and port to send to`, retry: false };
      let client = this.#clients.get(code);
      if (!client) {
        client = new MllpClient({ host: instrument.host, port: instrument.port, ackTimeoutMs: 30_000 });
        this.#clients.set(code, client);
      }
      const ack = await client.send(row.raw);
      if (ack.code === 'AA' || ack.code === 'CA') return { ok: true };
      const why = ack.message
        .segmentsNamed('ERR')
        .map((s) => s.value(8))
        .filter((t) => t !== '')
        .join('; ');
      return { ok: false, error: `${code} answered ${ack.code}${why ? `: ${why}` : ''}`, retry: false };
    } catch (error) {
      return { ok: false, error: describeError(error), retry: true };
    }
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running;
    await Promise.all([...this.#clients.values()].map((c) => c.close().catch(() => undefined)));
  }
}
