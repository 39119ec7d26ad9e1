export {};
export * from './astm/index.js';
