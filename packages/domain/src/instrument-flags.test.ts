import { describe, expect, it } from 'vitest';
import { normaliseAlarm, splitInstrumentFlags } from './instrument-flags.js';

describe('instrument flags', () => {
  it('keeps the value’s interpretation apart from the analyzer’s alarms', () => {
    expect(splitInstrumentFlags(['H', 'CLOT', 'hh', '>', 'Short Sample'])).toEqual({
      interpretation: ['H', 'HH', '>'],
      alarms: ['CLOT', 'SHORT-SAMPLE'],
    });
  });

  it('maps vendor spellings to the codes the rules name, once each', () => {
    expect(normaliseAlarm('PLT_Clump')).toBe('PLT-CLUMPS');
    expect(normaliseAlarm('Blasts?')).toBe('BLASTS');
    expect(normaliseAlarm('>Lin')).toBe('ABOVE-LINEARITY');
    expect(normaliseAlarm('reagent expired')).toBe('REAGENT-EXPIRED');
    expect(splitInstrumentFlags(['clot', 'CLOT', ' ', 'Clot detected']).alarms).toEqual(['CLOT']);
  });
});
