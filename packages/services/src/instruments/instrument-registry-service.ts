import { LabError } from '@aliquot/domain';
import {
  findInstrument,
  instrumentTestCodes,
  listInstrumentRows,
  saveInstrument,
  testCodesOfInstruments,
  type Tx,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext, type UnitOfWork } from '../use-case.js';
import {
  checkInstrumentInput,
  toInstrument,
  type Instrument,
  type InstrumentInput,
} from './instrument-model.js';

async function loadInstrument(tx: Tx, code: string): Promise<Instrument | undefined> {
  const row = await findInstrument(tx, code);
  return row ? toInstrument(row, await instrumentTestCodes(tx, code)) : undefined;
}

async function write(uow: UnitOfWork, actor: Actor, input: InstrumentInput): Promise<Instrument> {
  const { tx, now, audit } = uow;
  const codes = [...new Set(input.testCodes.map((m) => m.testCode))];
  if (codes.length > 0) {
    const known = await tx.selectFrom('test_definitions').select('code').where('code', 'in', codes).execute();
    const missing = codes.filter((c) => !known.some((k) => k.code === c));
    if (missing.length > 0) {
      throw LabError.invalid(
        'the instrument maps codes to tests that are not in the catalog',
        missing.map((code) => ({
          location: `testCodes[${input.testCodes.findIndex((m) => m.testCode === code)}].testCode`,
          message: `no catalog test ${code}`,
        })),
      );
    }
  }
  const before = await loadInstrument(tx, input.code);
  await saveInstrument(tx, {
    instrument: {
      code: input.code,
      name: input.name,
      protocol: input.protocol,
      transport: input.transport,
      host: input.host ?? null,
      port: input.port ?? null,
      charset: input.charset ?? 'latin1',
      sender_ids: [...(input.senderIds ?? [])],
      qc_patterns: [...(input.qcPatterns ?? [])],
      serum_index_codes: input.serumIndexCodes ?? {},
      contention_priority: input.contentionPriority ?? 'instrument',
      query_timeout_ms: input.queryTimeoutMs ?? 10_000,
      active: input.active ?? true,
      updated_at: now,
      updated_by: actor.username,
    },
    testCodes: input.testCodes.map((m) => ({
      instrument_test_code: m.instrumentCode,
      test_code: m.testCode,
      instrument_unit: m.instrumentUnit ?? null,
      factor: m.factor ?? null,
      runs: m.runs ?? true,
    })),
  });
  const after = await loadInstrument(tx, input.code);
  if (!after) throw new Error(`instrument ${input.code} vanished while being saved`);
  audit({
    action: before ? 'instrument.update' : 'instrument.create',
    entity: 'instrument',
    entityId: input.code,
    before: before ?? null,
    after,
  });
  return after;
}

/** Registers a new instrument with its test-code mappings. */
export async function createInstrument(lab: LabContext, actor: Actor, input: unknown): Promise<Instrument> {
  const checked = checkInstrumentInput(input);
  return runUseCase(lab, actor, 'instrument:write', async (uow) => {
    if (await findInstrument(uow.tx, checked.code, true))
      throw LabError.conflict(`instrument ${checked.code} already exists; change it with PUT`);
    return write(uow, actor, checked);
  });
}

/** Replaces an instrument's settings and its whole set of mappings. */
export async function updateInstrument(
  lab: LabContext,
  actor: Actor,
  code: string,
  input: unknown,
): Promise<Instrument> {
  const checked = checkInstrumentInput(input);
  if (checked.code !== code)
    throw LabError.invalid('the instrument code cannot be changed', [
      { location: 'code', message: `expected ${code}` },
    ]);
  return runUseCase(lab, actor, 'instrument:write', async (uow) => {
    if (!(await findInstrument(uow.tx, code, true))) throw LabError.notFound('Instrument', code);
    return write(uow, actor, checked);
  });
}

export async function deleteInstrument(lab: LabContext, actor: Actor, code: string): Promise<void> {
  await runUseCase(lab, actor, 'instrument:write', async ({ tx, audit }) => {
    const before = await loadInstrument(tx, code);
    if (!before) throw LabError.notFound('Instrument', code);
    await tx.deleteFrom('instruments').where('code', '=', code).execute();
    audit({ action: 'instrument.delete', entity: 'instrument', entityId: code, before, after: null });
  });
}

export async function getInstrument(lab: LabContext, actor: Actor, code: string): Promise<Instrument> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const instrument = await loadInstrument(tx, code);
    if (!instrument) throw LabError.notFound('Instrument', code);
    return instrument;
  });
}

export async function listInstruments(lab: LabContext, actor: Actor): Promise<Instrument[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => loadAllInstruments(tx));
}

/** Every instrument with its mappings, for the links the server runs (no permission check: system use). */
export async function loadAllInstruments(tx: Tx): Promise<Instrument[]> {
  const rows = await listInstrumentRows(tx);
  const codes = await testCodesOfInstruments(
    tx,
    rows.map((r) => r.code),
  );
  return rows.map((row) =>
    toInstrument(
      row,
      codes.filter((c) => c.instrument_code === row.code),
    ),
  );
}

/**
 * Applies the instruments declared in the `--config` file: each is created or replaced in one
 * transaction; instruments not named in the file are left as they are (they may come from the API).
 */
export async function applyInstrumentConfig(
  lab: LabContext,
  actor: Actor,
  inputs: readonly unknown[],
): Promise<Instrument[]> {
  const checked = inputs.map((input, i) => {
    try {
      return checkInstrumentInput(input);
    } catch (error) {
      if (error instanceof LabError)
        throw LabError.invalid(
          `instrument ${i + 1} in the configuration is not valid`,
          error.issues.map((issue) => ({ ...issue, location: `instruments[${i}].${issue.location ?? ''}` })),
        );
      throw error;
    }
  });
  return runUseCase(lab, actor, 'instrument:write', async (uow) => {
    const out: Instrument[] = [];
    for (const input of checked) out.push(await write(uow, actor, input));
    return out;
  });
}
