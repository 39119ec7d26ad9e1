export * from './codes.js';
export * from './instrument-flags.js';
export * from './lab-error.js';
export * from './permissions.js';
export * from './result-value.js';
export * from './specimen-lifecycle.js';
export * from './test-definition.js';
export * from './staff-credentials.js';
