import { Hl7ErrorCode, type Hl7AckError } from '@aliquot/codecs/hl7v2';
import {
  addPatientIdentifiers,
  findPatientByMrn,
  findProviderByName,
  findProviderByNpi,
  insertPatient,
  insertProvider,
  renameProvider,
  updatePatientDemographics,
} from '@aliquot/storage';
import type { UnitOfWork } from '../use-case.js';
import { errorAt } from './hl7-errors.js';
import type { OrderedPatient, OrderingProvider } from './order-message-reader.js';

/**
 * Who an order message is about and who ordered it, upserted in the caller's transaction: the EHR is
 * the master of identity, so its demographics replace ours and every change is audited.
 * @see HL7 v2.5.1 chapter 3.4.2 PID, 4.5.1 ORC-12, 4.5.3 OBR-16
 */

/** Refuses the whole message: the errors go to ERR, nothing it did is kept. */
export class OrderRefused extends Error {
  constructor(readonly errors: readonly Hl7AckError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'OrderRefused';
  }
}

/** The patient by MRN: created, or its demographics brought up to date (the EHR is their master). */
export async function upsertPatient(uow: UnitOfWork, p: OrderedPatient): Promise<string> {
  const { tx, audit } = uow;
  const demographics = {
    familyName: p.familyName,
    givenName: p.givenName,
    birthDate: p.birthDate,
    clinicalSex: p.clinicalSex,
  };
  const known = await findPatientByMrn(tx, p.mrn);
  let id: string;
  if (known === undefined) {
    const row = await insertPatient(tx, { mrn: p.mrn, ...demographics });
    id = row.id;
    audit({
      action: 'patient.register',
      entity: 'patient',
      entityId: id,
      after: { mrn: p.mrn, ...demographics },
    });
  } else {
    id = known.id;
    const before = {
      familyName: known.family_name,
      givenName: known.given_name,
      birthDate: known.birth_date,
      clinicalSex: known.clinical_sex,
    };
    if (JSON.stringify(before) !== JSON.stringify(demographics)) {
      await updatePatientDemographics(tx, id, demographics);
      audit({ action: 'patient.update', entity: 'patient', entityId: id, before, after: demographics });
    }
  }
  const clashes = await addPatientIdentifiers(tx, id, p.identifiers);
  if (clashes.length > 0)
    throw new OrderRefused(
      clashes.map((c) =>
        errorAt(
          Hl7ErrorCode.duplicateKeyIdentifier,
          'PID',
          1,
          3,
          `identifier ${c.value} (${c.system}) belongs to another patient`,
        ),
      ),
    );
  return id;
}

/** The ordering provider by ID (kept as the NPI), else by name; created when new. */
export async function upsertProvider(uow: UnitOfWork, p: OrderingProvider): Promise<string> {
  const { tx, audit } = uow;
  const known = p.id
    ? await findProviderByNpi(tx, p.id)
    : await findProviderByName(tx, p.familyName, p.givenName);
  if (known !== undefined) {
    if (p.familyName && (known.family_name !== p.familyName || known.given_name !== p.givenName))
      await renameProvider(tx, known.id, p.familyName, p.givenName);
    return known.id;
  }
  const row = await insertProvider(tx, {
    ...(p.id ? { npi: p.id } : {}),
    familyName: p.familyName || p.id,
    givenName: p.givenName,
  });
  audit({ action: 'provider.register', entity: 'provider', entityId: row.id, after: row });
  return row.id;
}
