import type { PanelDefinition, TestDefinition } from '@aliquot/domain';
import { invalidCatalogError } from './catalog-problem.js';
import { validateCatalog } from './catalog-validation.js';
import data from './starter-catalog.json' with { type: 'json' };

/** Where the starter catalog's figures come from, and how sure we are of them. */
export interface StarterCatalogSources {
  readonly catalog: string;
  readonly loinc: {
    readonly note: string;
    /** Lab codes whose LOINC code and display were seen in an independent source ([V]). */
    readonly verified: readonly string[];
    /** Lab codes whose LOINC code is carried over unconfirmed ([U]). */
    readonly unverified: readonly string[];
  };
  /** One note per topic: reference intervals, critical limits, delta checks, stability, ... */
  readonly notes: Readonly<Record<string, string>>;
}

export interface StarterCatalog {
  readonly tests: readonly TestDefinition[];
  readonly panels: readonly PanelDefinition[];
}

let checked: StarterCatalog | undefined;

/**
 * The starter test catalog (about 90 tests and 12 panels: chemistry, hematology, coagulation,
 * urinalysis, blood gas and a liquid-biopsy panel), validated on first use. Its figures are
 * illustrative starting configuration for a lab to verify; see `starterCatalogAttribution()`.
 * @throws LabError (invalid) listing every problem if the shipped file does not validate
 */
export function starterCatalog(): { tests: TestDefinition[]; panels: PanelDefinition[] } {
  if (!checked) {
    const problems = validateCatalog(data);
    if (problems.length > 0) throw invalidCatalogError('the starter catalog', problems);
    // The validator has checked every field against the domain types, so the data is what they describe.
    checked = data as unknown as StarterCatalog;
  }
  return { tests: [...checked.tests], panels: [...checked.panels] };
}

/** The LOINC licence notice that must ship with the catalog, and the sources of its figures. */
export function starterCatalogAttribution(): { loincNotice: string; sources: StarterCatalogSources } {
  return { loincNotice: data.loincNotice, sources: data.sources };
}
