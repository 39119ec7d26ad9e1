import { describe, expect, it } from 'vitest';
import { DEFAULT_ASTM_DELIMITERS } from './astm-delimiters.js';
import type { AstmDelimiters } from './astm-delimiters.js';
import { escapeAstm, unescapeAstm } from './astm-escape.js';
import { AstmField, decodeAstmField, encodeAstmField } from './astm-field.js';

const d = DEFAULT_ASTM_DELIMITERS;
const backtick: AstmDelimiters = { field: '|', repeat: '`', component: '^', escape: '&' };

describe('escape sequences in field text', () => {
  it('&F& &S& &R& &E& stand for the field, component, repeat and escape delimiters', () => {
    expect(unescapeAstm('a&F&b&S&c&R&d&E&e', d)).toBe('a|b^c\\d&e');
  });

  it('&Xhh& gives characters by hexadecimal code, several pairs at once', () => {
    expect(unescapeAstm('line1&X0D0A&line2', d)).toBe('line1\r\nline2');
  });

  it('local &Z..& escapes are kept verbatim for the instrument profile to read', () => {
    expect(unescapeAstm('ok &Zbold& here', d)).toBe('ok &Zbold& here');
  });

  it('an ampersand that starts no escape stands for itself', () => {
    expect(unescapeAstm('Smith & Jones', d)).toBe('Smith & Jones');
    expect(unescapeAstm('A & B & C', d)).toBe('A & B & C');
    expect(unescapeAstm('R&D', d)).toBe('R&D');
  });

  it('escaping text and reading it back gives the same text, control characters included', () => {
    const text = 'pH|7^4\\x&y\r\n';
    const escaped = escapeAstm(text, d);
    expect(escaped).toBe('pH&F&7&S&4&R&x&E&y&X0D&&X0A&');
    expect(unescapeAstm(escaped, d)).toBe(text);
  });

  it('uses the delimiters the header declared', () => {
    expect(escapeAstm('a`b', backtick)).toBe('a&R&b');
    expect(escapeAstm('a\\b', backtick)).toBe('a\\b');
  });
});

describe('repeats and components', () => {
  it('a field splits into repeats, then components, each unescaped', () => {
    expect(decodeAstmField('^^^NA^Sodium\\^^^Cl^Clorum', d)).toEqual([
      ['', '', '', 'NA', 'Sodium'],
      ['', '', '', 'Cl', 'Clorum'],
    ]);
    expect(decodeAstmField('a&S&b^c', d)).toEqual([['a^b', 'c']]);
  });

  it('a vendor using ` as repeat delimiter is read with it', () => {
    expect(decodeAstmField('^^^GLU`^^^K', backtick)).toEqual([
      ['', '', '', 'GLU'],
      ['', '', '', 'K'],
    ]);
  });

  it('an AstmField gives the first component as its text, and empty components as empty strings', () => {
    const field = new AstmField('9.34^^^^', d);
    expect(field.text).toBe('9.34');
    expect(field.components).toEqual(['9.34', '', '', '', '']);
    expect(field.component(9)).toBe('');
    expect(new AstmField('', d).isEmpty).toBe(true);
  });

  it('building a field keeps leading empty components and drops trailing ones', () => {
    expect(encodeAstmField(['', '', '', 'GLU', '', null], d)).toBe('^^^GLU');
    expect(
      encodeAstmField(
        [
          ['', '', '', 'NA'],
          ['', '', '', 'K'],
        ],
        d,
      ),
    ).toBe('^^^NA\\^^^K');
    expect(encodeAstmField(7.41, d)).toBe('7.41');
    expect(encodeAstmField(null, d)).toBe('');
    expect(encodeAstmField('a|b', d)).toBe('a&F&b');
  });

  it('an existing field is copied as sent, or re-encoded for other delimiters', () => {
    const field = new AstmField('x^y\\z', d);
    expect(encodeAstmField(field, d)).toBe('x^y\\z');
    expect(encodeAstmField(field, backtick)).toBe('x^y`z');
  });
});
