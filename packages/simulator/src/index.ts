/**
 * The simulated lab: patients and their biology, virtual analyzers speaking ASTM and HL7 over TCP to
 * Aliquot's listeners, a virtual EHR and POCT devices, fault injection with its ground truth, scoring,
 * training sessions and scenarios.
 */
export * from './random/sim-random.js';
export * from './biology/analyte-model.js';
export * from './biology/conditions.js';
export * from './biology/patient.js';
export * from './biology/patient-biology.js';
export * from './biology/population.js';
export * from './biology/physiology.js';
export * from './faults/fault-kinds.js';
export * from './faults/fault-planner.js';
export * from './faults/specimen-faults.js';
export * from './faults/tube-preparation.js';
export * from './analyzers/analyzer-profile.js';
export * from './analyzers/analyzer-registration.js';
export * from './analyzers/astm-instrument-link.js';
export * from './analyzers/astm-instrument-messages.js';
export * from './analyzers/hl7-instrument-messages.js';
export * from './analyzers/instrument-transport.js';
export * from './analyzers/measurement.js';
export * from './analyzers/qc-material.js';
export * from './analyzers/tube-measurement.js';
export * from './analyzers/virtual-analyzer.js';
export * from './ehr/lab-api-client.js';
export * from './ehr/order-entry.js';
export * from './ehr/order-mix.js';
export * from './ground-truth/ground-truth.js';
export * from './poct/poct-generator.js';
export * from './run/lab-plan.js';
export * from './run/lab-run.js';
export * from './run/lab-setup.js';
export * from './run/sim-clock.js';
export * from './scenario/scenario-types.js';
export * from './scenario/scenario-parser.js';
export * from './scenario/scenario-files.js';
export * from './scoring/lab-outcomes.js';
export * from './scoring/outcome-reader.js';
export * from './scoring/score-report.js';
export * from './scoring/score.js';
export * from './scoring/score-text.js';
export * from './staff/virtual-technologist.js';
export * from './training/training-grader.js';
export * from './training/training-cases.js';
export * from './training/training-sessions.js';
export * from './ehr/hl7-order-entry.js';
export * from './ehr/ehr-result-listener.js';
export * from './run/specimen-flow.js';
export * from './run/settle.js';
export * from './run/qc-setup.js';
export * from './analyzers/astm-result-builder.js';
export * from './analyzers/hl7-result-builder.js';
