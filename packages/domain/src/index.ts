export * from './lab-error.js';
