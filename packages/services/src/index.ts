export * from './auth-service.js';
export * from './catalog/index.js';
export * from './catalog-service.js';
export * from './order-service.js';
export * from './patient-service.js';
export * from './result-service.js';
export * from './specimen-service.js';
export * from './use-case.js';
