export * from './astm-link-tokenizer.js';
export * from './astm-link-types.js';
export * from './astm-frame-receiver.js';
export * from './astm-link.js';
