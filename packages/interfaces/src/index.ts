export {};
export * from './astm/index.js';
export * from './hl7/index.js';
