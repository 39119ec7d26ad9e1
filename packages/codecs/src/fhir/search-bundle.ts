import type { FhirBundle, LabResource } from './fhir-types.js';

export interface SearchPage {
  /** The FHIR base URL, e.g. http://127.0.0.1:8080/fhir/R4 */
  readonly baseUrl: string;
  readonly resourceType: string;
  /** The request's parameters other than `_offset` and `_count`, in their order. */
  readonly query: readonly (readonly [string, string])[];
  readonly offset: number;
  readonly count: number;
  readonly matches: readonly LabResource[];
  readonly included: readonly LabResource[];
  /** Absent when the caller asked for `_total=none`. */
  readonly total?: number;
  /** Whether another page follows (known without a total from one extra row). */
  readonly hasNext: boolean;
}

function pageUrl(page: SearchPage, offset: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of page.query) params.append(key, value);
  params.set('_count', String(page.count));
  params.set('_offset', String(offset));
  return `${page.baseUrl}/${page.resourceType}?${params.toString()}`;
}

/**
 * A searchset Bundle: the page's matches, then the resources they include (each once, none that is
 * already a match), the total, and links to this page and the pages before and after it.
 * @see https://hl7.org/fhir/R4/bundle.html#searchset
 * @see https://hl7.org/fhir/R4/http.html#paging
 */
export function searchBundle(page: SearchPage): FhirBundle {
  const seen = new Set(page.matches.map((r) => `${r.resourceType}/${r.id ?? ''}`));
  const included = page.included.filter((r) => {
    const key = `${r.resourceType}/${r.id ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const entry = (resource: LabResource, mode: 'match' | 'include') => ({
    fullUrl: `${page.baseUrl}/${resource.resourceType}/${resource.id ?? ''}`,
    resource,
    search: { mode },
  });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(page.total !== undefined ? { total: page.total } : {}),
    link: [
      { relation: 'self', url: pageUrl(page, page.offset) },
      ...(page.offset > 0
        ? [{ relation: 'previous', url: pageUrl(page, Math.max(0, page.offset - page.count)) }]
        : []),
      ...(page.hasNext ? [{ relation: 'next', url: pageUrl(page, page.offset + page.count) }] : []),
    ],
    entry: [...page.matches.map((r) => entry(r, 'match')), ...included.map((r) => entry(r, 'include'))],
  };
}
