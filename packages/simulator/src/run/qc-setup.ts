import type { TestDefinition } from '@aliquot/domain';
import type { AnalyzerProfile } from '../analyzers/analyzer-profile.js';
import { controlSpecimenId } from '../analyzers/qc-material.js';
import { analyzerControlTargets } from '../analyzers/qc-runner.js';
import { LabApiError, type LabApiClient } from '../ehr/lab-api-client.js';

interface Material {
  readonly id: string;
  readonly code: string;
}
interface Lot {
  readonly id: string;
  readonly level: string;
  readonly specimenId: string | null;
}

/** Finds by `match` in a list, creating with POST when absent (409 means another run made it first). */
async function ensure<T>(
  api: LabApiClient,
  list: () => Promise<T[]>,
  match: (t: T) => boolean,
  create: () => Promise<T>,
): Promise<T> {
  const found = (await list()).find(match);
  if (found) return found;
  try {
    return await create();
  } catch (error) {
    if (!(error instanceof LabApiError && error.status === 409)) throw error;
    const again = (await list()).find(match);
    if (!again) throw error;
    return again;
  }
}

/**
 * Gives Aliquot's quality control what it needs to judge the virtual analyzers' controls: a control
 * material per analyzer, a lot per level whose specimen ID is the barcode the analyzer sends, and a
 * target (mean, SD) per level for every test it controls, as the lab established them on that analyzer.
 * Signed in as someone with `qc:write` (a supervisor).
 */
export async function prepareQualityControl(
  api: LabApiClient,
  analyzers: readonly AnalyzerProfile[],
  catalog: ReadonlyMap<string, TestDefinition>,
  today: Date,
): Promise<{ lots: number; targets: number }> {
  const expiresOn = new Date(today.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  let lots = 0;
  let targets = 0;
  for (const profile of analyzers) {
    const byLevel = analyzerControlTargets(profile, catalog);
    if (byLevel.size === 0) continue;
    const materialCode = `SIM-${profile.code}`;
    const material = await ensure<Material>(
      api,
      async () => (await api.get<{ items: Material[] }>('/api/qc/materials')).items,
      (m) => m.code === materialCode,
      () =>
        api.post<Material>('/api/qc/materials', {
          code: materialCode,
          name: `Controls for ${profile.name}`,
          manufacturer: 'Aliquot simulator',
        }),
    );
    for (const [level, entries] of byLevel) {
      const specimenId = controlSpecimenId(profile, level);
      const lot = await ensure<Lot>(
        api,
        async () =>
          (await api.get<{ items: Lot[] }>(`/api/qc/lots?materialId=${encodeURIComponent(material.id)}`))
            .items,
        (l) => l.specimenId === specimenId,
        () =>
          api.post<Lot>('/api/qc/lots', {
            materialId: material.id,
            level: `L${level}`,
            lotNumber: `SIM${level}-2026`,
            expiresOn,
            specimenId,
          }),
      );
      lots++;
      for (const { def, target } of entries) {
        await api.post('/api/qc/targets', {
          instrumentCode: profile.code,
          testCode: def.code,
          lotId: lot.id,
          mean: target.mean,
          sd: target.sd,
        });
        targets++;
      }
    }
  }
  return { lots, targets };
}
