export { invalidCatalogError, type CatalogProblem } from './catalog-problem.js';
export { validateCatalog, validatePanelDefinition, validateTestDefinition } from './catalog-validation.js';
export { loincCheckDigit, loincProblem } from './loinc-check-digit.js';
export {
  starterCatalog,
  starterCatalogAttribution,
  type StarterCatalog,
  type StarterCatalogSources,
} from './starter-catalog.js';
export { ucumUnitProblem } from './ucum-unit.js';
