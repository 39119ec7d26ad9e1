import { LabError } from '@aliquot/domain';
import type { Hl7Location } from './hl7-segment.js';

/**
 * A location in a message: which segment (by ID and 1-based occurrence) and where inside it.
 *
 * Written as text: `SEG[occurrence]-field(repetition).component.subcomponent`, every number 1-based and
 * every part but the segment and field optional. `OBX-5` is field 5 of the first OBX, `OBX[3]-3.2` the
 * text of the third OBX's observation identifier, `PID-3(2).4.1` the namespace of the second patient
 * identifier. This is the notation HL7 uses in its own tables (`OBX-5`, `PID-3.4`).
 */
export interface Hl7Path extends Hl7Location {
  readonly segment: string;
  readonly occurrence: number;
}

const PATH =
  /^([A-Z0-9]{3})(?:\[([1-9][0-9]*)\])?-([1-9][0-9]*)(?:\(([1-9][0-9]*)\))?(?:\.([1-9][0-9]*)(?:\.([1-9][0-9]*))?)?$/;

const cache = new Map<string, Hl7Path>();
const CACHE_LIMIT = 2000;

function optional(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** Parses a path string; results are cached, so code may pass literals in hot loops. */
export function parseHl7Path(text: string): Hl7Path {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const m = PATH.exec(text);
  if (m === null) {
    throw LabError.invalid(`'${text}' is not an HL7 path like OBX-5, OBX[2]-3.1 or PID-3(2).4.1`);
  }
  const path: Hl7Path = Object.freeze({
    segment: m[1] ?? '',
    occurrence: optional(m[2]) ?? 1,
    field: Number(m[3]),
    repetition: optional(m[4]),
    component: optional(m[5]),
    subcomponent: optional(m[6]),
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, path);
  return path;
}

/** Prints a path in the notation `parseHl7Path` reads, leaving out defaults. */
export function formatHl7Path(path: Hl7Path): string {
  let s = path.segment;
  if (path.occurrence !== 1) s += `[${path.occurrence}]`;
  s += `-${path.field}`;
  if (path.repetition !== undefined) s += `(${path.repetition})`;
  if (path.component !== undefined || path.subcomponent !== undefined) s += `.${path.component ?? 1}`;
  if (path.subcomponent !== undefined) s += `.${path.subcomponent}`;
  return s;
}
