import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as instruments from './0002-instruments.js';
import * as qualityControl from './0003-quality-control.js';
import * as verification from './0004-verification.js';
import * as fhirIndexes from './0005-fhir-indexes.js';
import * as pointOfCare from './0006-point-of-care.js';
import * as ehrResultMessages from './0007-ehr-result-messages.js';
import * as fhirCollectionSource from './0008-fhir-collection-source.js';
import * as changeNotifications from './0009-change-notifications.js';
import * as serumIndexCodes from './0010-serum-index-codes.js';

/**
 * Every migration, in order. Migrations are forward-only: once released, a migration is never edited;
 * a change is a new migration appended here.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001-foundation': foundation,
  '0002-instruments': instruments,
  '0003-quality-control': qualityControl,
  '0004-verification': verification,
  '0005-fhir-indexes': fhirIndexes,
  '0006-point-of-care': pointOfCare,
  '0007-ehr-result-messages': ehrResultMessages,
  '0008-fhir-collection-source': fhirCollectionSource,
  '0009-change-notifications': changeNotifications,
  '0010-serum-index-codes': serumIndexCodes,
};
