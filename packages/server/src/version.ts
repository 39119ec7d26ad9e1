/** The release of Aliquot, reported by /api/health and the CLI. */
export const ALIQUOT_VERSION = '0.1.0';
