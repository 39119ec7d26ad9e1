import type { paths } from '../api/schema.js';

/** The staff-credential contract; its rows are left untyped there and are written out here as stored. */

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never;

export type CredentialRecord = Json<paths['/api/staff/{userId}/credentials']['get']['responses'][200]>;
export type ExpiringReply = Json<paths['/api/staff/credentials/expiring']['get']['responses'][200]>;
export type CertificationBody =
  paths['/api/staff/{userId}/certifications']['post']['requestBody']['content']['application/json'];
export type LicenceBody =
  paths['/api/staff/{userId}/licences']['post']['requestBody']['content']['application/json'];
export type CompetencyBody =
  paths['/api/staff/{userId}/competencies']['post']['requestBody']['content']['application/json'];

export interface CertificationRow {
  readonly id: string;
  readonly body: string;
  readonly credential: string;
  readonly categories: readonly string[];
  readonly disciplines: readonly string[];
  readonly number: string | null;
  readonly issued_on: string | null;
  readonly expires_on: string | null;
}

export interface LicenceRow {
  readonly id: string;
  readonly state: string;
  readonly licence_type: string;
  readonly number: string;
  readonly disciplines: readonly string[];
  readonly issued_on: string | null;
  readonly expires_on: string;
}

export interface CompetencyRow {
  readonly id: string;
  readonly discipline: string;
  readonly assessed_on: string;
  readonly assessor: string;
  readonly elements: Readonly<Record<string, boolean>>;
  readonly passed: boolean;
  readonly first_year: boolean;
  readonly next_due_on: string;
  readonly note: string | null;
}
