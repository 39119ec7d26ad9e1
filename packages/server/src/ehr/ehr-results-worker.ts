import { describeError } from '@aliquot/domain';
import { MllpClient } from '@aliquot/interfaces';
import {
  claimEhrMessages,
  queueResultReports,
  settleEhrMessage,
  type EhrDestination,
  type LabContext,
  type OutboundResult,
} from '@aliquot/services';
import type { JournalRow } from '@aliquot/storage';

export interface EhrResultsWorkerOptions {
  readonly lab: LabContext;
  readonly destination: EhrDestination;
  readonly log: (line: string) => void;
  /** How often to look for results to report and messages due; default 1 s. */
  readonly intervalMs?: number;
  /** How long to wait for the EHR's acknowledgment; default 30 s. */
  readonly ackTimeoutMs?: number;
}

/**
 * Reports results to the EHR: turns new result notifications into queued ORU^R01 messages, sends the
 * due ones over one MLLP connection to the EHR, and records each outcome — AA acknowledged (the
 * notifications sent), AE/AR failed with the EHR's ERR text, no answer or no connection queued again
 * with back-off (2 s doubling to 5 min, 8 attempts).
 */
export class EhrResultsWorker {
  readonly #client: MllpClient;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;

  constructor(readonly options: EhrResultsWorkerOptions) {
    this.#client = new MllpClient({
      host: options.destination.host,
      port: options.destination.port,
      ackTimeoutMs: options.ackTimeoutMs ?? 30_000,
    });
  }

  start(): void {
    this.#timer = setInterval(() => this.kick(), this.options.intervalMs ?? 1_000);
    this.#timer.unref();
  }

  /** Looks for work now. */
  kick(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#run()
      .catch((error: unknown) => this.options.log(`results to the EHR: ${describeError(error)}`))
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          this.kick();
        }
      });
  }

  /** Resolves when the pass under way (if any) is over. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #run(): Promise<void> {
    const { lab } = this.options;
    await queueResultReports(lab, this.options.destination);
    for (const row of await claimEhrMessages(lab)) await settleEhrMessage(lab, row.id, await this.#send(row));
  }

  async #send(row: JournalRow): Promise<OutboundResult> {
    const { host, port } = this.options.destination;
    try {
      const ack = await this.#client.send(row.raw);
      if (ack.code === 'AA' || ack.code === 'CA') return { ok: true };
      const why = ack.message
        .segmentsNamed('ERR')
        .map((s) => s.value(8) || s.value(3, 2))
        .filter((t) => t !== '')
        .join('; ');
      return {
        ok: false,
        error: `the EHR at ${host}:${port} answered ${ack.code}${why ? `: ${why}` : ''}`,
        retry: false,
      };
    } catch (error) {
      return { ok: false, error: `${host}:${port}: ${describeError(error)}`, retry: true };
    }
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.idle();
    await this.#client.close().catch(() => undefined);
  }
}
