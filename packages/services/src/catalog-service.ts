import { LabError, type PanelDefinition, type TestDefinition } from '@aliquot/domain';
import {
  findTestDefinition,
  listPanels,
  listTestDefinitions,
  saveTestDefinition,
  savePanel,
  testDefinitionHistory,
  type StoredTestDefinition,
} from '@aliquot/storage';
import {
  invalidCatalogError,
  starterCatalog,
  validateCatalog,
  validateTestDefinition,
} from './catalog/index.js';
import { runUseCase, type Actor, type LabContext } from './use-case.js';

/**
 * Loads the starter catalog (about 90 tests and their panels) into an empty catalog. Does nothing when
 * tests already exist, so it is safe at every start. Returns the number of tests added.
 */
export async function seedCatalog(lab: LabContext, actor: Actor): Promise<number> {
  return runUseCase(lab, actor, 'catalog:write', async ({ tx, audit }) => {
    const existing = await tx.selectFrom('test_definitions').select('code').limit(1).execute();
    if (existing.length > 0) return 0;
    const catalog = starterCatalog();
    const problems = validateCatalog(catalog);
    if (problems.length > 0) throw invalidCatalogError('the starter catalog', problems);
    for (const test of catalog.tests) await saveTestDefinition(tx, test, actor.username);
    for (const panel of catalog.panels) await savePanel(tx, panel);
    audit({
      action: 'catalog.seed',
      entity: 'catalog',
      entityId: 'starter',
      after: { tests: catalog.tests.length, panels: catalog.panels.length },
    });
    return catalog.tests.length;
  });
}

export type CatalogTest = StoredTestDefinition;

export async function listCatalog(
  lab: LabContext,
  actor: Actor,
): Promise<{ tests: CatalogTest[]; panels: PanelDefinition[] }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => ({
    tests: await listTestDefinitions(tx),
    panels: await listPanels(tx),
  }));
}

export async function getCatalogTest(lab: LabContext, actor: Actor, code: string): Promise<CatalogTest> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const stored = await findTestDefinition(tx, code);
    if (!stored) throw LabError.notFound('Test', code);
    return stored;
  });
}

export async function catalogTestHistory(lab: LabContext, actor: Actor, code: string) {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const history = await testDefinitionHistory(tx, code);
    if (history.length === 0) throw LabError.notFound('Test', code);
    return history.map((h) => ({
      version: h.version,
      definition: h.definition as TestDefinition,
      changedAt: h.changed_at.toISOString(),
      changedBy: h.changed_by,
    }));
  });
}

/** Saves a new version of a test definition after validating it (UCUM unit, ranges, LOINC check digit). */
export async function saveCatalogTest(
  lab: LabContext,
  actor: Actor,
  definition: TestDefinition,
): Promise<CatalogTest> {
  return runUseCase(lab, actor, 'catalog:write', async ({ tx, audit }) => {
    const problems = validateTestDefinition(definition);
    if (problems.length > 0) throw invalidCatalogError(`test ${definition.code}`, problems);
    const before = await findTestDefinition(tx, definition.code);
    const version = await saveTestDefinition(tx, definition, actor.username);
    audit({
      action: 'catalog.test.save',
      entity: 'test',
      entityId: definition.code,
      before: before?.definition ?? null,
      after: definition,
    });
    return { definition, version, active: before?.active ?? true };
  });
}
