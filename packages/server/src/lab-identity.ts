import type { ReportSettings } from '@aliquot/services';

/**
 * The performing laboratory as reports and the FHIR API name it, from the environment:
 * ALIQUOT_LAB_NAME, ALIQUOT_LAB_ADDRESS (lines separated by |), ALIQUOT_LAB_CLIA,
 * ALIQUOT_LAB_DIRECTOR and ALIQUOT_TIME_ZONE (IANA, UTC by default). A report must carry the lab's
 * name and address (42 CFR 493.1291(c)(2)); an unset address says so on the report rather than hide.
 */
export function labSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ReportSettings {
  return {
    lab: {
      name: env.ALIQUOT_LAB_NAME ?? 'Aliquot Clinical Laboratory',
      address: (env.ALIQUOT_LAB_ADDRESS ?? 'Address not configured: set ALIQUOT_LAB_ADDRESS')
        .split('|')
        .map((l) => l.trim()),
      ...(env.ALIQUOT_LAB_CLIA ? { cliaNumber: env.ALIQUOT_LAB_CLIA } : {}),
      ...(env.ALIQUOT_LAB_DIRECTOR ? { director: env.ALIQUOT_LAB_DIRECTOR } : {}),
    },
    timeZone: env.ALIQUOT_TIME_ZONE ?? 'UTC',
  };
}
