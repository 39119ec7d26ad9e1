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

// Quality control (migration 0003-quality-control): control lots and targets, QC runs, instrument
// events and schedules, holds with corrective actions, rule settings, patient-based QC monitors.

export interface QcControlMaterialsTable {
  id: Generated<string>;
  code: string;
  name: string;
  manufacturer: string | null;
  created_at: CreatedAt;
  created_by: string;
}

export interface QcControlLotsTable {
  id: Generated<string>;
  material_id: string;
  level: string;
  lot_number: string;
  /** ISO date, YYYY-MM-DD: the lot may be used up to and including this day. */
  expires_on: string;
  specimen_id: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  created_by: string;
}

export interface QcTargetsTable {
  id: Generated<string>;
  instrument_code: string;
  test_code: string;
  lot_id: string;
  mean: number;
  sd: number;
  source: 'manufacturer' | 'established' | 'cumulative';
  established_from: number | null;
  effective_from: Date;
  effective_to: Date | null;
  created_at: CreatedAt;
  created_by: string;
}

export interface QcRunsTable {
  id: Generated<string>;
  instrument_code: string;
  test_code: string;
  source: 'manual' | 'instrument';
  decision: 'accept' | 'warn' | 'reject';
  rules: string[];
  violations: Json<unknown[]>;
  started_at: Date;
  measured_at: Date;
  comment: string | null;
  entered_by: string;
  created_at: CreatedAt;
}

export interface QcObservationsTable {
  id: string;
  run_id: string;
  instrument_code: string;
  test_code: string;
  lot_id: string;
  target_id: string;
  level: string;
  value: number;
  unit: string | null;
  target_mean: number;
  target_sd: number;
  z: number;
  status: 'accepted' | 'rejected' | 'excluded';
  measured_at: Date;
  entered_by: string | null;
  from_instrument: string | null;
  specimen_id: string | null;
  flags: string[];
  exclusion_reason: string | null;
  created_at: CreatedAt;
}

export interface QcRuleSettingsTable {
  instrument_code: string;
  test_code: string;
  rules: string[];
  reset_at_lot_change: boolean;
  run_window_minutes: number;
  choice: 'sigma-accepted' | 'lab-override';
  sigma: number | null;
  reasoning: Json<string[]>;
  inputs: Json<Record<string, unknown>>;
  override_reason: string | null;
  decided_by: string;
  decided_at: Date;
}

export type InstrumentEventKind =
  | 'control-lot-change'
  | 'reagent-lot-change'
  | 'calibrator-lot-change'
  | 'calibration'
  | 'maintenance'
  | 'comment';

export interface InstrumentEventsTable {
  id: Generated<string>;
  instrument_code: string;
  test_code: string | null;
  kind: InstrumentEventKind;
  at: Date;
  description: string;
  lot_number: string | null;
  schedule_id: string | null;
  recorded_by: string;
  created_at: CreatedAt;
}

export interface InstrumentSchedulesTable {
  id: Generated<string>;
  instrument_code: string;
  kind: 'maintenance' | 'calibration';
  test_code: string | null;
  task: string;
  interval_days: number;
  last_done_at: Date | null;
  due_at: Date;
  active: Generated<boolean>;
  created_by: string;
  created_at: CreatedAt;
}

export interface PbrtqcMonitorsTable {
  instrument_code: string;
  test_code: string;
  settings: Json<unknown>;
  enabled: boolean;
  state: Json<unknown>;
  last_statistic: number | null;
  last_result_id: string | null;
  configured_by: string;
  configured_at: Date;
  updated_at: Date;
}

export interface PbrtqcAlarmsTable {
  id: Generated<string>;
  instrument_code: string;
  test_code: string;
  result_id: string | null;
  side: 'high' | 'low';
  statistic: number;
  limit_value: number;
  result_number: number;
  raised_at: Date;
}

export type HoldSource = 'qc' | 'pbrtqc' | 'manual';

export interface InstrumentHoldsTable {
  id: Generated<string>;
  instrument_code: string;
  test_code: string;
  source: HoldSource;
  reason: string;
  held_since: Date;
  qc_run_id: string | null;
  pbrtqc_alarm_id: string | null;
  look_back_from: Date | null;
  placed_by: string;
  lifted_at: Date | null;
  lifted_by: string | null;
  lift_kind: 'corrective-action' | 'override' | null;
  lifting_qc_run_id: string | null;
  override_reason: string | null;
}

export interface QcCorrectiveActionsTable {
  id: Generated<string>;
  hold_id: string;
  cause: string;
  action: string;
  performed_by: string;
  performed_at: Date;
  recorded_by: string;
  created_at: CreatedAt;
}

/** The quality-control tables, merged into `Database` above. */
export interface Database {
  qc_control_materials: QcControlMaterialsTable;
  qc_control_lots: QcControlLotsTable;
  qc_targets: QcTargetsTable;
  qc_runs: QcRunsTable;
  qc_observations: QcObservationsTable;
  qc_rule_settings: QcRuleSettingsTable;
  instrument_events: InstrumentEventsTable;
  instrument_schedules: InstrumentSchedulesTable;
  pbrtqc_monitors: PbrtqcMonitorsTable;
  pbrtqc_alarms: PbrtqcAlarmsTable;
  instrument_holds: InstrumentHoldsTable;
  qc_corrective_actions: QcCorrectiveActionsTable;
}

export type ControlMaterialRow = Selectable<QcControlMaterialsTable>;
export type ControlLotRow = Selectable<QcControlLotsTable>;
export type QcTargetRow = Selectable<QcTargetsTable>;
export type QcRunRow = Selectable<QcRunsTable>;
export type QcObservationRow = Selectable<QcObservationsTable>;
export type NewQcObservation = Insertable<QcObservationsTable>;
export type QcRuleSettingsRow = Selectable<QcRuleSettingsTable>;
export type InstrumentEventRow = Selectable<InstrumentEventsTable>;
export type InstrumentScheduleRow = Selectable<InstrumentSchedulesTable>;
export type PbrtqcMonitorRow = Selectable<PbrtqcMonitorsTable>;
export type PbrtqcAlarmRow = Selectable<PbrtqcAlarmsTable>;
export type InstrumentHoldRow = Selectable<InstrumentHoldsTable>;
export type CorrectiveActionRow = Selectable<QcCorrectiveActionsTable>;

/* Autoverification, review and release (migration 0004-verification). */

export interface RuleSetsTable {
  id: string;
  name: string;
  created_at: CreatedAt;
  created_by: string;
}

export interface RuleSetVersionsTable {
  rule_set_id: string;
  version: number;
  status: 'draft' | 'validated' | 'active' | 'retired';
  rules: Json<unknown>;
  change_note: string;
  drafted_by: string;
  drafted_at: Date;
  validated_by: string | null;
  validated_at: Date | null;
  validation_report: Json<unknown> | null;
  approved_by: string | null;
  approved_at: Date | null;
  approval_note: string | null;
  retired_at: Date | null;
}

export interface ResultDecisionsTable {
  id: Generated<string>;
  result_id: string;
  rule_set_id: string | null;
  rule_set_version: number | null;
  outcome: 'release' | 'hold' | 'rerun' | 'dilute-and-rerun' | 'cancel-and-recollect';
  dilution_factor: number | null;
  decided_by_rule: string | null;
  reasons: Json<unknown>;
  evaluations: Json<unknown>;
  comments: string[];
  reflex_tests: string[];
  report_as: Json<unknown> | null;
  context: Json<unknown> | null;
  decided_at: Date;
}

export interface ResultReleasesTable {
  result_id: string;
  released_at: Date;
  released_by: string;
  by_engine: boolean;
  rule_set_id: string | null;
  rule_set_version: number | null;
  decision_id: string | null;
  reason: string | null;
}

export interface ResultCorrectionsTable {
  result_id: string;
  corrects_result_id: string;
  reason: string;
  corrected_by: string;
  corrected_at: Date;
}

export interface ResultNotificationsTable {
  id: Generated<string>;
  result_id: string;
  kind: 'new' | 'correction';
  created_at: Date;
  sent_at: Date | null;
}

export interface ResultCommentsTable {
  id: Generated<string>;
  result_id: string;
  text: string;
  by_engine: boolean;
  rule_id: string | null;
  written_by: string;
  written_at: Date;
  retracted_by: string | null;
  retracted_at: Date | null;
}

export type ReviewActionKind =
  | 'release'
  | 'hold'
  | 'rerun'
  | 'dilute'
  | 'reflex'
  | 'comment'
  | 'recollect'
  | 'reject-specimen'
  | 'correct'
  | 'notify-critical'
  | 'undo';

export interface ReviewActionsTable {
  id: Generated<string>;
  result_id: string | null;
  specimen_id: string;
  kind: ReviewActionKind;
  by_engine: boolean;
  performed_by: string;
  at: Date;
  reason: string;
  detail: Json<Record<string, unknown>>;
  undoes: string | null;
  undone_by: string | null;
}

export type TestRequestKind = 'rerun' | 'dilution' | 'reflex' | 'recollect';

export interface TestRequestsTable {
  id: Generated<string>;
  specimen_id: string;
  analysis_id: string | null;
  test_code: string;
  kind: TestRequestKind;
  dilution_factor: number | null;
  same_instrument: boolean | null;
  instrument_id: string | null;
  status: 'pending' | 'done' | 'cancelled';
  reason: string;
  by_engine: boolean;
  requested_by: string;
  requested_at: Date;
  source_result_id: string | null;
  fulfilled_by_result_id: string | null;
  fulfilled_at: Date | null;
  cancelled_by: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}

export interface StaffCertificationsTable {
  id: Generated<string>;
  user_id: string;
  body: 'ASCP' | 'AMT';
  credential: 'MLS' | 'MLT' | 'MT' | 'categorical' | 'SBB' | 'PBT' | 'RPT';
  categories: string[];
  disciplines: string[];
  number: string | null;
  /** ISO dates, YYYY-MM-DD. */
  issued_on: string | null;
  expires_on: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface StaffLicencesTable {
  id: Generated<string>;
  user_id: string;
  state: string;
  licence_type: string;
  number: string;
  disciplines: string[];
  issued_on: string | null;
  expires_on: string;
  recorded_by: string;
  recorded_at: Date;
}

export interface CompetencyAssessmentsTable {
  id: Generated<string>;
  user_id: string;
  discipline: string;
  assessed_on: string;
  assessor: string;
  elements: Json<Record<string, boolean>>;
  passed: boolean;
  first_year: boolean;
  next_due_on: string;
  note: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface CriticalCallsTable {
  id: Generated<string>;
  result_id: string;
  patient_id: string;
  specimen_id: string;
  test_code: string;
  value: Json<unknown>;
  unit: string | null;
  direction: 'low' | 'high' | null;
  limit_value: number | null;
  limit_source: string | null;
  reason: string;
  detected_at: Date;
  status: 'open' | 'completed' | 'grouped';
  escalation_level: Generated<number>;
  escalated_at: Date | null;
  notified_person: string | null;
  notified_role: string | null;
  read_back_confirmed: Generated<boolean>;
  completed_by: string | null;
  completed_at: Date | null;
  group_lead_id: string | null;
}

export interface CriticalCallAttemptsTable {
  id: Generated<string>;
  call_id: string;
  at: Date;
  reached: string;
  role: string | null;
  channel: string;
  outcome: string;
  by_user: string;
}

export interface VerificationSettingsTable {
  id: Generated<boolean>;
  settings: Json<unknown>;
  updated_by: string;
  updated_at: Date;
}

/** The verification tables, merged into `Database` above. */
export interface Database {
  rule_sets: RuleSetsTable;
  rule_set_versions: RuleSetVersionsTable;
  result_decisions: ResultDecisionsTable;
  result_releases: ResultReleasesTable;
  result_corrections: ResultCorrectionsTable;
  result_notifications: ResultNotificationsTable;
  result_comments: ResultCommentsTable;
  review_actions: ReviewActionsTable;
  test_requests: TestRequestsTable;
  staff_certifications: StaffCertificationsTable;
  staff_licences: StaffLicencesTable;
  competency_assessments: CompetencyAssessmentsTable;
  critical_calls: CriticalCallsTable;
  critical_call_attempts: CriticalCallAttemptsTable;
  verification_settings: VerificationSettingsTable;
}

export type RuleSetVersionRow = Selectable<RuleSetVersionsTable>;
export type ResultDecisionRow = Selectable<ResultDecisionsTable>;
export type ReviewActionRow = Selectable<ReviewActionsTable>;
export type TestRequestRow = Selectable<TestRequestsTable>;
export type StaffCertificationRow = Selectable<StaffCertificationsTable>;
export type StaffLicenceRow = Selectable<StaffLicencesTable>;
export type CompetencyAssessmentRow = Selectable<CompetencyAssessmentsTable>;
export type CriticalCallRow = Selectable<CriticalCallsTable>;
export type CriticalCallAttemptRow = Selectable<CriticalCallAttemptsTable>;

/** The instrument registry, message journal and unmapped-code queue (migration 0002). */

/** Which instrument code carries which serum index. */
export interface SerumIndexCodes {
  readonly hemolysis?: string;
  readonly icterus?: string;
  readonly lipemia?: string;
}

export interface InstrumentsTable {
  code: string;
  name: string;
  protocol: 'astm' | 'hl7';
  transport: 'tcp-server' | 'tcp-client';
  host: string | null;
  port: number | null;
  charset: 'latin1' | 'utf-8' | 'windows-1252';
  sender_ids: string[];
  qc_patterns: string[];
  /** Instrument codes of the serum-index results: {hemolysis?, icterus?, lipemia?}. */
  serum_index_codes: ColumnType<SerumIndexCodes, SerumIndexCodes | undefined, SerumIndexCodes>;
  contention_priority: 'instrument' | 'computer';
  query_timeout_ms: number;
  active: boolean;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by: string;
}

export interface InstrumentTestCodesTable {
  instrument_code: string;
  instrument_test_code: string;
  test_code: string;
  instrument_unit: string | null;
  factor: number | null;
  runs: boolean;
}

export type JournalDirection = 'in' | 'out';
export type JournalState =
  'accepted' | 'processed' | 'unmapped' | 'failed' | 'queued' | 'sent' | 'acknowledged';

export interface MessageJournalTable {
  id: Generated<string>;
  direction: JournalDirection;
  connection: string;
  instrument_code: string | null;
  protocol: 'astm' | 'hl7';
  message_type: string;
  raw: Uint8Array;
  frames: Uint8Array | null;
  received_at: Date | null;
  sent_at: Date | null;
  control_id: string;
  sender: string;
  state: JournalState;
  error: string | null;
  warnings: ColumnType<string[], string[] | undefined, string[]>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Date | null;
  dedupe_key: string | null;
  reply_to: string | null;
  result_count: ColumnType<number, number | undefined, number>;
  processed_at: Date | null;
  created_at: CreatedAt;
}

export interface UnmappedCodesTable {
  instrument: string;
  kind: 'test' | 'sender' | 'control';
  code: string;
  first_seen: Date;
  last_seen: Date;
  count: number;
  journal_ids: string[];
}

// Declaration merging: these tables join the Database interface above.
export interface Database {
  instruments: InstrumentsTable;
  instrument_test_codes: InstrumentTestCodesTable;
  message_journal: MessageJournalTable;
  unmapped_codes: UnmappedCodesTable;
}

export type InstrumentRow = Selectable<InstrumentsTable>;
export type InstrumentTestCodeRow = Selectable<InstrumentTestCodesTable>;
export type JournalRow = Selectable<MessageJournalTable>;
export type NewJournalRow = Insertable<MessageJournalTable>;
export type UnmappedCodeRow = Selectable<UnmappedCodesTable>;

/* Point-of-care testing (migration 0006) and the EHR's result messages (migration 0007). */

/** One code a point-of-care device sends (its own or a LOINC) and the catalog test it means. */
export interface PoctDeviceTest {
  readonly deviceCode: string;
  readonly testCode: string;
}

export interface PoctDevicesTable {
  code: string;
  device_type: string;
  kind: 'professional' | 'patient';
  model: string;
  serial_number: string;
  location: string;
  patient_id: string | null;
  data_manager: string | null;
  tests: Json<PoctDeviceTest[]>;
  qc_status: Generated<'pass' | 'fail'>;
  qc_checked_at: Date | null;
  qc_interval_hours: number | null;
  active: boolean;
  updated_by: string;
  updated_at: Date;
}

export interface PoctOperatorsTable {
  id: string;
  name: string;
  active: boolean;
  updated_by: string;
  updated_at: Date;
}

export interface PoctCertificationsTable {
  id: Generated<string>;
  operator_id: string;
  device_type: string;
  /** ISO dates, YYYY-MM-DD. */
  certified_on: string;
  expires_on: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface PoctResultsTable {
  id: Generated<string>;
  device_code: string | null;
  device_sent: string;
  operator_id: string | null;
  patient_id: string | null;
  test_code: string | null;
  code_sent: string;
  value: Json<unknown> | null;
  numeric_value: number | null;
  unit: string | null;
  observed_at: Date;
  patient_generated: boolean;
  channel: 'fhir' | 'hl7';
  journal_id: string | null;
  outcome: 'accepted' | 'refused';
  refusal: string | null;
  result_id: string | null;
  received_at: Date;
  received_by: string;
}

export type PoctNotificationKind =
  'operator-locked-out' | 'device-locked-out' | 'discordant' | 'unknown-source';

export interface PoctNotificationsTable {
  id: Generated<string>;
  kind: PoctNotificationKind;
  device_code: string | null;
  operator_id: string | null;
  poct_result_id: string | null;
  message: string;
  detail: Json<Record<string, unknown>>;
  created_at: Date;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
}

export interface ResultNotificationMessagesTable {
  notification_id: string;
  journal_id: string;
}

// Declaration merging: these tables join the Database interface above.
export interface Database {
  poct_devices: PoctDevicesTable;
  poct_operators: PoctOperatorsTable;
  poct_certifications: PoctCertificationsTable;
  poct_results: PoctResultsTable;
  poct_notifications: PoctNotificationsTable;
  result_notification_messages: ResultNotificationMessagesTable;
}

export type PoctDeviceRow = Selectable<PoctDevicesTable>;
export type PoctOperatorRow = Selectable<PoctOperatorsTable>;
export type PoctCertificationRow = Selectable<PoctCertificationsTable>;
export type PoctResultRow = Selectable<PoctResultsTable>;
export type NewPoctResult = Insertable<PoctResultsTable>;
export type PoctNotificationRow = Selectable<PoctNotificationsTable>;
