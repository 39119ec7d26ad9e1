export * from './clinical-context.js';
export * from './delta-check.js';
export * from './reference-change-value.js';
