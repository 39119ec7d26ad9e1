export * from './astm-link-tokenizer.js';
export * from './astm-link-types.js';
export * from './astm-frame-receiver.js';
export * from './astm-link.js';
export * from './astm-message-assembler.js';
export * from './astm-connection.js';
