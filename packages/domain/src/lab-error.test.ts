import { describe, expect, it } from 'vitest';
import { LabError, LabErrorCode } from './lab-error.js';

describe('LabError', () => {
  it('an unknown test code is refused as not found, naming what was asked for', () => {
    const error = LabError.notFound('Test', 'XYZ');
    expect(error.code).toBe(LabErrorCode.notFound);
    expect(error.message).toBe('Test XYZ was not found');
  });
});
