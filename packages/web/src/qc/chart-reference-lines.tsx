import type { ReactElement } from 'react';
import { ReferenceLine } from 'recharts';
import { annotationColor, sdColor, sdLabel } from './chart-marks';
import type { ChartAnnotation } from './qc-types';

/*
 * The reference lines every QC chart draws alike. Functions returning recharts elements, not components:
 * recharts finds its lines among a chart's direct children by their type.
 */

/** The mean, solid, and the ±1, 2 and 3 SD lines, dashed, each named at the right. */
export function sdReferenceLines(
  lines: readonly { readonly k: number; readonly value: number }[],
): ReactElement[] {
  return lines.map((line) => (
    <ReferenceLine
      key={line.k}
      y={line.value}
      stroke={sdColor(line.k)}
      strokeDasharray={line.k === 0 ? undefined : '6 4'}
      label={{ value: sdLabel(line.k), position: 'right', fill: '#212529', fontSize: 12 }}
    />
  ));
}

/** Lot changes, calibrations and maintenance: a dashed vertical between the points they fall between. */
export function annotationReferenceLines(annotations: readonly ChartAnnotation[]): ReactElement[] {
  return annotations.map((a) => (
    <ReferenceLine
      key={`${a.kind}-${a.at}`}
      x={a.afterPointIndex + 1.5}
      stroke={annotationColor}
      strokeDasharray="3 3"
      label={{ value: a.text ?? a.kind, position: 'insideTopLeft', fill: annotationColor, fontSize: 12 }}
    />
  ));
}
