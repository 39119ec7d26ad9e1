import { guardLadder, type EscalationLadder, defaultEscalationLadder } from '@aliquot/engines/critical';
import { LabError, type LabErrorIssue } from '@aliquot/domain';
import { saveVerificationSettings, verificationSettingsRow, type Executor } from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';

/**
 * The lab's verification policy. Every field has a default, so a lab that never set it still works;
 * changing it is a director's decision (`rules:approve`) and is audited.
 */
export interface VerificationSettings {
  /** The verifier must differ from whoever entered the result or asked for its rerun. */
  readonly fourEyes: boolean;
  /** The state whose licence staff need to release results, when the lab is in a licensure state. */
  readonly licenceState?: string;
  /** Whom to call for a critical result, and when an unanswered call moves up. */
  readonly escalationLadder: EscalationLadder;
  /** Repeated criticals of one patient and analyte within this many minutes join the first call. */
  readonly criticalGroupingMinutes: number;
  /** Supervisors are alerted this many days before a credential expires or a competency falls due. */
  readonly credentialAlertDays: number;
  /** Delta failures on this many analytes of one specimen hold all its results (possible WBIT); 0: off. */
  readonly deltaFailuresToHoldSpecimen: number;
}

export const defaultVerificationSettings: VerificationSettings = Object.freeze({
  fourEyes: false,
  escalationLadder: defaultEscalationLadder,
  criticalGroupingMinutes: 120,
  credentialAlertDays: 30,
  deltaFailuresToHoldSpecimen: 2,
});

function checkSettings(settings: VerificationSettings): void {
  const issues: LabErrorIssue[] = [];
  const ladder = guardLadder(settings.escalationLadder);
  if (!ladder.ok) issues.push({ location: 'escalationLadder', message: ladder.reason });
  if (settings.licenceState !== undefined && !/^[A-Z]{2}$/.test(settings.licenceState)) {
    issues.push({ location: 'licenceState', message: 'use the two-letter state code, e.g. CA' });
  }
  if (!(settings.criticalGroupingMinutes >= 0 && settings.criticalGroupingMinutes <= 24 * 60)) {
    issues.push({ location: 'criticalGroupingMinutes', message: 'use 0 to 1440 minutes' });
  }
  if (!(settings.credentialAlertDays >= 0 && settings.credentialAlertDays <= 365)) {
    issues.push({ location: 'credentialAlertDays', message: 'use 0 to 365 days' });
  }
  if (!(
    Number.isInteger(settings.deltaFailuresToHoldSpecimen) && settings.deltaFailuresToHoldSpecimen >= 0
  )) {
    issues.push({ location: 'deltaFailuresToHoldSpecimen', message: 'use a whole number, 0 to turn it off' });
  }
  if (issues.length > 0) throw LabError.invalid('the verification settings are not valid', issues);
}

/** The settings in force: the stored ones over the defaults. */
export async function readVerificationSettings(db: Executor): Promise<VerificationSettings> {
  const row = await verificationSettingsRow(db);
  return { ...defaultVerificationSettings, ...((row?.settings ?? {}) as Partial<VerificationSettings>) };
}

export async function getVerificationSettings(lab: LabContext, actor: Actor): Promise<VerificationSettings> {
  return runUseCase(lab, actor, 'read', ({ tx }) => readVerificationSettings(tx));
}

export async function updateVerificationSettings(
  lab: LabContext,
  actor: Actor,
  changes: Partial<VerificationSettings>,
): Promise<VerificationSettings> {
  return runUseCase(lab, actor, 'rules:approve', async ({ tx, now, audit }) => {
    const before = await readVerificationSettings(tx);
    const after: VerificationSettings = { ...before, ...changes };
    checkSettings(after);
    await saveVerificationSettings(tx, after, actor.username, now);
    audit({ action: 'verification.settings', entity: 'settings', entityId: 'verification', before, after });
    return after;
  });
}
