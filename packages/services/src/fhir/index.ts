export * from './fhir-create-service.js';
export * from './fhir-facts.js';
export * from './fhir-search-service.js';
