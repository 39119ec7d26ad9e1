import { api, ok } from '../api/client';
import type { Catalog } from '../api/types';

/** The catalog changes rarely: it is loaded once and reloaded after an edit. */
let cached: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  cached ??= api.GET('/api/catalog').then(ok);
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

export function forgetCatalog(): void {
  cached = undefined;
}
