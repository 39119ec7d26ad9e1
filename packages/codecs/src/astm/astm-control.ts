/**
 * The control characters of the E1381 / LIS1-A low-level protocol.
 * @see CLSI LIS1-A (ASTM E1381) — establishment, transfer and termination phases
 */
export const AstmControl = {
  STX: 0x02,
  ETX: 0x03,
  EOT: 0x04,
  ENQ: 0x05,
  ACK: 0x06,
  LF: 0x0a,
  CR: 0x0d,
  NAK: 0x15,
  ETB: 0x17,
} as const;
export type AstmControl = (typeof AstmControl)[keyof typeof AstmControl];

/**
 * Bytes a sender may not put in frame text: SOH, STX, ETX, EOT, ENQ, ACK, DLE, NAK, SYN, ETB, LF and
 * DC1–DC4. CR is allowed: it ends each record.
 * @see CLSI LIS1-A "restricted message characters"
 */
const RESTRICTED_TEXT_BYTES: ReadonlySet<number> = new Set([
  0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x10, 0x15, 0x16, 0x17, 0x0a, 0x11, 0x12, 0x13, 0x14,
]);

/** True when `byte` may not appear inside the text of a frame. */
export function isRestrictedTextByte(byte: number): boolean {
  return RESTRICTED_TEXT_BYTES.has(byte);
}
