export { EXTERNAL_POSTGRES_URL } from './global-setup.js';
export * from './test-database.js';
export * from './test-server.js';
export * from './fhir-validators.js';
export * from './instruments/index.js';
export * from './reported-patient.js';
export * from './held-worklist.js';
export * from './staff-credentials.js';
