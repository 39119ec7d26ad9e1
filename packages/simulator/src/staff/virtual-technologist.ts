import { AttemptOutcome, CallChannel, NotifyRole } from '@aliquot/engines/critical';
import type { LabApiClient } from '../ehr/lab-api-client.js';
import type { SimClock } from '../run/sim-clock.js';

/** An open critical call as GET /api/critical-calls/open lists it (the parts read here). */
interface OpenCall {
  readonly id: string;
  readonly accessionNumber: string;
  readonly testCode: string;
  readonly detectedAt: string;
  readonly status: string;
  readonly callNow: string | null;
}

/**
 * The bench technologist of the simulated lab, as far as critical values go: watches Aliquot's open
 * critical calls and phones each one `callMinutes` (simulation time) after it opened, reaching the
 * ordering provider, who reads the result back. Held results are left for people to review.
 */
export class VirtualTechnologist {
  readonly #seen = new Map<string, number>();
  #stopped = false;
  #loop: Promise<void> | undefined;
  calls = 0;
  failures = 0;

  constructor(
    readonly api: LabApiClient,
    readonly clock: SimClock,
    readonly callMinutes: number,
    readonly log: (line: string) => void,
  ) {}

  start(): void {
    this.#loop ??= this.#run();
  }

  /** Works the list once more (so calls opened at the very end are made), then stops. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#loop;
    await this.#work(true);
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      await this.#work(false);
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(250, Math.min(5000, this.clock.realMs(1)))),
      );
    }
  }

  async #work(finalPass: boolean): Promise<void> {
    let open: OpenCall[];
    try {
      open = (await this.api.get<{ items: OpenCall[] }>('/api/critical-calls/open')).items;
    } catch (error) {
      this.failures++;
      this.log(
        `technologist: cannot read the open critical calls: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    const now = this.clock.minute();
    for (const call of open) {
      if (call.status !== 'open') continue;
      const seenAt = this.#seen.get(call.id) ?? now;
      this.#seen.set(call.id, seenAt);
      if (!finalPass && now - seenAt < this.callMinutes) continue;
      try {
        await this.api.post(`/api/critical-calls/${call.id}/attempts`, {
          reached: call.callNow ?? 'ordering provider on call',
          role: NotifyRole.orderingProvider,
          channel: CallChannel.phone,
          outcome: AttemptOutcome.reached,
          readBackConfirmed: true,
        });
        this.calls++;
      } catch (error) {
        this.failures++;
        this.log(
          `technologist: call for ${call.accessionNumber} ${call.testCode}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
}
