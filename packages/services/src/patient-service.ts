import { ClinicalSex, LabError, type LabErrorIssue } from '@aliquot/domain';
import {
  findPatient,
  insertPatient,
  patientIdentifiers,
  searchPatients,
  type NewPatient,
  type PatientRow,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from './use-case.js';

export interface Patient {
  readonly id: string;
  readonly mrn: string;
  readonly familyName: string;
  readonly givenName: string;
  readonly birthDate: string;
  readonly clinicalSex: ClinicalSex;
  readonly genderIdentity?: string;
  readonly identifiers: { system: string; value: string }[];
}

export function toPatient(row: PatientRow, identifiers: Patient['identifiers'] = []): Patient {
  return {
    id: row.id,
    mrn: row.mrn,
    familyName: row.family_name,
    givenName: row.given_name,
    birthDate: row.birth_date,
    clinicalSex: row.clinical_sex as ClinicalSex,
    ...(row.gender_identity ? { genderIdentity: row.gender_identity } : {}),
    identifiers,
  };
}

function checkPatient(input: NewPatient, today: Date): void {
  const issues: LabErrorIssue[] = [];
  if (!input.mrn.trim()) issues.push({ location: 'mrn', message: 'the MRN is required' });
  if (!input.familyName.trim())
    issues.push({ location: 'familyName', message: 'the family name is required' });
  const born = Date.parse(`${input.birthDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.birthDate) || Number.isNaN(born)) {
    issues.push({ location: 'birthDate', message: 'use the form YYYY-MM-DD' });
  } else if (born > today.getTime()) {
    issues.push({ location: 'birthDate', message: 'the birth date is in the future' });
  }
  if (!(Object.values(ClinicalSex) as string[]).includes(input.clinicalSex)) {
    issues.push({ location: 'clinicalSex', message: `use one of ${Object.values(ClinicalSex).join(', ')}` });
  }
  if (issues.length > 0) throw LabError.invalid('the patient cannot be registered', issues);
}

export async function registerPatient(lab: LabContext, actor: Actor, input: NewPatient): Promise<Patient> {
  return runUseCase(lab, actor, 'patient:write', async ({ tx, now, audit }) => {
    checkPatient(input, now);
    const row = await insertPatient(tx, input);
    const patient = toPatient(
      row,
      (input.identifiers ?? []).map((i) => ({ ...i })),
    );
    audit({ action: 'patient.register', entity: 'patient', entityId: row.id, after: patient });
    return patient;
  });
}

export async function getPatient(lab: LabContext, actor: Actor, id: string): Promise<Patient> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const row = await findPatient(tx, id);
    if (!row) throw LabError.notFound('Patient', id);
    return toPatient(row, await patientIdentifiers(tx, id));
  });
}

export async function findPatients(
  lab: LabContext,
  actor: Actor,
  search: { query?: string; limit: number; offset: number },
): Promise<{ items: Patient[]; total: number }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const { rows, total } = await searchPatients(tx, search);
    return { items: rows.map((row) => toPatient(row)), total };
  });
}
