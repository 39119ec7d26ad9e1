import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logNormalRcv, RcvZ, rcvLimits, symmetricRcv } from './reference-change-value.js';

describe('reference change values from biological variation', () => {
  it('potassium (CVa 1.2 %, CVi 3.9 %) may change by about 11.3 % before the change is significant', () => {
    expect(symmetricRcv({ cva: 1.2, cvi: 3.9 })).toBeCloseTo(11.31, 1);
  });

  it('sodium (CVa 0.8 %, CVi 0.5 %) may change by only about 2.6 %', () => {
    expect(symmetricRcv({ cva: 0.8, cvi: 0.5 })).toBeCloseTo(2.61, 1);
  });

  it('a 99 % two-sided RCV is wider than the 95 % one', () => {
    const at95 = symmetricRcv({ cva: 2.5, cvi: 4.4 });
    const at99 = symmetricRcv({ cva: 2.5, cvi: 4.4, z: RcvZ.twoSided99 });
    expect(at99 / at95).toBeCloseTo(2.58 / 1.96, 6);
  });

  it('triglycerides (CVa 2 %, CVi 19.8 %) may rise further than they may fall (log-normal form)', () => {
    const { up, down } = logNormalRcv({ cva: 2, cvi: 19.8 });
    expect(up).toBeCloseTo(72.7, 0);
    expect(down).toBeCloseTo(-42.1, 0);
  });

  it('the symmetric form gives plus and minus the same limit', () => {
    expect(rcvLimits({ cva: 1, cvi: 2.7 }, 'symmetric')).toEqual({
      up: symmetricRcv({ cva: 1, cvi: 2.7 }),
      down: -symmetricRcv({ cva: 1, cvi: 2.7 }),
    });
  });

  it('for any CVs the log-normal rise exceeds the fall and both grow with variation', () => {
    const cv = fc.double({ min: 0.1, max: 60, noNaN: true });
    fc.assert(
      fc.property(cv, cv, fc.double({ min: 0.1, max: 20, noNaN: true }), (cva, cvi, extra) => {
        const narrow = logNormalRcv({ cva, cvi });
        const wide = logNormalRcv({ cva, cvi: cvi + extra });
        expect(narrow.up).toBeGreaterThan(-narrow.down);
        expect(narrow.down).toBeGreaterThan(-100);
        expect(wide.up).toBeGreaterThan(narrow.up);
        expect(wide.down).toBeLessThan(narrow.down);
        expect(symmetricRcv({ cva, cvi: cvi + extra })).toBeGreaterThan(symmetricRcv({ cva, cvi }));
      }),
    );
  });
});
