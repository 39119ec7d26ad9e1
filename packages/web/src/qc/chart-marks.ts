/** What every QC chart draws alike: the colours of the SD lines and of points, and how lines are named. */

export const statusColor = { accepted: '#087f5b', rejected: '#c92a2a', excluded: '#868e96' } as const;

/** Lot changes, calibrations and maintenance: dashed violet verticals. */
export const annotationColor = '#5f3dc4';

export const sdColor = (k: number) =>
  k === 0 ? '#1c7ed6' : Math.abs(k) === 1 ? '#40c057' : Math.abs(k) === 2 ? '#f08c00' : '#c92a2a';

export const sdLabel = (k: number) => (k === 0 ? 'Mean' : `${k > 0 ? '+' : '−'}${Math.abs(k)} SD`);
