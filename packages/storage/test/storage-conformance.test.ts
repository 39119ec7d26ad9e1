/**
 * The storage conformance suite: the same cases against every PostgreSQL Aliquot supports — the
 * embedded server always, and the PostgreSQL 15 server whenever it is reachable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, testServers, type TestDatabase } from '@aliquot/testkit';
import { connect, ensureDatabase, migrateToLatest } from '@aliquot/storage';
import pg from 'pg';
import {
  appendAudit,
  appendSpecimenEvent,
  findSpecimenByAccession,
  insertAnalyses,
  insertOrder,
  insertPatient,
  insertResultVersion,
  insertSpecimen,
  resultsOfAnalyses,
  saveTestDefinition,
  specimenEvents,
  testDefinitionHistory,
  verifyAuditChain,
} from '@aliquot/storage';
import type { TestDefinition } from '@aliquot/domain';

const potassium: TestDefinition = {
  code: 'K',
  loinc: '2823-3',
  name: 'Potassium',
  discipline: 'chemistry',
  specimenType: 'SER/PLAS',
  container: 'SST',
  valueKind: 'numeric',
  unit: 'mmol/L',
  decimals: 1,
  referenceIntervals: [{ sex: 'any', low: 3.5, high: 5.1 }],
  critical: { low: 2.8, high: 6.2, source: 'Kost 1990' },
};

describe.each(testServers())('storage conformance on $name', (server) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(server);
  });
  afterAll(async () => {
    await t.drop();
  });

  it('runs on PostgreSQL 15 or newer', async () => {
    const { rows } = await sql<{ num: string }>`select current_setting('server_version_num') as num`.execute(
      t.db,
    );
    expect(Number(rows[0]?.num)).toBeGreaterThanOrEqual(150000);
  });

  it('keeps every version of an edited test definition', async () => {
    await t.db.transaction().execute(async (tx) => {
      await saveTestDefinition(tx, potassium, 'admin');
      await saveTestDefinition(tx, { ...potassium, decimals: 2 }, 'admin');
    });
    const history = await testDefinitionHistory(t.db, 'K');
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect((history[0]?.definition as TestDefinition).decimals).toBe(2);
  });

  it('stores a specimen with its timeline and a result with versions, nothing overwritten', async () => {
    const specimenId = await t.db.transaction().execute(async (tx) => {
      const patient = await insertPatient(tx, {
        mrn: 'MRN-C1',
        familyName: 'Okafor',
        givenName: 'Chidi',
        birthDate: '1975-06-30',
        clinicalSex: 'male',
      });
      const order = await insertOrder(tx, {
        patientId: patient.id,
        priority: 'stat',
        orderedBy: 'tester',
        orderables: ['K'],
      });
      const specimen = await insertSpecimen(tx, {
        orderId: order.id,
        patientId: patient.id,
        specimenType: 'SER/PLAS',
        container: 'SST',
      });
      await appendSpecimenEvent(tx, specimen.id, {
        kind: 'collected',
        at: new Date('2026-11-21T07:00:00Z'),
        actor: 'pbt',
      });
      await appendSpecimenEvent(tx, specimen.id, {
        kind: 'received',
        at: new Date('2026-11-21T07:20:00Z'),
        actor: 'mlt',
      });
      const [analysis] = await insertAnalyses(tx, [
        { specimenId: specimen.id, orderId: order.id, testCode: 'K' },
      ]);
      const base = {
        analysis_id: analysis!.id,
        unit: 'mmol/L',
        flags: [],
        status: 'pending',
        source: 'manual',
        entered_by: 'mlt',
        detail: {},
      };
      await insertResultVersion(tx, { ...base, value: { kind: 'numeric', value: 4.1 }, numeric_value: 4.1 });
      await insertResultVersion(tx, { ...base, value: { kind: 'numeric', value: 4.3 }, numeric_value: 4.3 });
      return specimen.id;
    });
    const events = await specimenEvents(t.db, specimenId);
    expect(events.map((e) => e.kind)).toEqual(['collected', 'received']);
    const [analysis] = await t.db
      .selectFrom('analyses')
      .select('id')
      .where('specimen_id', '=', specimenId)
      .execute();
    const results = await resultsOfAnalyses(t.db, [analysis!.id]);
    expect(results.map((r) => [r.version, r.numeric_value])).toEqual([
      [1, 4.1],
      [2, 4.3],
    ]);
    const specimen = await t.db
      .selectFrom('specimens')
      .select('accession_number')
      .where('id', '=', specimenId)
      .executeTakeFirstOrThrow();
    expect((await findSpecimenByAccession(t.db, specimen.accession_number))?.state).toBe('received');
  });

  it('rolls back a whole use case when one step fails, leaving nothing half-written', async () => {
    await expect(
      t.db.transaction().execute(async (tx) => {
        await insertPatient(tx, {
          mrn: 'MRN-RB',
          familyName: 'A',
          givenName: 'B',
          birthDate: '2000-01-01',
          clinicalSex: 'female',
        });
        await insertPatient(tx, {
          mrn: 'MRN-RB',
          familyName: 'A',
          givenName: 'B',
          birthDate: '2000-01-01',
          clinicalSex: 'female',
        });
      }),
    ).rejects.toThrow(/duplicate key/);
    const found = await t.db.selectFrom('patients').select('id').where('mrn', '=', 'MRN-RB').execute();
    expect(found).toHaveLength(0);
  });

  it('chains the audit log so that tampering with any entry is detected', async () => {
    for (let i = 0; i < 3; i++) {
      await t.db.transaction().execute((tx) =>
        appendAudit(tx, [
          {
            actor: 'mls',
            action: 'release',
            entity: 'result',
            entityId: `r${i}`,
            after: { value: i, at: new Date(0) },
          },
        ]),
      );
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    await t.db
      .updateTable('audit_log')
      .set({ after: { value: 99 } })
      .where('entity_id', '=', 'r1')
      .execute();
    const check = await verifyAuditChain(t.db);
    expect(check.ok).toBe(false);
    expect(check.brokenAt).toBeDefined();
  });

  it('keeps the audit chain intact when many writers append at once', async () => {
    await t.db.deleteFrom('audit_log').execute();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db
          .transaction()
          .execute((tx) =>
            appendAudit(tx, [{ actor: `w${i}`, action: 'write', entity: 'x', entityId: String(i) }]),
          ),
      ),
    );
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 20 });
  });
  it('lets two Aliquot nodes migrate the same empty database at once', async () => {
    const name = `aliquot_migrate_${process.pid}_${Date.now()}`;
    const url = await ensureDatabase(server.maintenanceUrl, name);
    const nodes = [connect(url, 2), connect(url, 2)];
    try {
      const applied = await Promise.all(nodes.map((db) => migrateToLatest(db)));
      // Exactly one node applies each migration; the other finds nothing left to do.
      expect(applied.flat().sort()).toEqual([...new Set(applied.flat())].sort());
      expect(applied.flat().length).toBeGreaterThan(0);
    } finally {
      await Promise.all(nodes.map((db) => db.destroy()));
      const admin = new pg.Client({ connectionString: server.maintenanceUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${admin.escapeIdentifier(name)}`);
      await admin.end();
    }
  });

  it('keeps a birth date exactly as entered, whatever the time zone', async () => {
    const row = await t.db.transaction().execute((tx) =>
      insertPatient(tx, {
        mrn: 'MRN-TZ',
        familyName: 'Leap',
        givenName: 'Day',
        birthDate: '2000-02-29',
        clinicalSex: 'unknown',
      }),
    );
    expect(row.birth_date).toBe('2000-02-29');
  });

  it('hands out unique accession numbers to concurrent accessions', async () => {
    const patient = await t.db.transaction().execute((tx) =>
      insertPatient(tx, {
        mrn: 'MRN-ACC',
        familyName: 'Many',
        givenName: 'Tubes',
        birthDate: '1999-09-09',
        clinicalSex: 'female',
      }),
    );
    const order = await t.db.transaction().execute((tx) =>
      insertOrder(tx, {
        patientId: patient.id,
        priority: 'routine',
        orderedBy: 'tester',
        orderables: ['K'],
      }),
    );
    const specimens = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.db.transaction().execute((tx) =>
          insertSpecimen(tx, {
            orderId: order.id,
            patientId: patient.id,
            specimenType: 'SER/PLAS',
            container: 'SST',
          }),
        ),
      ),
    );
    expect(new Set(specimens.map((s) => s.accession_number)).size).toBe(20);
  });
});
