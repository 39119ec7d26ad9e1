export {};
export * from './astm/index.js';
export * from './hl7/index.js';
export * from './links/index.js';
