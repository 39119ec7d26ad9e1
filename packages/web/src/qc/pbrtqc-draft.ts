import { typedNumber, type DraftErrors } from './qc-drafts.js';
import type { PbrtqcMonitor } from './qc-types.js';

/** The PBRTQC settings form as typed. */
export interface PbrtqcDraft {
  readonly instrumentCode: string;
  readonly testCode: string;
  readonly method: 'sma' | 'mm' | 'ewma';
  readonly blockSize: string;
  readonly lambda: string;
  readonly truncationLow: string;
  readonly truncationHigh: string;
  readonly truncationMode: 'truncate' | 'winsorize';
  readonly lower: string;
  readonly upper: string;
  readonly falseAlarmRate: string;
  readonly enabled: boolean;
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function toPbrtqcDraft(monitor: PbrtqcMonitor | undefined): PbrtqcDraft {
  const s = monitor?.settings;
  const c = s?.calculation;
  return {
    instrumentCode: monitor?.instrumentCode ?? '',
    testCode: monitor?.testCode ?? '',
    method: c?.method ?? 'sma',
    blockSize: c && c.method !== 'ewma' ? String(c.blockSize) : '20',
    lambda: c?.method === 'ewma' ? String(c.lambda) : '0.1',
    truncationLow: text(s?.truncation?.low),
    truncationHigh: text(s?.truncation?.high),
    truncationMode: s?.truncation?.mode ?? 'truncate',
    lower: text(s?.controlLimits.lower),
    upper: text(s?.controlLimits.upper),
    falseAlarmRate: monitor ? '' : '0.002',
    enabled: monitor?.enabled ?? true,
  };
}

export function pbrtqcErrors(d: PbrtqcDraft): DraftErrors<PbrtqcDraft> {
  const errors: DraftErrors<PbrtqcDraft> = {};
  if (d.instrumentCode.trim() === '') errors.instrumentCode = 'The instrument is required';
  if (d.testCode.trim() === '') errors.testCode = 'The test is required';
  if (d.method === 'ewma') {
    const lambda = typedNumber(d.lambda);
    if (lambda === undefined || !(lambda > 0 && lambda <= 1)) errors.lambda = 'λ is above 0 and at most 1';
  } else {
    const n = typedNumber(d.blockSize);
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 1000)
      errors.blockSize = 'A whole number, 1 to 1000';
  }
  const low = typedNumber(d.truncationLow);
  const high = typedNumber(d.truncationHigh);
  if ((d.truncationLow === '') !== (d.truncationHigh === '')) {
    errors[d.truncationLow === '' ? 'truncationHigh' : 'truncationLow'] =
      'Give both truncation limits, or neither';
  } else if (d.truncationLow !== '' && (low === undefined || high === undefined || !(low < high))) {
    errors.truncationHigh = 'Numbers with low below high';
  }
  const lower = typedNumber(d.lower);
  const upper = typedNumber(d.upper);
  if (d.lower === '' && d.upper === '') {
    const rate = typedNumber(d.falseAlarmRate);
    if (rate === undefined || !(rate > 0 && rate < 1)) {
      errors.falseAlarmRate = 'Give the limits, or a false-alarm rate between 0 and 1 to derive them';
    }
  } else if ((d.lower === '') !== (d.upper === '')) {
    errors[d.lower === '' ? 'upper' : 'lower'] = 'Give both control limits, or neither';
  } else if (lower === undefined || upper === undefined || !(lower < upper)) {
    errors.upper = 'Numbers with lower below upper';
  }
  return errors;
}

/** The request body of PUT /api/qc/pbrtqc for a draft without errors. */
export function fromPbrtqcDraft(d: PbrtqcDraft) {
  const num = (s: string) => typedNumber(s) ?? 0;
  const calculation =
    d.method === 'ewma'
      ? { method: 'ewma' as const, lambda: num(d.lambda) }
      : { method: d.method, blockSize: num(d.blockSize) };
  return {
    instrumentCode: d.instrumentCode.trim(),
    testCode: d.testCode.trim().toUpperCase(),
    procedure: {
      calculation,
      ...(d.truncationLow === ''
        ? {}
        : { truncation: { low: num(d.truncationLow), high: num(d.truncationHigh), mode: d.truncationMode } }),
    },
    ...(d.lower === ''
      ? { falseAlarmRate: num(d.falseAlarmRate) }
      : { controlLimits: { lower: num(d.lower), upper: num(d.upper) } }),
    enabled: d.enabled,
  };
}
