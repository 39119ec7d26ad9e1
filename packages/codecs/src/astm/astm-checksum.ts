/**
 * The E1381 frame checksum: the sum of the bytes from the frame number through ETB or ETX inclusive
 * (STX excluded), modulo 256, sent as two uppercase hexadecimal characters, most significant first.
 * @see CLSI LIS1-A (ASTM E1381 "checksum")
 */
export function astmChecksum(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum = (sum + (bytes[i] ?? 0)) & 0xff;
  return sum;
}

const HEX_DIGITS = '0123456789ABCDEF';

/** The two ASCII characters a checksum is sent as, e.g. 122 → "7A". */
export function formatAstmChecksum(checksum: number): string {
  const value = checksum & 0xff;
  return `${HEX_DIGITS[value >> 4] ?? '0'}${HEX_DIGITS[value & 0x0f] ?? '0'}`;
}

/**
 * Reads the two checksum characters of a frame. Lowercase hex is accepted (some senders use it);
 * anything else gives undefined.
 */
export function readAstmChecksum(high: number, low: number): number | undefined {
  const h = hexValue(high);
  const l = hexValue(low);
  return h === undefined || l === undefined ? undefined : (h << 4) | l;
}

function hexValue(byte: number): number | undefined {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  return undefined;
}
