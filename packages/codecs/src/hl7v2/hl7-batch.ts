import { LabError } from '@aliquot/domain';
import { DEFAULT_HL7_DELIMITERS, readDelimiters, type Hl7Delimiters } from './hl7-delimiters.js';
import { splitSegmentLines } from './hl7-lines.js';
import { Hl7Message, type Hl7ParseOptions } from './hl7-message.js';
import { Hl7Segment, isBlankLine } from './hl7-segment.js';

/** One BHS..BTS batch (either may be absent, as senders often leave them out). */
export interface Hl7BatchGroup {
  /** BHS, batch header; BHS-11 is the batch control ID. */
  readonly header: Hl7Segment | undefined;
  readonly messages: readonly Hl7Message[];
  /** BTS, batch trailer; BTS-1 is the message count the sender declared. */
  readonly trailer: Hl7Segment | undefined;
}

type Item = Hl7Segment | Hl7Message;

/**
 * A batch file: an optional FHS..FTS envelope around one or more BHS..BTS batches of messages. Keeps
 * every line, so printing an unchanged file gives back its exact text.
 * @see HL7 v2.5.1 chapter 2.10.3 "HL7 batch file structure" and 2.15 FHS, FTS, BHS, BTS
 */
export class Hl7Batch {
  constructor(
    private readonly items: readonly Item[],
    readonly hasBom: boolean,
    /** FHS, file header, when present. */
    readonly fileHeader: Hl7Segment | undefined,
    readonly batches: readonly Hl7BatchGroup[],
    /** FTS, file trailer; FTS-1 is the batch count the sender declared. */
    readonly fileTrailer: Hl7Segment | undefined,
  ) {}

  /** Every message of every batch, in order. */
  get messages(): Hl7Message[] {
    return this.batches.flatMap((b) => b.messages);
  }

  toString(): string {
    let out = this.hasBom ? '\uFEFF' : '';
    for (const item of this.items) {
      out += item instanceof Hl7Message ? item.toString() : item.toString() + item.terminator;
    }
    return out;
  }
}

/**
 * Parses a batch file, or a plain run of messages, into its messages. Throws a LabError when a header
 * declares unusable delimiters or lines that are not envelope segments are not followed by an MSH.
 */
export function parseHl7Batch(text: string, options: Hl7ParseOptions = {}): Hl7Batch {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const { texts, terminators } = splitSegmentLines(text, hasBom ? 1 : 0, options.segmentTerminators ?? 'any');
  const items: Item[] = [];
  const batches: {
    header: Hl7Segment | undefined;
    messages: Hl7Message[];
    trailer: Hl7Segment | undefined;
  }[] = [];
  let fileHeader: Hl7Segment | undefined;
  let fileTrailer: Hl7Segment | undefined;
  let d: Hl7Delimiters = DEFAULT_HL7_DELIMITERS;
  let pending: number[] = [];
  let open = false;

  const currentBatch = (): (typeof batches)[number] => {
    let b = batches[batches.length - 1];
    if (b === undefined || b.trailer !== undefined) {
      b = { header: undefined, messages: [], trailer: undefined };
      batches.push(b);
    }
    return b;
  };
  const flush = (): void => {
    if (pending.length === 0) return;
    const lines = pending;
    pending = [];
    open = false;
    const msgTexts = lines.map((i) => texts[i] ?? '');
    const msgTerms = lines.map((i) => terminators[i] ?? '');
    let source = '';
    for (let k = 0; k < msgTexts.length; k++) source += (msgTexts[k] ?? '') + (msgTerms[k] ?? '');
    const message = Hl7Message.fromLines(msgTexts, msgTerms, false, source);
    items.push(message);
    currentBatch().messages.push(message);
  };
  const envelope = (line: string, i: number): Hl7Segment => {
    const seg = new Hl7Segment(line, terminators[i] ?? '', d);
    items.push(seg);
    return seg;
  };

  for (let i = 0; i < texts.length; i++) {
    const line = texts[i] ?? '';
    const id = line.slice(0, 3);
    const isEnvelope =
      id === 'FHS' || id === 'BHS'
        ? line.length >= 4
        : (id === 'BTS' || id === 'FTS') && (line.length === 3 || line.charAt(3) === d.field);
    if (isEnvelope) {
      flush();
      if (id === 'FHS' || id === 'BHS') {
        const declared = readDelimiters(line);
        if (typeof declared === 'string') {
          throw LabError.invalid(`the ${id} segment declares unusable delimiters: ${declared}`, [
            { location: `${id}-2`, message: declared },
          ]);
        }
        d = declared;
      }
      const seg = envelope(line, i);
      if (id === 'FHS') fileHeader = seg;
      else if (id === 'FTS') fileTrailer = seg;
      else if (id === 'BHS') batches.push({ header: seg, messages: [], trailer: undefined });
      else currentBatch().trailer = seg;
      continue;
    }
    if (line.startsWith('MSH') && line.length > 3) {
      if (open) flush();
      open = true;
    }
    if (!open && pending.length === 0 && isBlankLine(line)) {
      envelope(line, i);
      continue;
    }
    pending.push(i);
  }
  flush();
  return new Hl7Batch(items, hasBom, fileHeader, batches, fileTrailer);
}
