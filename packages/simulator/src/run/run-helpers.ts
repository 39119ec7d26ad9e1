import type { AnalyzerStats } from '../analyzers/virtual-analyzer.js';

/** Waits until `count` has not changed for `quietMs` (or `maxMs` have passed). */
export async function quietFor(count: () => number, quietMs: number, maxMs: number): Promise<void> {
  const end = Date.now() + maxMs;
  let last = count();
  let since = Date.now();
  while (Date.now() < end && Date.now() - since < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (count() !== last) {
      last = count();
      since = Date.now();
    }
  }
}

/** What went wrong on an analyzer, for the score's notes. */
export function analyzerNotes(code: string, stats: AnalyzerStats): string[] {
  const notes: string[] = [];
  if (stats.failures > 0) notes.push(`${code}: ${stats.failures} messages failed (see the log)`);
  if (stats.noOrders > 0) notes.push(`${code}: ${stats.noOrders} tubes for which the host had no orders`);
  return notes;
}
