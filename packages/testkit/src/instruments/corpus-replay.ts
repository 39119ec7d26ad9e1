import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstmControl, frameAstmMessage } from '@aliquot/codecs/astm';
import type { AstmWireClient } from './astm-wire-client.js';

/**
 * The shared corpus: real messages nobody on the team wrote (`../shared/corpus` beside the repository,
 * or ALIQUOT_CORPUS). Files are byte-exact; keep their upstream licences when copying them.
 */
export function corpusDir(): string {
  if (process.env.ALIQUOT_CORPUS) return process.env.ALIQUOT_CORPUS;
  // src/instruments or dist/instruments of packages/testkit, four levels below the repository.
  return fileURLToPath(new URL('../../../../../shared/corpus', import.meta.url));
}

/** One corpus message: where it came from and its exact bytes. */
export interface CorpusMessage {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One recorded ASTM sender transcript: each element one transmission (ENQ, a frame, EOT). */
export interface CorpusTranscript {
  readonly name: string;
  readonly transmissions: readonly Uint8Array[];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

/** Text from a JSON string, as bytes: one byte per character when it fits latin-1, else UTF-8. */
function textBytes(text: string): Uint8Array {
  return [...text].every((c) => c.charCodeAt(0) <= 0xff)
    ? Uint8Array.from(text, (c) => c.charCodeAt(0))
    : new TextEncoder().encode(text);
}

export const ASTM_CORPUS_FOLDERS = ['python-astm', 'go-astm', 'tgenaux-astm-lis'] as const;

/**
 * Every ASTM message in the corpus: each `.astm`/`.txt` file, and each message string of the go-astm
 * `e2e_*_messages.json` maps.
 */
export function astmCorpusMessages(root = corpusDir()): CorpusMessage[] {
  const files = ASTM_CORPUS_FOLDERS.flatMap((folder) => walk(path.join(root, folder)));
  const out: CorpusMessage[] = [];
  for (const file of files) {
    const name = path.relative(root, file);
    if (/\.(astm|txt)$/.test(file)) out.push({ name, bytes: Uint8Array.from(readFileSync(file)) });
    if (/e2e_.*_messages\.json$/.test(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { messages: Record<string, string[]> };
      for (const [test, texts] of Object.entries(json.messages))
        texts.forEach((text, i) => out.push({ name: `${name}#${test}[${i}]`, bytes: textBytes(text) }));
    }
  }
  return out;
}

/** The python-astm sender transcripts (ENQ, frames, EOT, as recorded). */
export function astmCorpusTranscripts(root = corpusDir()): CorpusTranscript[] {
  const file = path.join(root, 'python-astm', 'codec_vectors.json');
  if (!existsSync(file)) return [];
  const json = JSON.parse(readFileSync(file, 'utf8')) as { transcripts?: { id: string; sent: string[] }[] };
  return (json.transcripts ?? []).map((t) => ({
    name: `python-astm/codec_vectors.json#${t.id}`,
    transmissions: t.sent.map(textBytes),
  }));
}

export const HL7_CORPUS_FOLDERS = [
  'cdc-trusted-intermediary',
  'fhir-converter',
  'node-hl7-complete',
  'python-hl7',
] as const;

/** MSH-9 of a file's first MSH, e.g. `ORU^R01^ORU_R01`. */
export function hl7MessageType(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('latin1');
  const at = text.indexOf('MSH');
  if (at < 0) return '';
  const line = text.slice(at).split(/\r\n|\r|\n/)[0] ?? '';
  return line.split(line.charAt(3))[8] ?? '';
}

/** Every HL7 ORU (results) and OUL (specimen-oriented results) file in the corpus, bytes as on disk. */
export function hl7CorpusResults(root = corpusDir()): CorpusMessage[] {
  return HL7_CORPUS_FOLDERS.flatMap((folder) => walk(path.join(root, folder)))
    .filter((file) => /\.hl7$/.test(file))
    .map((file) => ({ name: path.relative(root, file), bytes: Uint8Array.from(readFileSync(file)) }))
    .filter((m) => /^(ORU|OUL)/.test(hl7MessageType(m.bytes)));
}

/**
 * Sends one corpus message as an instrument would: ENQ, the message split into frames of at most 240
 * bytes (ETB, then ETX), EOT. The bytes go as they are in the file, so the journal must hold them
 * exactly. Resolves with the host's reply to each frame.
 */
export async function replayAstmMessage(client: AstmWireClient, bytes: Uint8Array): Promise<number[]> {
  return client.transfer(frameAstmMessage(bytes).frames);
}

/** Plays a recorded transcript: each transmission written as recorded, waiting for the reply to ENQ and frames. */
export async function replayAstmTranscript(
  client: AstmWireClient,
  transcript: CorpusTranscript,
): Promise<number[]> {
  const replies: number[] = [];
  for (const transmission of transcript.transmissions) {
    await client.write(transmission);
    if (transmission.length === 1 && transmission[0] === AstmControl.EOT) continue;
    replies.push(await client.readByte());
  }
  return replies;
}
