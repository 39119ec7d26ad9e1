/**
 * Point-of-care readings on the embedded PostgreSQL: a ward glucose meter, its nurses and their
 * certifications, a patient's continuous glucose monitor, and the central lab's glucose beside them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certifyPoctOperator,
  listPoctConcordance,
  listPoctNotificationQueue,
  listPoctOperatorRegistry,
  placeManualHold,
  receivePoctReading,
  recordPoctDeviceQc,
  registerPoctDevice,
  revokePoctCertificationRecord,
  runUseCase,
  savePoctOperatorRecord,
  type Actor,
  type Patient,
  type PoctIntakeOutcome,
  type PoctReading,
} from '@aliquot/services';
import { startVerificationTestLab, type VerificationTestLab } from './verification-test-lab.js';

let t: VerificationTestLab;
let coordinator: Actor;
let patient: Patient;
const meter: Actor = {
  id: 'poct-dm',
  username: 'poct:RALS',
  displayName: 'RALS data manager',
  roles: ['poct-operator'],
};

beforeAll(async () => {
  t = await startVerificationTestLab();
  coordinator = await t.person('coordinator', ['supervisor']);
  patient = await t.patient('Haddad');
  await registerPoctDevice(t.lab, coordinator, {
    code: 'GM-WARD4-01',
    deviceType: 'glucose-meter',
    kind: 'professional',
    model: 'Accu-Chek Inform II',
    serialNumber: 'UU12345678',
    location: 'Ward 4',
    dataManager: 'RALS',
    tests: [{ deviceCode: '41653-7', testCode: 'GLU' }],
  });
  await savePoctOperatorRecord(t.lab, coordinator, { id: 'RN1001', name: 'Nurse Amara Obi' });
  await savePoctOperatorRecord(t.lab, coordinator, { id: 'RN1002', name: 'Nurse Ben Clay' });
  await certifyPoctOperator(t.lab, coordinator, 'RN1001', {
    deviceType: 'glucose-meter',
    certifiedOn: '2025-06-01',
    expiresOn: '2026-05-31',
  });
  await certifyPoctOperator(t.lab, coordinator, 'RN1002', {
    deviceType: 'glucose-meter',
    certifiedOn: '2025-01-01',
    expiresOn: '2026-01-31',
  });
}, 120_000);
afterAll(() => t.close());

const reading = (over: Partial<PoctReading> = {}): PoctReading => ({
  channel: 'fhir',
  device: 'GM-WARD4-01',
  operatorId: 'RN1001',
  patient: { id: patient.id },
  codes: ['41653-7'],
  value: { kind: 'numeric', value: 112 },
  unit: 'mg/dL',
  observedAt: t.now(),
  ...over,
});

const receive = (r: PoctReading): Promise<PoctIntakeOutcome> =>
  runUseCase(t.lab, meter, 'poct:test', (uow) => receivePoctReading(uow, meter, r));

const openNotifications = async () =>
  (await listPoctNotificationQueue(t.lab, coordinator, { openOnly: true, limit: 100, offset: 0 })).items;

describe('a capillary glucose by a certified nurse', () => {
  it('is taken and becomes a lab result from the device, on a point-of-care specimen', async () => {
    const outcome = await receive(reading());
    expect(outcome.reading).toMatchObject({ outcome: 'accepted', testCode: 'GLU', patientGenerated: false });
    const result = await t.database.db
      .selectFrom('results')
      .selectAll()
      .where('id', '=', outcome.reading.resultId ?? '')
      .executeTakeFirstOrThrow();
    expect(result).toMatchObject({ source: 'interface', instrument_id: 'GM-WARD4-01', numeric_value: 112 });
    expect(result.detail).toMatchObject({ pointOfCare: { operator: 'RN1001', location: 'Ward 4' } });
    const specimen = await t.database.db
      .selectFrom('specimens')
      .selectAll()
      .where('accession_number', '=', outcome.accession ?? '')
      .executeTakeFirstOrThrow();
    expect(specimen.container).toBe('POC');
  });
});

describe('operator lock-out', () => {
  it('refuses a reading by a nurse whose certification expired, and tells the coordinator', async () => {
    const outcome = await receive(reading({ operatorId: 'RN1002' }));
    expect(outcome.reading.outcome).toBe('refused');
    expect(outcome.reading.refusal).toBe(
      "operator RN1002 (Nurse Ben Clay)'s certification for glucose-meter expired on 2026-01-31",
    );
    expect(outcome.reading.resultId).toBeNull();
    expect(
      (await openNotifications()).some((n) => n.kind === 'operator-locked-out' && n.operatorId === 'RN1002'),
    ).toBe(true);
  });

  it('refuses a reading by a nurse decertified today, with the reason of the revocation', async () => {
    const operators = await listPoctOperatorRegistry(t.lab, coordinator);
    const certification = operators.find((o) => o.id === 'RN1001')?.certifications[0]?.id ?? '';
    await revokePoctCertificationRecord(
      t.lab,
      coordinator,
      'RN1001',
      certification,
      'failed the annual competency',
    );
    const outcome = await receive(reading());
    expect(outcome.reading.refusal).toMatch(
      /^operator RN1001 \(Nurse Amara Obi\) was decertified for glucose-meter on \d{4}-\d{2}-\d{2}: failed the annual competency$/,
    );
    expect(outcome.notified).toBe('operator-locked-out');
    await certifyPoctOperator(t.lab, coordinator, 'RN1001', {
      deviceType: 'glucose-meter',
      certifiedOn: '2026-03-01',
      expiresOn: '2027-02-28',
    });
    expect((await receive(reading())).reading.outcome).toBe('accepted');
  });

  it('refuses an operator the registry does not know', async () => {
    const outcome = await receive(reading({ operatorId: 'VISITOR7' }));
    expect(outcome.reading.refusal).toBe('operator VISITOR7 is not registered for point-of-care testing');
  });
});

describe('device lock-out', () => {
  it('refuses readings after a failed QC check until a check passes', async () => {
    await recordPoctDeviceQc(t.lab, coordinator, 'GM-WARD4-01', { outcome: 'fail', comment: 'level 2 out' });
    const outcome = await receive(reading());
    expect(outcome.reading.refusal).toMatch(
      /^device GM-WARD4-01 failed QC on .*; it is locked out until a QC check passes$/,
    );
    expect(outcome.notified).toBe('device-locked-out');
    await recordPoctDeviceQc(t.lab, coordinator, 'GM-WARD4-01', { outcome: 'pass' });
    expect((await receive(reading())).reading.outcome).toBe('accepted');
  });

  it('refuses readings while the lab holds the device for glucose, as it holds its analyzers', async () => {
    await placeManualHold(t.lab, coordinator, {
      instrumentCode: 'GM-WARD4-01',
      testCode: 'GLU',
      reason: 'lot recall',
    });
    const outcome = await receive(reading());
    expect(outcome.reading.refusal).toBe('device GM-WARD4-01 is on QC hold for GLU: lot recall');
    await t.database.db
      .updateTable('instrument_holds')
      .set({
        lifted_at: t.now(),
        lifted_by: 'test',
        lift_kind: 'override',
        override_reason: 'recall withdrawn',
      })
      .where('instrument_code', '=', 'GM-WARD4-01')
      .execute();
  });

  it('refuses a device it does not know and tells the coordinator', async () => {
    const outcome = await receive(reading({ device: 'GM-UNKNOWN-9' }));
    expect(outcome.reading.refusal).toBe('device GM-UNKNOWN-9 is not registered');
    expect(outcome.notified).toBe('unknown-source');
  });

  it('refuses a reading in another unit than the catalog test', async () => {
    const outcome = await receive(reading({ unit: 'mmol/L', value: { kind: 'numeric', value: 6.2 } }));
    expect(outcome.reading.refusal).toBe('Glucose is reported in mg/dL; the device sent mmol/L');
  });
});

describe("a patient's own glucose monitor", () => {
  it('reports for its owner as patient-generated, never as a lab result, with no operator', async () => {
    await registerPoctDevice(t.lab, coordinator, {
      code: 'CGM-HADDAD',
      deviceType: 'continuous-glucose-monitor',
      kind: 'patient',
      model: 'Dexcom G7',
      serialNumber: 'DX-998877',
      location: 'home',
      patientId: patient.id,
      tests: [{ deviceCode: '2339-0', testCode: 'GLU' }],
    });
    const outcome = await receive(
      reading({ device: 'DX-998877', operatorId: undefined, patient: {}, codes: ['2339-0'] }),
    );
    expect(outcome.reading).toMatchObject({
      outcome: 'accepted',
      patientGenerated: true,
      resultId: null,
      patientId: patient.id,
    });
    const other = await t.patient('Someone');
    const wrong = await receive(
      reading({ device: 'CGM-HADDAD', operatorId: undefined, patient: { id: other.id }, codes: ['2339-0'] }),
    );
    expect(wrong.reading.refusal).toBe(
      'device CGM-HADDAD belongs to another patient than the one the reading names',
    );
  });
});

describe('concordance with the central lab', () => {
  it('flags a meter glucose 40 mg/dL above the central glucose 20 minutes earlier (allowed 8 %, at least 6)', async () => {
    const accession = await t.specimen(patient, ['GLU']);
    await t.acceptQc(['GLU']);
    const central = await t.instrumentResult(accession, 'GLU', 100);
    expect(central.status).toBe('final');
    t.advanceMinutes(20);
    const outcome = await receive(reading({ value: { kind: 'numeric', value: 140 }, observedAt: t.now() }));
    expect(outcome.discordant).toEqual([
      expect.objectContaining({
        labValue: 100,
        poctValue: 140,
        difference: 40,
        allowed: 8,
        minutesApart: 20,
        discordant: true,
      }),
    ]);
    expect(
      (await openNotifications()).some((n) => n.kind === 'discordant' && n.readingId === outcome.reading.id),
    ).toBe(true);
  });

  it('lists a reading within the allowed difference as concordant', async () => {
    const outcome = await receive(reading({ value: { kind: 'numeric', value: 104 }, observedAt: t.now() }));
    expect(outcome.discordant).toEqual([]);
    const all = await listPoctConcordance(t.lab, coordinator, {
      windowMinutes: 60,
      discordantOnly: false,
      limit: 100,
    });
    expect(all.find((f) => f.readingId === outcome.reading.id)).toMatchObject({
      discordant: false,
      difference: 4,
      allowed: 8,
    });
  });
});
