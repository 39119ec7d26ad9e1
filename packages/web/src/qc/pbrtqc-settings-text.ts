import type { PbrtqcMonitor } from './qc-types';

type Settings = PbrtqcMonitor['settings'];

const methodName = { sma: 'Moving average', mm: 'Moving median', ewma: 'EWMA' } as const;

/** "Moving average of 20 · truncated to 50–200 · limits 95–105": a monitor's settings in a line. */
export function settingsText(settings: Settings): string {
  const c = settings.calculation;
  const calculation =
    c.method === 'ewma' ? `EWMA, λ ${c.lambda}` : `${methodName[c.method]} of ${c.blockSize}`;
  const t = settings.truncation;
  const truncation = t
    ? ` · ${t.mode === 'truncate' ? 'truncated' : 'winsorized'} to ${t.low}–${t.high}`
    : '';
  const { lower, upper } = settings.controlLimits;
  return `${calculation}${truncation} · limits ${lower}–${upper}`;
}
