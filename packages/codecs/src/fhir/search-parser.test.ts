/** Reading FHIR search queries: what is accepted, and how each refusal names its parameter. */
import { describe, expect, it } from 'vitest';
import { boundRange, parseDateValue, parseSearch, type ParsedSearch } from './index.js';

const ok = (type: Parameters<typeof parseSearch>[0], query: [string, string][]): ParsedSearch => {
  const parsed = parseSearch(type, query);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
};

describe('a potassium trend query from an EHR', () => {
  const search = ok('Observation', [
    ['patient', 'Patient/6f1c2d0e-7a51-4c1b-9a0e-3c2b1a000001'],
    ['code', 'http://loinc.org|2823-3,urn:aliquot:test-code|K'],
    ['date', 'ge2026-01-01'],
    ['date', 'lt2026-03'],
    ['status', 'final,corrected'],
    ['_count', '20'],
    ['_sort', '-date'],
    ['_include', 'Observation:specimen'],
  ]);

  it('reads the patient reference, the ORed codes and both date bounds', () => {
    expect(search.criteria).toEqual([
      { name: 'patient', type: 'reference', ids: ['6f1c2d0e-7a51-4c1b-9a0e-3c2b1a000001'] },
      {
        name: 'code',
        type: 'token',
        values: [
          { system: 'http://loinc.org', code: '2823-3' },
          { system: 'urn:aliquot:test-code', code: 'K' },
        ],
      },
      {
        name: 'date',
        type: 'date',
        values: [{ prefix: 'ge', start: '2026-01-01T00:00:00.000Z', end: '2026-01-02T00:00:00.000Z' }],
      },
      {
        name: 'date',
        type: 'date',
        values: [{ prefix: 'lt', start: '2026-03-01T00:00:00.000Z', end: '2026-04-01T00:00:00.000Z' }],
      },
      { name: 'status', type: 'token', values: [{ code: 'final' }, { code: 'corrected' }] },
    ]);
  });

  it('keeps the page size, the sort and the include', () => {
    expect(search).toMatchObject({
      count: 20,
      offset: 0,
      sort: { name: 'date', descending: true },
      includes: ['Observation:specimen'],
      total: 'accurate',
    });
  });
});

describe('date values cover the interval their precision names', () => {
  it.each([
    ['2026', '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['eq2026-02', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2026-03-02T08:05', '2026-03-02T08:05:00.000Z', '2026-03-02T08:06:00.000Z'],
    ['2026-03-02T09:05:30+01:00', '2026-03-02T08:05:30.000Z', '2026-03-02T08:05:31.000Z'],
    // A + in a query string arrives as a space.
    ['2026-03-02T09:05:30 01:00', '2026-03-02T08:05:30.000Z', '2026-03-02T08:05:31.000Z'],
  ])('%s', (raw, start, end) => {
    expect(parseDateValue(raw)).toMatchObject({ start, end });
  });

  it('and the prefixes turn the interval into bounds on a point in time', () => {
    const day = (prefix: string) =>
      boundRange(parseDateValue(`${prefix}2026-03-02`) as Exclude<ReturnType<typeof parseDateValue>, string>);
    expect(day('eq')).toEqual({ from: '2026-03-02T00:00:00.000Z', before: '2026-03-03T00:00:00.000Z' });
    expect(day('gt')).toEqual({ from: '2026-03-03T00:00:00.000Z' });
    expect(day('ge')).toEqual({ from: '2026-03-02T00:00:00.000Z' });
    expect(day('lt')).toEqual({ before: '2026-03-02T00:00:00.000Z' });
    expect(day('le')).toEqual({ before: '2026-03-03T00:00:00.000Z' });
  });

  it('refuse what is not a date, and prefixes we do not answer', () => {
    expect(parseDateValue('2026-02-30')).toMatch(/not a valid date/);
    expect(parseDateValue('yesterday')).toMatch(/is not a date/);
    expect(parseDateValue('sa2026-01-01')).toMatch(/prefix sa is not supported/);
  });
});

describe('refusals name the parameter', () => {
  const issues = (type: Parameters<typeof parseSearch>[0], query: [string, string][]) => {
    const parsed = parseSearch(type, query);
    return parsed.ok ? [] : parsed.issues;
  };

  it('an unknown parameter (a typo would otherwise return everything)', () => {
    const found = issues('Observation', [['pateint', 'x']]);
    expect(found.map((i) => i.location)).toEqual(['pateint']);
    expect(found[0]?.message).toMatch(
      /^unknown search parameter pateint for Observation; supported: _id, patient/,
    );
  });

  it('an unsupported modifier', () => {
    expect(issues('Observation', [['code:text', 'potassium']])[0]?.location).toBe('code:text');
  });

  it('a reference to the wrong type', () => {
    const [issue] = issues('Observation', [['specimen', 'Patient/123']]);
    expect(issue?.location).toBe('specimen');
    expect(issue?.message).toMatch(/reference to a Specimen/);
  });

  it('a bad date, count, include or sort', () => {
    expect(issues('DiagnosticReport', [['date', 'ge2026-13-01']])[0]?.location).toBe('date');
    expect(issues('Observation', [['_count', '-1']])[0]?.location).toBe('_count');
    expect(issues('Observation', [['_include', 'Observation:performer']])[0]?.location).toBe('_include');
    expect(issues('Observation', [['_sort', 'code']])[0]?.location).toBe('_sort');
  });

  it('a type modifier on a reference is accepted when it names the target', () => {
    expect(ok('Observation', [['subject:Patient', '123']]).criteria).toEqual([
      { name: 'subject', type: 'reference', ids: ['123'] },
    ]);
  });

  it('an escaped comma stays inside one value', () => {
    expect(ok('Patient', [['family', 'O\\,Brien,Smith']]).criteria).toEqual([
      { name: 'family', type: 'string', values: ['O,Brien', 'Smith'], exact: false },
    ]);
  });
});
