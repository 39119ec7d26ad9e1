/**
 * Release by a person after review, on the embedded PostgreSQL: it needs the result:release permission
 * and a current credential and competency for the test's discipline (an expired licence or an overdue
 * competency blocks with a clear message), optionally four-eyes; a reviewed batch is released whole or
 * not at all; a correction keeps both versions and queues a correction for the EHR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCertification,
  addLicence,
  changeLicence,
  correctResult,
  enterResult,
  expiringStaffCredentials,
  explainResult,
  recordCompetency,
  rejectSpecimenOnReview,
  releaseResults,
  requestRerun,
  reviewQueue,
  specimenTimeline,
  staffCredentialRecord,
  undoEngineAction,
  updateVerificationSettings,
  type Actor,
} from '@aliquot/services';
import {
  allElements,
  startVerificationTestLab,
  type VerificationTestLab,
  matching,
} from './verification-test-lab.js';

let t: VerificationTestLab;
let supervisor: Actor;
let pathologist: Actor;
let mls: Actor;
let mlt: Actor;
let licenceId: string;

/** A potassium held for review (hemolysis index 60 is above its limit of 20). */
async function heldPotassium(name: string, value = 4.6): Promise<{ resultId: string; accession: string }> {
  const accession = await t.specimen(await t.patient(name), ['K']);
  const result = await t.instrumentResult(accession, 'K', value, {
    detail: { serumIndices: { hemolysis: 60 } },
  });
  expect(result.status).toBe('held');
  return { resultId: result.id, accession };
}

beforeAll(async () => {
  t = await startVerificationTestLab();
  supervisor = await t.person('rdiaz', ['supervisor']);
  pathologist = await t.person('dr.okoye', ['pathologist']);
  mls = await t.person('amira.mls', ['mls']);
  mlt = await t.person('jlee.mlt', ['mlt'], { credentialled: false });
  await addCertification(t.lab, supervisor, mlt.id, {
    body: 'ASCP',
    credential: 'MLT',
    number: 'MLT-4411',
    expiresOn: '2028-06-30',
  });
  licenceId = (
    await addLicence(t.lab, supervisor, mlt.id, {
      state: 'CA',
      licenceType: 'MLT',
      number: '12345',
      expiresOn: '2026-01-31',
    })
  ).id;
  await recordCompetency(t.lab, supervisor, mlt.id, {
    discipline: 'chemistry',
    assessedOn: '2025-09-15',
    assessor: 'R. Diaz',
    elements: allElements,
  });
  // The lab is in California, which licenses laboratory personnel.
  await updateVerificationSettings(t.lab, pathologist, { licenceState: 'CA' });
  await addLicence(t.lab, supervisor, mls.id, {
    state: 'CA',
    licenceType: 'CLS',
    number: 'CLS-778',
    expiresOn: '2027-05-31',
  });
  await addLicence(t.lab, supervisor, supervisor.id, {
    state: 'CA',
    licenceType: 'CLS',
    number: 'CLS-101',
    expiresOn: '2027-05-31',
  });
  await addLicence(t.lab, supervisor, pathologist.id, {
    state: 'CA',
    licenceType: 'CLS',
    number: 'CLS-202',
    expiresOn: '2027-05-31',
  });
  await t.acceptQc(['K', 'TSH']);
});
afterAll(() => t.close());

describe('release gated by credentials', () => {
  it('an MLT whose California licence expired cannot release, and is told why', async () => {
    const { resultId, accession } = await heldPotassium('Abbott');
    await expect(
      releaseResults(t.lab, mlt, { resultIds: [resultId], reason: 'reviewed' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: `jlee.mlt may not release Potassium (K) on ${accession}: the California MLT licence 12345 expired on 2026-01-31; renew it before releasing results`,
    });
    const record = await explainResult(t.lab, mls, resultId);
    expect(record.status).toBe('held');
    expect(record.release).toBeNull();
  });

  it('once the licence is renewed, the same MLT releases it, with the reason on record', async () => {
    const { resultId } = await heldPotassium('Bishop');
    await changeLicence(t.lab, supervisor, licenceId, {
      state: 'CA',
      licenceType: 'MLT',
      number: '12345',
      expiresOn: '2028-01-31',
    });
    const [released] = await releaseResults(t.lab, mlt, {
      resultIds: [resultId],
      reason: 'hemolysis 60 reviewed; K reported with comment',
    });
    expect(released).toMatchObject({ resultId, releasedBy: 'jlee.mlt' });
    const record = await explainResult(t.lab, mls, resultId);
    expect(record.status).toBe('final');
    expect(record.release).toMatchObject({ byEngine: false, releasedBy: 'jlee.mlt', ruleSet: null });
    expect(record.release?.reason).toBe('hemolysis 60 reviewed; K reported with comment');
  });

  it('competency in chemistry does not let the MLT release a hematology result', async () => {
    const record = await staffCredentialRecord(t.lab, mlt, mlt.id);
    expect(record.release['hematology']).toEqual({
      ok: false,
      reason: 'no competency assessment in hematology is on record',
    });
  });
});

describe('releasing a reviewed batch', () => {
  it('an MLS releases three held potassiums at once', async () => {
    const held = [
      await heldPotassium('Dorsey'),
      await heldPotassium('Ekwueme'),
      await heldPotassium('Finch'),
    ];
    const queue = await reviewQueue(t.lab, mls, { limit: 100, offset: 0 });
    const inQueue = queue.items.flatMap((item) => item.held.map((r) => r.resultId));
    expect(inQueue).toEqual(expect.arrayContaining(held.map((h) => h.resultId)));
    const reasons = queue.items.find((item) => item.accessionNumber === held[0]?.accession)?.held[0]?.reasons;
    expect(reasons?.[0]).toMatchObject({ ruleId: 'hil.hemolysis-raises', blocking: true });
    const released = await releaseResults(t.lab, mls, {
      resultIds: held.map((h) => h.resultId),
      reason: 'batch reviewed: hemolysis index 60, comment appended',
    });
    expect(released.map((r) => r.releasedBy)).toEqual(['amira.mls', 'amira.mls', 'amira.mls']);
    const after = await reviewQueue(t.lab, mls, { limit: 100, offset: 0 });
    expect(after.items.flatMap((item) => item.held.map((r) => r.resultId))).not.toContain(held[0]?.resultId);
  });

  it('a batch with a result already released is refused whole, naming it', async () => {
    const fresh = await heldPotassium('Gallo');
    const done = await heldPotassium('Haddad');
    await releaseResults(t.lab, mls, { resultIds: [done.resultId], reason: 'reviewed' });
    await expect(
      releaseResults(t.lab, mls, { resultIds: [fresh.resultId, done.resultId], reason: 'batch' }),
    ).rejects.toMatchObject({
      code: 'rule-violation',
      issues: [
        {
          location: 'resultIds[1]',
          message: `Potassium (K) on ${done.accession} is already released; correct it instead`,
        },
      ],
    });
    expect((await explainResult(t.lab, mls, fresh.resultId)).status).toBe('held');
  });
});

describe('four-eyes verification', () => {
  it('with four-eyes on, whoever entered a result or asked for its rerun cannot release it; a colleague can', async () => {
    await updateVerificationSettings(t.lab, pathologist, { fourEyes: true });
    const accession = await t.specimen(await t.patient('Ivanova'), ['K']);
    const entered = await enterResult(t.lab, mls, accession, {
      testCode: 'K',
      value: { kind: 'numeric', value: 4.4 },
    });
    expect(entered.status).toBe('held');
    await expect(releaseResults(t.lab, mls, { resultIds: [entered.id], reason: 'ok' })).rejects.toMatchObject(
      {
        code: 'forbidden',
        message: matching(/four-eyes verification is on and amira\.mls entered this result/),
      },
    );
    await requestRerun(t.lab, supervisor, entered.id, { reason: 'confirm before release' });
    const rerun = await t.instrumentResult(accession, 'K', 4.5, {
      detail: { serumIndices: { hemolysis: 60 } },
    });
    await expect(
      releaseResults(t.lab, supervisor, { resultIds: [rerun.id], reason: 'ok' }),
    ).rejects.toMatchObject({
      message: matching(/rdiaz asked for the rerun that produced this result/),
    });
    await releaseResults(t.lab, mls, { resultIds: [rerun.id], reason: 'rerun agrees' });
    await updateVerificationSettings(t.lab, pathologist, { fourEyes: false });
  });
});

describe('corrected reports', () => {
  it('correcting a released potassium keeps both versions and queues a correction for the EHR', async () => {
    const accession = await t.specimen(await t.patient('Jensen'), ['K']);
    const released = await t.instrumentResult(accession, 'K', 4.2);
    expect(released.status).toBe('final');
    await expect(
      correctResult(t.lab, mls, released.id, { value: { kind: 'numeric', value: 5.2 }, reason: ' ' }),
    ).rejects.toMatchObject({ code: 'invalid', message: 'a correction needs a reason' });
    await expect(
      correctResult(t.lab, mlt, released.id, {
        value: { kind: 'numeric', value: 5.2 },
        reason: 'transcription',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const corrected = await correctResult(t.lab, mls, released.id, {
      value: { kind: 'numeric', value: 5.2 },
      reason: 'specimen mix-up with the next rack position; value from the rerun of the right tube',
    });
    expect(corrected).toMatchObject({ version: 2, correctsVersion: 1, correctedBy: 'amira.mls' });
    const record = await explainResult(t.lab, mls, corrected.resultId);
    expect(record.versions.map((v) => [v.version, v.status, v.value])).toEqual([
      [1, 'corrected', { kind: 'numeric', value: 4.2 }],
      [2, 'final', { kind: 'numeric', value: 5.2 }],
    ]);
    expect(record.correction).toMatchObject({ correctsResultId: released.id, correctedBy: 'amira.mls' });
    expect(record.notifications).toEqual([expect.objectContaining({ kind: 'correction', sentAt: null })]);
    expect(record.decisions[0]?.ruleSet).toEqual({ id: 'aliquot-starter', version: 1 });
    const old = await explainResult(t.lab, mls, released.id);
    expect(old.correctedBy).toMatchObject({ resultId: corrected.resultId });
    await expect(
      correctResult(t.lab, mls, released.id, { value: { kind: 'numeric', value: 5.3 }, reason: 'again' }),
    ).rejects.toMatchObject({ code: 'rule-violation' });
  });
});

describe('undoing what the engine did and rejecting from review', () => {
  it('a person withdraws the free T4 the engine reflexed on a TSH of 6.2', async () => {
    const accession = await t.specimen(await t.patient('Kimura'), ['TSH']);
    const tsh = await t.instrumentResult(accession, 'TSH', 6.2);
    const reflex = (await explainResult(t.lab, mls, tsh.id)).actions.find((a) => a.kind === 'reflex');
    expect(reflex).toBeDefined();
    const undone = await undoEngineAction(
      t.lab,
      mls,
      reflex?.actionId ?? '',
      'clinician already ordered FT4 elsewhere',
    );
    expect(undone.undone).toBe('reflex FT4 withdrawn');
    const timeline = await specimenTimeline(t.lab, mls, accession);
    expect(timeline.analyses.map((a) => [a.testCode, a.status])).toEqual([
      ['TSH', 'released'],
      ['FT4', 'cancelled'],
    ]);
    await expect(undoEngineAction(t.lab, mls, reflex?.actionId ?? '', 'twice')).rejects.toMatchObject({
      code: 'conflict',
    });
    const release = (await explainResult(t.lab, mls, tsh.id)).actions.find((a) => a.kind === 'release');
    await expect(undoEngineAction(t.lab, mls, release?.actionId ?? '', 'no')).rejects.toMatchObject({
      message: 'an automatic release is undone by correcting the result, with a reason',
    });
  });

  it('rejecting a specimen from review cancels its held results', async () => {
    const { resultId, accession } = await heldPotassium('Laine');
    const rejected = await rejectSpecimenOnReview(t.lab, mls, accession, {
      reason: 'hemolyzed',
      comment: 'grossly hemolyzed',
    });
    expect(rejected.cancelledResults).toBe(1);
    expect((await explainResult(t.lab, mls, resultId)).status).toBe('cancelled');
  });
});

describe('months later', () => {
  it('an overdue competency blocks release', async () => {
    const { resultId } = await heldPotassium('Coates');
    t.advanceMinutes(200 * 24 * 60);
    await t.acceptQc(['K', 'TSH']);
    // First year: due six months after 2025-09-15.
    await expect(
      releaseResults(t.lab, mlt, { resultIds: [resultId], reason: 'reviewed' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: matching(/the competency assessment in chemistry was due on 2026-03-15 and is overdue$/),
    });
  });

  it('the supervisor sees whose credentials expire or fall due within 30 days', async () => {
    const { staff } = await expiringStaffCredentials(t.lab, supervisor, 30);
    const lee = staff.find((person) => person.username === 'jlee.mlt');
    expect(lee?.items.map((item) => [item.kind, item.dueOn])).toEqual([['competency', '2026-03-15']]);
    await expect(expiringStaffCredentials(t.lab, mlt, 30)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
