/**
 * Simulation time against the wall clock. The scenario's schedule (arrivals, analyzer run times, QC
 * intervals) runs `speed` times faster than real time; timestamps sent to Aliquot are always real, so
 * specimen ages and QC validity are judged by Aliquot's own clock. `speed` Infinity runs flat out.
 */
export class SimClock {
  readonly startedAt: number;
  #stopped = false;
  readonly #timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();

  constructor(
    readonly speed: number,
    now: number = Date.now(),
  ) {
    if (!(speed > 0)) throw new RangeError('the simulation speed must be positive');
    this.startedAt = now;
  }

  /** Simulation minutes since the start. */
  minute(now: number = Date.now()): number {
    if (!Number.isFinite(this.speed)) return this.#virtualMinute;
    return ((now - this.startedAt) / 60_000) * this.speed;
  }

  /** At full speed, simulation time is what the schedule has reached, not what the wall clock says. */
  #virtualMinute = 0;

  /** Real milliseconds that `minutes` of simulation time take. */
  realMs(minutes: number): number {
    return Number.isFinite(this.speed) ? (minutes * 60_000) / this.speed : 0;
  }

  /** Waits until simulation minute `minute` (at once if it has passed or the clock is stopped). */
  async until(minute: number): Promise<void> {
    if (!Number.isFinite(this.speed)) {
      this.#virtualMinute = Math.max(this.#virtualMinute, minute);
      await new Promise<void>((resolve) => setImmediate(resolve));
      return;
    }
    await this.sleep(minute - this.minute());
  }

  /**
   * Waits `minutes` of simulation time. At full speed it only yields: there, time is moved by the
   * order schedule (`until`) alone, so analyzers and staff never wait.
   */
  async sleep(minutes: number): Promise<void> {
    if (!Number.isFinite(this.speed)) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return;
    }
    const ms = this.realMs(minutes);
    // A stopped clock or a time already passed still yields to timers and I/O: a loop that waits on
    // the clock must never spin on microtasks alone.
    if (this.#stopped || ms <= 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return;
    }
    await new Promise<void>((resolve) => {
      const entry = { timer: setTimeout(() => done(), ms), resolve };
      const done = (): void => {
        this.#timers.delete(entry);
        resolve();
      };
      this.#timers.add(entry);
    });
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Wakes every sleeper and makes later sleeps return at once. */
  stop(): void {
    this.#stopped = true;
    for (const entry of this.#timers) {
      clearTimeout(entry.timer);
      entry.resolve();
    }
    this.#timers.clear();
  }
}
