import type { ResultValue, TestDefinition } from '@aliquot/domain';
import type { InstrumentRow, InstrumentTestCodeRow, Tx } from '@aliquot/storage';
import { testDefinitionOf } from '../catalog/test-definition-of.js';
import type { Actor } from '../use-case.js';
import type { DecodeProblem, InstrumentObservation } from './instrument-message.js';

/** The system actor results from an instrument are recorded by: it holds the `mlt` role. */
export function instrumentActor(code: string | null): Actor {
  const name = code ?? 'unknown';
  return {
    id: `instrument:${name}`,
    username: `instrument:${name}`,
    displayName: `Instrument ${name}`,
    roles: ['mlt'],
  };
}

/** One observation mapped to its catalog test, with the value in the catalog's unit. */
export interface MappedObservation {
  readonly observation: InstrumentObservation;
  readonly mapping: InstrumentTestCodeRow;
  readonly definition: TestDefinition;
  readonly value: ResultValue;
  /** The catalog unit the value is now in. */
  readonly unit: string | undefined;
  /** True for a control specimen: it goes to quality control, never to a patient's results. */
  readonly qc: boolean;
}

export interface MappingOutcome {
  readonly mapped: readonly MappedObservation[];
  /** Instrument test codes with no mapping, each once. */
  readonly unmappedCodes: readonly string[];
  readonly problems: readonly DecodeProblem[];
}

/** A control specimen: marked so by the message, or its ID matches one of the instrument's patterns. */
export function isControlSpecimen(instrument: InstrumentRow, observation: InstrumentObservation): boolean {
  if (observation.markedQc) return true;
  return instrument.qc_patterns.some((pattern) => {
    try {
      return new RegExp(pattern).test(observation.specimenId);
    } catch {
      return false;
    }
  });
}

const sameUnit = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Rounds away the binary noise a unit factor leaves (0.1 × 3 → 0.3), keeping 12 significant digits. */
const tidy = (n: number): number => Number(n.toPrecision(12));

/**
 * The value as the catalog test takes it. A numeric value in the instrument's unit is multiplied by
 * the mapping's factor; a unit that is neither the instrument's nor the catalog's is refused.
 */
export function convertValue(
  observation: InstrumentObservation,
  mapping: InstrumentTestCodeRow,
  def: TestDefinition,
): { value: ResultValue; unit: string | undefined } | { problem: string } {
  const value = observation.value;
  if (value === undefined) return { problem: 'no value was sent' };
  switch (def.valueKind) {
    case 'numeric': {
      if (value.kind !== 'numeric')
        return {
          problem: `"${observation.valueText}" is not a number, and ${def.code} takes a numeric result`,
        };
      const sent = observation.units.trim();
      let factor = 1;
      if (sent === '' || (mapping.instrument_unit !== null && sameUnit(sent, mapping.instrument_unit))) {
        factor = mapping.factor ?? 1;
      } else if (def.unit !== undefined && !sameUnit(sent, def.unit)) {
        const expected = [mapping.instrument_unit, def.unit].filter((u) => u !== null && u !== undefined);
        return { problem: `the unit "${sent}" is not ${expected.join(' or ')}; map the instrument unit` };
      }
      const converted = factor === 1 ? value.value : tidy(value.value * factor);
      return {
        value: value.comparator
          ? { kind: 'numeric', value: converted, comparator: value.comparator }
          : { kind: 'numeric', value: converted },
        unit: def.unit,
      };
    }
    case 'text':
      return {
        value: {
          kind: 'text',
          text: value.kind === 'coded' ? (value.display ?? value.code) : observation.valueText,
        },
        unit: def.unit,
      };
    case 'coded': {
      if (value.kind === 'coded') return { value, unit: undefined };
      const text = observation.valueText.trim();
      const answer = def.answers?.find((a) => sameUnit(a, text)) ?? text;
      return { value: { kind: 'coded', code: answer }, unit: undefined };
    }
    case 'structured':
      return { problem: `${def.code} takes a structured result, which an instrument message cannot carry` };
    default:
      return def.valueKind satisfies never;
  }
}

/**
 * Maps every observation of a message through the instrument's registry entry. Nothing is recorded
 * here: a message is recorded whole or not at all, so unmapped codes and value problems are found
 * first.
 */
export async function mapObservations(
  tx: Tx,
  instrument: InstrumentRow,
  mappings: readonly InstrumentTestCodeRow[],
  observations: readonly InstrumentObservation[],
): Promise<MappingOutcome> {
  const byCode = new Map(mappings.map((m) => [m.instrument_test_code.toUpperCase(), m]));
  const mapped: MappedObservation[] = [];
  const unmapped = new Set<string>();
  const problems: DecodeProblem[] = [];
  for (const observation of observations) {
    const mapping = [observation.instrumentTestCode, ...observation.alternateCodes]
      .map((code) => byCode.get(code.toUpperCase()))
      .find((m) => m !== undefined);
    if (!mapping) {
      unmapped.add(observation.instrumentTestCode);
      continue;
    }
    const definition = (await testDefinitionOf(tx, mapping.test_code))?.definition;
    if (!definition) {
      problems.push({
        location: observation.location,
        message: `catalog test ${mapping.test_code} is missing`,
      });
      continue;
    }
    if (observation.specimenId === '') {
      problems.push({ location: observation.location, message: 'the result names no specimen' });
      continue;
    }
    const converted = convertValue(observation, mapping, definition);
    if ('problem' in converted) {
      problems.push({
        location: observation.location,
        message: `${observation.instrumentTestCode}: ${converted.problem}`,
      });
      continue;
    }
    mapped.push({
      observation,
      mapping,
      definition,
      ...converted,
      qc: isControlSpecimen(instrument, observation),
    });
  }
  return { mapped, unmappedCodes: [...unmapped], problems };
}
