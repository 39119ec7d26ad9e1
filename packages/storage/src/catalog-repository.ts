import type { PanelDefinition, TestDefinition } from '@aliquot/domain';
import type { Executor } from './database.js';

/** Inserts or replaces a test definition; a change bumps the version and keeps the old one. */
export async function saveTestDefinition(db: Executor, def: TestDefinition, by: string): Promise<number> {
  const existing = await db
    .selectFrom('test_definitions')
    .select(['version'])
    .where('code', '=', def.code)
    .forUpdate()
    .executeTakeFirst();
  const version = (existing?.version ?? 0) + 1;
  const columns = {
    loinc: def.loinc ?? null,
    name: def.name,
    discipline: def.discipline,
    unit: def.unit ?? null,
    definition: def,
    version,
    updated_at: new Date(),
    updated_by: by,
  };
  if (existing) {
    await db.updateTable('orderables').set({ name: def.name }).where('code', '=', def.code).execute();
    await db.updateTable('test_definitions').set(columns).where('code', '=', def.code).execute();
  } else {
    await db.insertInto('orderables').values({ code: def.code, kind: 'test', name: def.name }).execute();
    await db
      .insertInto('test_definitions')
      .values({ code: def.code, ...columns })
      .execute();
  }
  await db
    .insertInto('test_definition_versions')
    .values({ code: def.code, version, definition: def, changed_by: by })
    .execute();
  return version;
}

export async function savePanel(db: Executor, panel: PanelDefinition): Promise<void> {
  await db
    .insertInto('orderables')
    .values({ code: panel.code, kind: 'panel', name: panel.name })
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: panel.name }))
    .execute();
  await db
    .insertInto('panels')
    .values({ code: panel.code, loinc: panel.loinc ?? null, name: panel.name, members: [...panel.members] })
    .onConflict((oc) =>
      oc
        .column('code')
        .doUpdateSet({ loinc: panel.loinc ?? null, name: panel.name, members: [...panel.members] }),
    )
    .execute();
}

export interface StoredTestDefinition {
  readonly definition: TestDefinition;
  readonly version: number;
  readonly active: boolean;
}

const toStored = (row: { definition: unknown; version: number; active: boolean }): StoredTestDefinition => ({
  definition: row.definition as TestDefinition,
  version: row.version,
  active: row.active,
});

export async function findTestDefinition(
  db: Executor,
  code: string,
): Promise<StoredTestDefinition | undefined> {
  const row = await db
    .selectFrom('test_definitions')
    .select(['definition', 'version', 'active'])
    .where('code', '=', code)
    .executeTakeFirst();
  return row && toStored(row);
}

export async function listTestDefinitions(db: Executor): Promise<StoredTestDefinition[]> {
  const rows = await db
    .selectFrom('test_definitions')
    .select(['definition', 'version', 'active'])
    .orderBy('code')
    .execute();
  return rows.map(toStored);
}

export async function testDefinitionHistory(db: Executor, code: string) {
  return db
    .selectFrom('test_definition_versions')
    .select(['version', 'definition', 'changed_at', 'changed_by'])
    .where('code', '=', code)
    .orderBy('version', 'desc')
    .execute();
}

export async function listPanels(db: Executor): Promise<PanelDefinition[]> {
  const rows = await db.selectFrom('panels').selectAll().orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    members: r.members,
    ...(r.loinc ? { loinc: r.loinc } : {}),
  }));
}

/** The test codes an orderable stands for: itself for a test, its members for a panel. */
export async function resolveOrderables(
  db: Executor,
  codes: readonly string[],
): Promise<{ found: Map<string, { kind: 'test' | 'panel'; tests: string[] }>; missing: string[] }> {
  if (codes.length === 0) return { found: new Map(), missing: [] };
  const rows = await db
    .selectFrom('orderables')
    .leftJoin('panels', 'panels.code', 'orderables.code')
    .select(['orderables.code', 'orderables.kind', 'panels.members'])
    .where('orderables.code', 'in', [...codes])
    .execute();
  const found = new Map(
    rows.map((r) => [r.code, { kind: r.kind, tests: r.kind === 'panel' ? (r.members ?? []) : [r.code] }]),
  );
  return { found, missing: codes.filter((c) => !found.has(c)) };
}
