import type { AstmConnection } from '@aliquot/interfaces';
import type { LabContext } from '@aliquot/services';
import type { LinkStatusBoard } from './link-status.js';
import type { ProcessingQueue } from './processing-queue.js';

/** What every link handler shares: the lab, the status board, the processing queue. */
export interface LinkContext {
  readonly lab: LabContext;
  readonly board: LinkStatusBoard;
  readonly processing: ProcessingQueue;
  /** The live ASTM connection of each instrument, for messages we send unasked (worklists). */
  readonly astmLinks: Map<string, AstmConnection>;
  readonly log: (line: string) => void;
}
