export * from './poct-model.js';
export * from './poct-registry-service.js';
export * from './poct-concordance.js';
export * from './poct-lab-result.js';
export * from './poct-intake-service.js';
export * from './poct-fhir-intake.js';
export * from './poct-hl7-intake.js';
