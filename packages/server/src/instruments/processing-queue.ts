import { describeError } from '@aliquot/domain';
import { processJournalEntry, type LabContext, type ProcessOutcome } from '@aliquot/services';
import { unprocessedInbound } from '@aliquot/storage';

export interface ProcessingQueueOptions {
  readonly lab: LabContext;
  readonly log: (line: string) => void;
  /** How often to look for messages journaled but not processed (after a restart, or a lost wake-up). */
  readonly sweepMs?: number;
  readonly onProcessed?: (outcome: ProcessOutcome) => void;
}

/**
 * Processes journaled messages after they are acknowledged: in arrival order per connection (so a
 * rerun is recorded after the result it replaces), connections side by side. A sweep picks up
 * anything journaled but not processed, e.g. after the server stopped between ACK and processing.
 */
export class ProcessingQueue {
  readonly #chains = new Map<string, Promise<void>>();
  readonly #waiting = new Set<string>();
  readonly #side = new Set<Promise<unknown>>();
  #timer: NodeJS.Timeout | undefined;
  #sweeping: Promise<void> | undefined;
  #closed = false;

  constructor(readonly options: ProcessingQueueOptions) {}

  start(): void {
    this.sweep();
    this.#timer = setInterval(() => this.sweep(), this.options.sweepMs ?? 2_000);
    this.#timer.unref();
  }

  /** Queues a journal entry for processing behind the others of its connection. */
  enqueue(connection: string, id: string): void {
    if (this.#closed || this.#waiting.has(id)) return;
    this.#waiting.add(id);
    const previous = this.#chains.get(connection) ?? Promise.resolve();
    const next = previous
      .then(() => processJournalEntry(this.options.lab, id))
      .then(
        (outcome) => this.options.onProcessed?.(outcome),
        (error: unknown) =>
          this.options.log(`processing journal entry ${id} failed: ${describeError(error)}`),
      )
      .finally(() => {
        this.#waiting.delete(id);
        if (this.#chains.get(connection) === next) this.#chains.delete(connection);
      });
    this.#chains.set(connection, next);
  }

  /** Work done beside the queue (e.g. journaling a refused message) that `idle` waits for too. */
  track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.#side.delete(settled));
    this.#side.add(settled);
  }

  sweep(): void {
    if (this.#closed || this.#sweeping) return;
    this.#sweeping = unprocessedInbound(this.options.lab.db, new Date(Date.now() - 1_000), 200)
      .then((rows) => {
        for (const row of rows) this.enqueue(row.connection, row.id);
      })
      .catch((error: unknown) =>
        this.options.log(`looking for unprocessed messages failed: ${describeError(error)}`),
      )
      .finally(() => {
        this.#sweeping = undefined;
      });
  }

  /** Resolves when everything queued so far is processed. */
  async idle(): Promise<void> {
    while (this.#chains.size > 0 || this.#sweeping || this.#side.size > 0) {
      await Promise.all([...this.#chains.values(), this.#sweeping, ...this.#side]);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.idle();
    this.#closed = true;
  }
}
