import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalInbound, processJournalEntry } from '@aliquot/services';
import { findPatientByMrn, savePanel } from '@aliquot/storage';
import { corpusText, omlMessage, startEhrTestLab, type EhrTestLab } from './ehr-test-lab.js';

let t: EhrTestLab;
beforeAll(async () => {
  t = await startEhrTestLab();
  // A test-only mapping: these corpus codes as panels of our catalog, by their LOINC.
  await savePanel(t.lab.db, {
    code: 'LIPIDD',
    loinc: '57698-3',
    name: 'Lipid panel with direct LDL',
    members: ['CHOL', 'HDL', 'TRIG', 'DLDL'],
  });
  await savePanel(t.lab.db, {
    code: 'HEMOGRAM',
    loinc: '24317-0',
    name: 'Hemogram and platelet count',
    members: ['WBC', 'RBC', 'HGB', 'HCT', 'PLT'],
  });
}, 120_000);
afterAll(() => t.close());

async function ordersOf(mrn: string) {
  const patient = await findPatientByMrn(t.lab.db, mrn);
  if (!patient) return [];
  return t.lab.db
    .selectFrom('orders')
    .selectAll()
    .where('patient_id', '=', patient.id)
    .orderBy('ordered_at')
    .execute();
}

async function specimensOf(orderId: string) {
  return t.lab.db.selectFrom('specimens').selectAll().where('order_id', '=', orderId).execute();
}

describe('a new BMP order from the EHR', () => {
  const mrn = `GH-${process.pid}-1`;
  it('is answered AA, and the patient, the provider and the order with its placer number exist', async () => {
    const { ack, entry } = await t.deliver(
      omlMessage({ mrn, orders: [['NW', 'PL-1001', '24321-2^Basic metabolic panel^LN']], priority: 'S' }),
    );
    expect(ack.msa?.code).toBe('AA');
    expect(ack.errors).toEqual([]);
    expect(entry.state).toBe('processed');
    expect(entry.message_type).toBe('OML^O21');
    const [order] = await ordersOf(mrn);
    expect(order?.placer_order_number).toBe('PL-1001');
    expect(order?.priority).toBe('stat');
    const provider = await t.lab.db
      .selectFrom('providers')
      .selectAll()
      .where('id', '=', order?.ordering_provider_id ?? '')
      .executeTakeFirst();
    expect(provider).toMatchObject({ npi: '1234567893', family_name: 'Hale', given_name: 'Ruth' });
    const patient = await findPatientByMrn(t.lab.db, mrn);
    expect(patient).toMatchObject({
      family_name: 'Nakamura',
      birth_date: '1979-04-12',
      clinical_sex: 'female',
    });
  });

  it('expects one lithium-heparin tube for the eight tests', async () => {
    const [order] = await ordersOf(mrn);
    const specimens = await specimensOf(order?.id ?? '');
    expect(specimens.map((s) => [s.specimen_type, s.container, s.state])).toEqual([
      ['SER/PLAS', 'LIHEP', 'ordered'],
    ]);
    const analyses = await t.lab.db
      .selectFrom('analyses')
      .select('test_code')
      .where('order_id', '=', order?.id ?? '')
      .execute();
    expect(analyses).toHaveLength(8);
  });

  it('gets the same AA again when the EHR resends it, and no second order', async () => {
    const text = omlMessage({
      mrn,
      orders: [['NW', 'PL-1002', 'K^Potassium^L']],
      controlId: `RESEND-${process.pid}`,
    });
    const first = await t.deliver(text);
    const again = await t.deliver(text);
    expect(again.duplicate).toBe(true);
    expect(again.ackText).toBe(first.ackText);
    expect((await ordersOf(mrn)).filter((o) => o.placer_order_number === 'PL-1002')).toHaveLength(1);
  });

  it('refuses a second new order with an active placer number (AE, ERR 205 at ORC-2)', async () => {
    const { ack } = await t.deliver(omlMessage({ mrn, orders: [['NW', 'PL-1001', 'K^Potassium^L']] }));
    expect(ack.msa?.code).toBe('AE');
    expect(ack.errors[0]?.segment.raw(2)).toBe('ORC^1^2^1');
    expect(ack.errors[0]?.segment.value(3, 1)).toBe('205');
  });

  it('updates the demographics the EHR sends with a later order', async () => {
    await t.deliver(omlMessage({ mrn, orders: [['NW', 'PL-1003', 'GLU^Glucose^L']], birthDate: '19790413' }));
    expect((await findPatientByMrn(t.lab.db, mrn))?.birth_date).toBe('1979-04-13');
  });
});

describe('cancelling and changing an order', () => {
  const mrn = `GH-${process.pid}-2`;
  it('cancels an order not yet resulted (CA), its analyses cancelled', async () => {
    await t.deliver(omlMessage({ mrn, orders: [['NW', 'PL-2001', 'CBC^Complete blood count^L']] }));
    const { ack } = await t.deliver(
      omlMessage({ mrn, orders: [['CA', 'PL-2001', 'CBC^Complete blood count^L']] }),
    );
    expect(ack.msa?.code).toBe('AA');
    const [order] = await ordersOf(mrn);
    expect(order?.status).toBe('cancelled');
    const statuses = await t.lab.db
      .selectFrom('analyses')
      .select('status')
      .where('order_id', '=', order?.id ?? '')
      .execute();
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['cancelled']));
  });

  it('answers AE with ERR 204 for a cancel of an order it does not have', async () => {
    const { ack, entry } = await t.deliver(
      omlMessage({ mrn, orders: [['CA', 'PL-9999', 'CBC^Complete blood count^L']] }),
    );
    expect(ack.msa?.code).toBe('AE');
    expect(ack.errors[0]?.segment.value(3, 1)).toBe('204');
    expect(ack.errors[0]?.segment.value(8)).toContain('no active order PL-9999');
    expect(entry.state).toBe('failed');
  });

  it('changes the tests of an order before collection (XO): the old order cancelled, a new one placed', async () => {
    await t.deliver(omlMessage({ mrn, orders: [['NW', 'PL-2002', 'TSH^TSH^L']] }));
    const { ack } = await t.deliver(omlMessage({ mrn, orders: [['XO', 'PL-2002', 'FT4^Free T4^L']] }));
    expect(ack.msa?.code).toBe('AA');
    const orders = (await ordersOf(mrn)).filter((o) => o.placer_order_number === 'PL-2002');
    expect(orders.map((o) => o.status)).toEqual(['cancelled', 'active']);
    const items = await t.lab.db
      .selectFrom('order_items')
      .select('orderable_code')
      .where('order_id', '=', orders[1]?.id ?? '')
      .execute();
    expect(items.map((i) => i.orderable_code)).toEqual(['FT4']);
  });

  it('refuses an order control it does not take (RP) with AR, ERR 103 at ORC-1', async () => {
    const { ack } = await t.deliver(omlMessage({ mrn, orders: [['RP', 'PL-2003', 'K^Potassium^L']] }));
    expect(ack.msa?.code).toBe('AR');
    expect(ack.errors[0]?.segment.raw(2)).toBe('ORC^1^1^1');
  });
});

describe('the specimen a placer already collected (SPM)', () => {
  it('records the tube collected at SPM-17 with the placer specimen ID', async () => {
    const mrn = `GH-${process.pid}-3`;
    const spm = 'SPM|1|PSP-77^EPIC||119364003^Serum^SCT|||||||P||||||20260302074500';
    const { ack } = await t.deliver(omlMessage({ mrn, orders: [['NW', 'PL-3001', 'NA^Sodium^L']], spm }));
    expect(ack.msa?.code).toBe('AA');
    const [order] = await ordersOf(mrn);
    const [specimen] = await specimensOf(order?.id ?? '');
    expect(specimen?.state).toBe('collected');
    const event = await t.lab.db
      .selectFrom('specimen_events')
      .selectAll()
      .where('specimen_id', '=', specimen?.id ?? '')
      .where('kind', '=', 'collected')
      .executeTakeFirst();
    expect(event?.at.toISOString()).toBe('2026-03-02T07:45:00.000Z');
    expect(event?.detail).toMatchObject({ placerSpecimenId: 'PSP-77', placerSpecimenType: 'Serum' });
  });
});

describe('an order for a test the lab does not perform', () => {
  it('is rejected AR with ERR 103 at OBR-4 naming the code, and nothing is imported', async () => {
    const mrn = `GH-${process.pid}-4`;
    const text = omlMessage({
      mrn,
      orders: [
        ['NW', 'PL-4001', 'NA^Sodium^L'],
        ['NW', 'PL-4002', '24725-4^CT Head^LN'],
      ],
    });
    const { ack, entry } = await t.deliver(text);
    expect(ack.msa?.code).toBe('AR');
    expect(ack.errors).toHaveLength(1);
    expect(ack.errors[0]?.segment.raw(2)).toBe('OBR^2^4^1');
    expect(ack.errors[0]?.segment.value(3, 1)).toBe('103');
    expect(ack.errors[0]?.segment.value(8)).toContain('24725-4^CT Head^LN');
    expect(entry.state).toBe('failed');
    expect(await findPatientByMrn(t.lab.db, mrn)).toBeUndefined();
  });
});

describe('order messages from the corpus', () => {
  it('imports the LOI lipid order (OML^O21 v2.6) through the test-only LOINC mapping, collected per SPM-17', async () => {
    const { ack } = await t.deliver(corpusText('fhir-converter/hl7v2/OML-O21-01.hl7'));
    expect(ack.msa?.code).toBe('AA');
    const [order] = await ordersOf('PATID1234');
    expect(order).toMatchObject({ placer_order_number: '1101', status: 'active', priority: 'routine' });
    const [specimen] = await specimensOf(order?.id ?? '');
    expect(specimen?.state).toBe('collected');
  });

  it('imports a v2.3 ORM hemogram through the mapping', async () => {
    const { ack } = await t.deliver(corpusText('fhir-converter/hl7v2/LAB-ORM-1.hl7'));
    expect(ack.msa?.code).toBe('AA');
    const [order] = await ordersOf('10006579');
    expect(order?.placer_order_number).toBe('88502218');
  });

  it.each([
    ['fhir-converter/hl7v2/ORM-O01-01.hl7', 'AR', '103'],
    ['cdc-trusted-intermediary/Ochsner/001_Ochsner_OML_O21_0_initial_message.hl7', 'AR', '103'],
    ['cdc-trusted-intermediary/Oracle/001_Oracle_ORM_O01.hl7', 'AR', '103'],
    ['fhir-converter/hl7v2/MDHHS-OML-O21-1.hl7', 'AE', '100'],
    ['cdc-trusted-intermediary/Epic/001_Epic_ORM_O01.hl7', 'AE', '102'],
  ])('answers %s with %s (ERR-3 %s) and imports nothing', async (file, code, errorCode) => {
    const before = await t.lab.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const { ack, entry } = await t.deliver(corpusText(file));
    expect(ack.msa?.code).toBe(code);
    expect(ack.errors.map((e) => e.segment.value(3, 1))).toContain(errorCode);
    expect(entry.state).toBe('failed');
    const after = await t.lab.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('an order message journaled but not answered (the server stopped before the ACK)', () => {
  it('is imported when the processing queue finds it, as the link would have', async () => {
    const mrn = `GH-${process.pid}-5`;
    const text = omlMessage({ mrn, orders: [['NW', 'PL-5001', 'TSH^TSH^L']] });
    const { entry } = await journalInbound(t.lab.db, {
      connection: 'mllp-listener',
      protocol: 'hl7',
      raw: Uint8Array.from(text, (c) => c.charCodeAt(0)),
      receivedAt: new Date(),
    });
    const outcome = await processJournalEntry(t.lab, entry.id);
    expect(outcome).toMatchObject({ state: 'processed', resultCount: 1, error: null });
    expect((await ordersOf(mrn)).map((o) => o.placer_order_number)).toEqual(['PL-5001']);
    expect((await processJournalEntry(t.lab, entry.id)).state).toBe('processed');
    expect(await ordersOf(mrn)).toHaveLength(1);
  });
});
