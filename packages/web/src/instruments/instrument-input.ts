import type { components } from '../api/schema';

export type Instrument = components['schemas']['Instrument'];
export type InstrumentInput = components['schemas']['InstrumentInput'];
export type TestCodeMapping = components['schemas']['TestCodeMapping'];
export type SerumIndexCodes = components['schemas']['SerumIndexCodes'];

/**
 * The registry entry as the PUT body that keeps everything else as it is: the read-only parts (links,
 * who changed it when) dropped, an empty host or port left out.
 */
export function instrumentInput(instrument: Instrument): InstrumentInput {
  const { links: _links, updatedAt: _at, updatedBy: _by, host, port, ...rest } = instrument;
  return { ...rest, ...(host === null ? {} : { host }), ...(port === null ? {} : { port }) };
}

/** The instrument's mappings with this one added, or replacing the one for the same instrument code. */
export function withMapping(input: InstrumentInput, mapping: TestCodeMapping): InstrumentInput {
  const same = (m: TestCodeMapping) =>
    m.instrumentCode.toUpperCase() === mapping.instrumentCode.toUpperCase();
  return { ...input, testCodes: [...input.testCodes.filter((m) => !same(m)), mapping] };
}
