import { AstmCharset, decodeAstmText, encodeAstmText } from '@aliquot/codecs/astm';
import { describe, expect, it } from 'vitest';
import { AstmMessageAssembler } from './astm-message-assembler.js';

const part = (text: string): [Uint8Array[], Uint8Array] => [
  [encodeAstmText(`<frame ${text}>`, AstmCharset.latin1)],
  encodeAstmText(text, AstmCharset.latin1),
];
const show = (bytes: Uint8Array | undefined): string | undefined =>
  bytes && decodeAstmText(bytes, AstmCharset.latin1);

describe('collecting one record per frame into a LIS2-A2 message', () => {
  it('hands over H…L once the terminator record arrives, with every frame', () => {
    const assembler = new AstmMessageAssembler();
    expect(assembler.add(...part('H|\\^&\r'))).toBeUndefined();
    expect(assembler.add(...part('P|1\r'))).toBeUndefined();
    const message = assembler.add(...part('L|1|N\r'));
    expect(show(message?.text)).toBe('H|\\^&\rP|1\rL|1|N\r');
    expect(message?.frames).toHaveLength(3);
    expect(message?.complete).toBe(true);
  });

  it('recognises an L record with other delimiters, or alone', () => {
    expect(new AstmMessageAssembler().add(...part('L!1!N\r'))?.complete).toBe(true);
    expect(new AstmMessageAssembler().add(...part('L\r'))?.complete).toBe(true);
    expect(new AstmMessageAssembler().add(...part('LAB|x\r'))).toBeUndefined();
  });

  it('hands over a whole message sent in one E1381 message', () => {
    const message = new AstmMessageAssembler().add(...part('H|\\^&\rR|1|^^^X|1\rL|1|N\r'));
    expect(show(message?.text)).toBe('H|\\^&\rR|1|^^^X|1\rL|1|N\r');
  });

  it('when the message could not be stored, keeps what came before its last part for the retransmission', () => {
    const assembler = new AstmMessageAssembler();
    assembler.add(...part('H|\\^&\r'));
    assembler.add(...part('L|1|N\r'));
    assembler.settle(false);
    expect(show(assembler.add(...part('L|1|N\r'))?.text)).toBe('H|\\^&\rL|1|N\r');
    assembler.settle(true);
    expect(assembler.flush()).toBeUndefined();
  });

  it('gives back what arrived without a terminator when the transfer ends', () => {
    const assembler = new AstmMessageAssembler();
    assembler.add(...part('H|\\^&\r'));
    const left = assembler.flush();
    expect(left?.complete).toBe(false);
    expect(show(left?.text)).toBe('H|\\^&\r');
    expect(assembler.flush()).toBeUndefined();
  });

  it('hands over every E1381 message when asked to', () => {
    const assembler = new AstmMessageAssembler('link-message');
    expect(show(assembler.add(...part('H|\\^&\r'))?.text)).toBe('H|\\^&\r');
  });
});
