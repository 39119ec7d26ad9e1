export * from './astm-wire-client.js';
export * from './astm-analyzer.js';
export * from './chemistry-analyzer.js';
export * from './hematology-analyzer.js';
export * from './coagulation-analyzer.js';
export * from './immunoassay-analyzer.js';
export * from './corpus-replay.js';
