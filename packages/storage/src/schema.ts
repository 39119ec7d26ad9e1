import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Kysely's view of the tables created by the migrations. One interface per table, named as in SQL. */

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Json<T> = ColumnType<T, T, T>;

export interface UsersTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  roles: string[];
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface AuthTokensTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface PatientsTable {
  id: Generated<string>;
  mrn: string;
  family_name: string;
  given_name: string;
  /** ISO date, YYYY-MM-DD (the driver is told to keep `date` as text). */
  birth_date: string;
  clinical_sex: string;
  gender_identity: string | null;
  created_at: CreatedAt;
}

export interface PatientIdentifiersTable {
  patient_id: string;
  system: string;
  value: string;
}

export interface ProvidersTable {
  id: Generated<string>;
  npi: string | null;
  family_name: string;
  given_name: string;
  created_at: CreatedAt;
}

export interface LocationsTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: string;
}

export interface OrderablesTable {
  code: string;
  kind: 'test' | 'panel';
  name: string;
}

export interface TestDefinitionsTable {
  code: string;
  loinc: string | null;
  name: string;
  discipline: string;
  unit: string | null;
  definition: Json<unknown>;
  version: Generated<number>;
  active: Generated<boolean>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by: string;
}

export interface TestDefinitionVersionsTable {
  code: string;
  version: number;
  definition: Json<unknown>;
  changed_at: CreatedAt;
  changed_by: string;
}

export interface PanelsTable {
  code: string;
  loinc: string | null;
  name: string;
  members: string[];
}

export interface OrdersTable {
  id: Generated<string>;
  order_number: string;
  placer_order_number: string | null;
  patient_id: string;
  ordering_provider_id: string | null;
  location_id: string | null;
  priority: string;
  clinical_info: string | null;
  status: Generated<string>;
  ordered_at: ColumnType<Date, Date | undefined, never>;
  ordered_by: string;
}

export interface OrderItemsTable {
  order_id: string;
  orderable_code: string;
}

export interface SpecimensTable {
  id: Generated<string>;
  accession_number: string;
  order_id: string;
  patient_id: string;
  specimen_type: string;
  container: string;
  parent_id: string | null;
  state: Generated<string>;
  created_at: CreatedAt;
}

export interface SpecimenEventsTable {
  id: Generated<string>;
  specimen_id: string;
  kind: string;
  at: Date;
  actor: string;
  detail: Json<Record<string, unknown>>;
}

export interface AnalysesTable {
  id: Generated<string>;
  specimen_id: string;
  order_id: string;
  test_code: string;
  panel_code: string | null;
  status: Generated<string>;
  created_at: CreatedAt;
}

export interface ResultsTable {
  id: Generated<string>;
  analysis_id: string;
  version: number;
  value: Json<unknown>;
  numeric_value: number | null;
  unit: string | null;
  flags: string[];
  status: string;
  source: string;
  instrument_id: string | null;
  entered_by: string;
  observed_at: Date | null;
  created_at: CreatedAt;
  detail: Json<Record<string, unknown>>;
}

export interface AuditLogTable {
  seq: string;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  prev_hash: string;
  hash: string;
}

export interface Database {
  users: UsersTable;
  auth_tokens: AuthTokensTable;
  patients: PatientsTable;
  patient_identifiers: PatientIdentifiersTable;
  providers: ProvidersTable;
  locations: LocationsTable;
  orderables: OrderablesTable;
  test_definitions: TestDefinitionsTable;
  test_definition_versions: TestDefinitionVersionsTable;
  panels: PanelsTable;
  orders: OrdersTable;
  order_items: OrderItemsTable;
  specimens: SpecimensTable;
  specimen_events: SpecimenEventsTable;
  analyses: AnalysesTable;
  results: ResultsTable;
  audit_log: AuditLogTable;
}

export type UserRow = Selectable<UsersTable>;
export type PatientRow = Selectable<PatientsTable>;
export type OrderRow = Selectable<OrdersTable>;
export type SpecimenRow = Selectable<SpecimensTable>;
export type SpecimenEventRow = Selectable<SpecimenEventsTable>;
export type AnalysisRow = Selectable<AnalysesTable>;
export type ResultRow = Selectable<ResultsTable>;
export type NewResult = Insertable<ResultsTable>;
export type AuditRow = Selectable<AuditLogTable>;
