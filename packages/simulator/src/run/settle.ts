import { LabApiError, type LabApiClient } from '../ehr/lab-api-client.js';
import type { GroundTruthLedger } from '../ground-truth/ground-truth.js';

/**
 * Waits until Aliquot has worked through what it was sent: no journal entry still waiting to be
 * processed (the instrument interface acknowledges a message once journaled and processes it after).
 * Gives up after `timeoutMs` and says so, rather than scoring a lab that is still busy in silence.
 */
export async function settleLab(
  api: LabApiClient,
  ledger: GroundTruthLedger,
  timeoutMs = 120_000,
): Promise<{ notes: string[] }> {
  if (ledger.results.length === 0) return { notes: [] };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let waiting: number;
    try {
      const page = await api.get<{ total: number }>('/api/journal?state=accepted&direction=in&limit=1');
      waiting = page.total;
    } catch (error) {
      if (error instanceof LabApiError && (error.status === 404 || error.status === 403)) {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        return { notes: ['the message journal could not be read; waited 2 s for processing to finish'] };
      }
      throw error;
    }
    if (waiting === 0) {
      // Decisions are taken in the same transaction that records a message's results; a moment more
      // lets the last commits land before they are read.
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { notes: [] };
    }
    if (Date.now() > deadline) {
      return {
        notes: [`${waiting} instrument messages were still waiting to be processed when the score was read`],
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
