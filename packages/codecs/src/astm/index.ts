/**
 * ASTM E1381 (CLSI LIS1-A) frames and E1394 (CLSI LIS2-A2) records. Pure: bytes and text in, typed
 * values out; the link layer (ENQ/ACK, timers) lives in @aliquot/interfaces.
 */
export * from './astm-control.js';
export * from './astm-checksum.js';
export * from './astm-frame.js';
export * from './astm-frame-splitter.js';
export * from './astm-charset.js';
export * from './astm-delimiters.js';
export * from './astm-escape.js';
export * from './astm-field.js';
export * from './astm-codes.js';
export * from './astm-record.js';
export * from './astm-message-tree.js';
export * from './astm-message-parser.js';
export * from './astm-printer.js';
export * from './astm-value.js';
export * from './astm-test-id.js';
export * from './astm-header-reader.js';
export * from './astm-patient-reader.js';
export * from './astm-order-reader.js';
export * from './astm-result-reader.js';
export * from './astm-comment-reader.js';
export * from './astm-query-reader.js';
export * from './astm-host-builders.js';
