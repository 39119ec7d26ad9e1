import type { AstmDelimiters } from './astm-delimiters.js';
import { escapeAstm, unescapeAstm } from './astm-escape.js';

/** A scalar for one component when building a field; null and undefined are sent as empty. */
export type AstmComponentInput = string | number | null | undefined;

/**
 * What a field is built from: a scalar, a list of components (`^`), or a list of repeats (`\`), each a
 * list of components or a scalar. An existing {@link AstmField} is copied as sent.
 */
export type AstmFieldInput =
  | AstmComponentInput
  | AstmField
  | readonly AstmComponentInput[]
  | readonly (AstmComponentInput | readonly AstmComponentInput[])[];

/**
 * One field of a record, kept as the raw text that was sent and decoded when read: repeats, then
 * components, each with escape sequences resolved.
 * @see CLSI LIS2-A2 (field, repeat, component and escape delimiters)
 */
export class AstmField {
  #repeats: readonly (readonly string[])[] | undefined;

  /**
   * @param raw the field text exactly as sent
   * @param literal true for the header's delimiter definition (H-2), which is never split
   */
  constructor(
    readonly raw: string,
    readonly delimiters: AstmDelimiters,
    readonly literal = false,
  ) {}

  get isEmpty(): boolean {
    return this.raw === '';
  }

  /** Every repeat, each a list of unescaped components. An empty field is one repeat of one ''. */
  get repeats(): readonly (readonly string[])[] {
    this.#repeats ??= this.literal ? [[this.raw]] : decodeAstmField(this.raw, this.delimiters);
    return this.#repeats;
  }

  /** The components of the first repeat. */
  get components(): readonly string[] {
    return this.repeats[0] ?? [''];
  }

  /** Component `n` (1-based) of the first repeat, '' when absent. */
  component(n: number): string {
    return this.components[n - 1] ?? '';
  }

  /** The first component of the first repeat: the value of a simple field. */
  get text(): string {
    return this.component(1);
  }

  toString(): string {
    return this.raw;
  }
}

/** Splits raw field text into repeats and components and resolves escapes. */
export function decodeAstmField(raw: string, d: AstmDelimiters): string[][] {
  return raw.split(d.repeat).map((repeat) => repeat.split(d.component).map((part) => unescapeAstm(part, d)));
}

/**
 * Encodes a field. Trailing empty components are dropped (`A^B`, not `A^B^^`), leading ones kept
 * (`^^^GLU`), as python-astm and most instruments do.
 */
export function encodeAstmField(input: AstmFieldInput, d: AstmDelimiters): string {
  if (input instanceof AstmField) {
    return sameDelimiters(input.delimiters, d) || input.literal
      ? input.raw
      : encodeAstmField(
          input.repeats.map((r) => [...r]),
          d,
        );
  }
  if (!Array.isArray(input)) return encodeComponent(input as AstmComponentInput, d);
  const list = input as readonly (AstmComponentInput | readonly AstmComponentInput[])[];
  if (list.some((item) => Array.isArray(item))) {
    return list
      .map((item) =>
        Array.isArray(item)
          ? encodeComponents(item as readonly AstmComponentInput[], d)
          : encodeComponent(item as AstmComponentInput, d),
      )
      .join(d.repeat);
  }
  return encodeComponents(list as readonly AstmComponentInput[], d);
}

function encodeComponents(components: readonly AstmComponentInput[], d: AstmDelimiters): string {
  const parts = components.map((c) => encodeComponent(c, d));
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(d.component);
}

function encodeComponent(value: AstmComponentInput, d: AstmDelimiters): string {
  if (value === null || value === undefined) return '';
  return escapeAstm(typeof value === 'number' ? String(value) : value, d);
}

function sameDelimiters(a: AstmDelimiters, b: AstmDelimiters): boolean {
  return a.field === b.field && a.repeat === b.repeat && a.component === b.component && a.escape === b.escape;
}
