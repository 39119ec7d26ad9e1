/**
 * A lab for the EHR interface scenarios: a fresh database on the embedded PostgreSQL with the starter
 * catalog and rule set, and a helper that does what the MLLP link does with an inbound message —
 * journal it, then answer it — returning the acknowledgment it would send.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHl7Message, readAck, type AckMessage } from '@aliquot/codecs/hl7v2';
import {
  answerInterfaceMessage,
  commandLine,
  ensureStarterRuleSet,
  hl7RawToText,
  journalInbound,
  seedCatalog,
  type LabContext,
} from '@aliquot/services';
import { findJournalEntry, type JournalRow } from '@aliquot/storage';
import { createTestDatabase, embeddedServer, type TestDatabase } from '@aliquot/testkit';

const corpus = path.resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared/corpus');

/** A corpus file's text (latin-1, byte for byte). */
export function corpusText(file: string): string {
  return readFileSync(path.join(corpus, file), 'latin1');
}

export interface Delivery {
  readonly ack: AckMessage;
  readonly ackText: string;
  readonly entry: JournalRow;
  readonly duplicate: boolean;
}

export interface EhrTestLab {
  readonly database: TestDatabase;
  readonly lab: LabContext;
  /** Journals a message from the EHR's MLLP link and answers it as the link would. */
  deliver(text: string, connection?: string): Promise<Delivery>;
  close(): Promise<void>;
}

export async function startEhrTestLab(): Promise<EhrTestLab> {
  const database = await createTestDatabase(embeddedServer());
  const lab: LabContext = { db: database.db, now: () => new Date() };
  await seedCatalog(lab, commandLine);
  await ensureStarterRuleSet(lab);
  return {
    database,
    lab,
    async deliver(text, connection = 'mllp-listener') {
      const raw = Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
      const journaled = await journalInbound(lab.db, {
        connection,
        protocol: 'hl7',
        raw,
        receivedAt: new Date(),
      });
      const message = parseHl7Message(hl7RawToText(raw));
      const answer = await answerInterfaceMessage(lab, journaled, message);
      if (answer === undefined) throw new Error(`not an interface message: ${journaled.entry.message_type}`);
      const entry = (await findJournalEntry(lab.db, journaled.entry.id)) ?? journaled.entry;
      return {
        ack: readAck(parseHl7Message(answer)),
        ackText: answer,
        entry,
        duplicate: journaled.duplicate,
      };
    },
    close: () => database.drop(),
  };
}

let counter = 0;

/** An OML^O21 (v2.5.1) from the hospital's EHR; each order is `[control, placer number, OBR-4]`. */
export function omlMessage(options: {
  readonly mrn: string;
  readonly orders: readonly (readonly [string, string, string])[];
  readonly birthDate?: string;
  readonly provider?: string;
  readonly priority?: string;
  readonly spm?: string;
  readonly controlId?: string;
}): string {
  const controlId = options.controlId ?? `OML-${process.pid}-${++counter}`;
  const segments = [
    `MSH|^~\\&|EPIC|GENERAL HOSPITAL|ALIQUOT|LAB|20260302080000||OML^O21^OML_O21|${controlId}|P|2.5.1`,
    `PID|1||${options.mrn}^^^GH^MR~${options.mrn}-X^^^REGION^PI||Nakamura^Keiko^A||${options.birthDate ?? '19790412'}|F`,
    'PV1|1|O|CLINIC 4',
  ];
  for (const [control, placer, code] of options.orders) {
    segments.push(
      `ORC|${control}|${placer}^EPIC|||||^^^^^${options.priority ?? 'R'}||20260302075500|||${options.provider ?? '1234567893^Hale^Ruth'}`,
      `OBR|1|${placer}^EPIC||${code}|||20260302075000`,
    );
    if (options.spm) segments.push(options.spm);
  }
  return segments.join('\r') + '\r';
}
