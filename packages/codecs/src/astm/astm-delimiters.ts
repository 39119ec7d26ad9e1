/**
 * The four delimiters of a message, declared by the header record: `H|\^&` declares `|` between
 * fields, `\` between repeats, `^` between components and `&` as the escape character.
 * @see CLSI LIS2-A2 H-2 (delimiter definition)
 */
export interface AstmDelimiters {
  readonly field: string;
  readonly repeat: string;
  readonly component: string;
  readonly escape: string;
}

export const DEFAULT_ASTM_DELIMITERS: AstmDelimiters = Object.freeze({
  field: '|',
  repeat: '\\',
  component: '^',
  escape: '&',
});

export interface AstmDelimiterReading {
  readonly delimiters: AstmDelimiters;
  /** Set when the header's definition was unusable and defaults stood in for part of it. */
  readonly warning?: string;
}

/** True when `line` looks like a header record: `H` then a delimiter character. */
export function isAstmHeaderLine(line: string): boolean {
  return line.length >= 2 && line[0] === 'H' && isDelimiterChar(line[1] ?? '');
}

/**
 * Reads the delimiters from characters 2–5 of a header record. Vendors choose other characters
 * (`` ` `` as repeat, for one), so they are taken as sent when they are four distinct punctuation
 * characters; otherwise the field delimiter is kept, the standard `\^&` fill in, and a warning says so.
 */
export function readAstmDelimiters(headerLine: string): AstmDelimiterReading {
  const field = headerLine[1] ?? '';
  if (!isAstmHeaderLine(headerLine)) {
    return {
      delimiters: DEFAULT_ASTM_DELIMITERS,
      warning: 'no delimiter definition; standard |\\^& assumed',
    };
  }
  const [repeat = '', component = '', escape = ''] = [headerLine[2], headerLine[3], headerLine[4]];
  const chars = [field, repeat, component, escape];
  const after = headerLine[5];
  const valid =
    chars.every(isDelimiterChar) && new Set(chars).size === 4 && (after === undefined || after === field);
  if (valid) return { delimiters: { field, repeat, component, escape } };
  const fallback = { ...DEFAULT_ASTM_DELIMITERS, field };
  if (new Set([field, fallback.repeat, fallback.component, fallback.escape]).size !== 4) {
    return {
      delimiters: DEFAULT_ASTM_DELIMITERS,
      warning: `unusable delimiter definition in ${quote(headerLine)}`,
    };
  }
  return {
    delimiters: fallback,
    warning: `unusual delimiter definition ${quote(headerLine.slice(1, 6))}; repeat \\, component ^ and escape & assumed`,
  };
}

/** The H-2 text that declares `delimiters` (repeat, component, escape). */
export function astmDelimiterDefinition(delimiters: AstmDelimiters): string {
  return `${delimiters.repeat}${delimiters.component}${delimiters.escape}`;
}

/** True when all four delimiters are distinct punctuation characters. */
export function areValidAstmDelimiters(d: AstmDelimiters): boolean {
  const chars = [d.field, d.repeat, d.component, d.escape];
  return chars.every(isDelimiterChar) && new Set(chars).size === 4;
}

function isDelimiterChar(char: string): boolean {
  if (char.length !== 1) return false;
  const code = char.charCodeAt(0);
  // Printable, not a letter, digit or space.
  return code > 0x20 && code < 0x7f && !/[A-Za-z0-9]/.test(char);
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
