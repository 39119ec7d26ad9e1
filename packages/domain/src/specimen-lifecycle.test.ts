import { describe, expect, it } from 'vitest';
import {
  currentState,
  guardProcess,
  guardReceive,
  guardReject,
  guardResult,
  type SpecimenEvent,
} from './specimen-lifecycle.js';

const at = new Date('2026-11-21T08:00:00Z');
const event = (kind: SpecimenEvent['kind']): SpecimenEvent => ({ kind, at, actor: 'u1' });
const patient = { mrn: 'MRN001', familyName: 'Rivera', givenName: 'Ana', birthDate: '1980-02-29' };

describe('receiving a specimen at the accessioning desk', () => {
  it('is accepted when the label carries name and birth date matching the record', () => {
    const label = { familyName: 'RIVERA', givenName: 'ana', birthDate: '1980-02-29' };
    expect(guardReceive([event('collected')], label, patient)).toEqual({ ok: true });
  });

  it('is refused when only the MRN matches: two identifiers are required', () => {
    const result = guardReceive([event('collected')], { mrn: 'MRN001', birthDate: '1980-03-01' }, patient);
    expect(result).toEqual({
      ok: false,
      reason: 'two patient identifiers must match the record; only MRN matches',
    });
  });

  it('is refused a second time', () => {
    const result = guardReceive([event('collected'), event('received')], patient, patient);
    expect(result).toEqual({ ok: false, reason: 'the specimen has already been received' });
  });

  it('is refused for a rejected specimen', () => {
    expect(guardReceive([event('rejected')], patient, patient).ok).toBe(false);
  });
});

describe('a rejected specimen', () => {
  const events = [event('collected'), event('received'), event('rejected')];
  it('cannot be resulted', () => {
    expect(guardResult(events)).toEqual({
      ok: false,
      reason: 'the specimen was rejected; its results cannot be accepted',
    });
  });
  it('cannot be centrifuged or aliquoted', () => {
    expect(guardProcess(events).ok).toBe(false);
  });
  it('cannot be rejected again', () => {
    expect(guardReject(events).ok).toBe(false);
  });
  it('is in the rejected state', () => {
    expect(currentState(events)).toBe('rejected');
  });
});

describe('a specimen not yet received', () => {
  it('cannot be resulted', () => {
    expect(guardResult([event('collected')]).ok).toBe(false);
  });
  it('is ordered until something happens to it', () => {
    expect(currentState([])).toBe('ordered');
  });
});
