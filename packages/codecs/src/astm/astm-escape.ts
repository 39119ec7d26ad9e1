import type { AstmDelimiters } from './astm-delimiters.js';

/**
 * Escape sequences inside field text, written with the escape delimiter (`&` by default):
 * `&F&` field, `&S&` component, `&R&` repeat, `&E&` escape, `&Xhh…&` characters by hexadecimal code,
 * and `&Z…&` local (vendor) escapes, which are kept verbatim.
 * @see CLSI LIS2-A2 (escape delimiter and escape sequences)
 */
export function unescapeAstm(text: string, d: AstmDelimiters): string {
  if (!text.includes(d.escape)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf(d.escape, i);
    if (start < 0) return out + text.slice(i);
    out += text.slice(i, start);
    const end = text.indexOf(d.escape, start + 1);
    if (end < 0) return out + text.slice(start);
    const decoded = decodeSequence(text.slice(start + 1, end), d);
    if (decoded === undefined) {
      // Not an escape sequence: the escape character stands for itself (e.g. "Smith & Jones").
      out += d.escape;
      i = start + 1;
    } else {
      out += decoded;
      i = end + 1;
    }
  }
  return out;
}

function decodeSequence(body: string, d: AstmDelimiters): string | undefined {
  switch (body) {
    case 'F':
      return d.field;
    case 'S':
      return d.component;
    case 'R':
      return d.repeat;
    case 'E':
      return d.escape;
  }
  if (body[0] === 'Z' && !/\s/.test(body)) return `${d.escape}${body}${d.escape}`;
  if (body[0] === 'X' && body.length > 1 && (body.length - 1) % 2 === 0 && /^X[0-9A-Fa-f]+$/.test(body)) {
    let out = '';
    for (let i = 1; i < body.length; i += 2) out += String.fromCharCode(parseInt(body.slice(i, i + 2), 16));
    return out;
  }
  return undefined;
}

/**
 * Escapes text for a field: delimiters become `&F&`, `&S&`, `&R&`, `&E&`, and control characters
 * (which may not travel in a record, e.g. CR) become `&Xhh&`.
 */
export function escapeAstm(text: string, d: AstmDelimiters): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    if (needsEscape(text[i] ?? '', text.charCodeAt(i), d)) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const code = text.charCodeAt(i);
    if (char === d.escape) out += `${d.escape}E${d.escape}`;
    else if (char === d.field) out += `${d.escape}F${d.escape}`;
    else if (char === d.component) out += `${d.escape}S${d.escape}`;
    else if (char === d.repeat) out += `${d.escape}R${d.escape}`;
    else if (code < 0x20 || code === 0x7f) {
      out += `${d.escape}X${code.toString(16).toUpperCase().padStart(2, '0')}${d.escape}`;
    } else out += char;
  }
  return out;
}

function needsEscape(char: string, code: number, d: AstmDelimiters): boolean {
  return (
    code < 0x20 ||
    code === 0x7f ||
    char === d.escape ||
    char === d.field ||
    char === d.component ||
    char === d.repeat
  );
}
