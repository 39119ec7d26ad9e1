import { Code } from '@mantine/core';

/** Splits the server's readable text ("H|\\^&<CR>…<ETX>") into text and control-character tokens. */
export function controlTokens(text: string): { text: string; control: boolean }[] {
  return text
    .split(/(<[A-Z]{2,3}>)/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, control: /^<[A-Z]{2,3}>$/.test(part) }));
}

/**
 * The raw bytes of a message as the server spells them, control characters marked so they stand out
 * from the data; the server's text breaks the line after each segment or record.
 */
export function RawMessage({ text, label }: { readonly text: string; readonly label: string }) {
  return (
    <Code
      block
      aria-label={label}
      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 320, overflow: 'auto' }}
    >
      {controlTokens(text).map((token, i) =>
        token.control ? (
          <span key={i} className="control-char">
            {token.text}
          </span>
        ) : (
          <span key={i}>{token.text}</span>
        ),
      )}
    </Code>
  );
}
