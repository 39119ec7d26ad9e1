import { LabError } from '@aliquot/domain';
import {
  formatReplayReport,
  parseRuleSet,
  type ReplayReport,
  type RuleSet,
} from '@aliquot/engines/autoverification';
import {
  activateRuleSetVersion,
  activeRuleSetVersion,
  ensureRuleSet,
  findRuleSetVersion,
  insertRuleSetVersion,
  listRuleSetVersions,
  markRuleSetValidated,
  nextRuleSetVersion,
  type RuleSetVersionRow,
  type Tx,
} from '@aliquot/storage';
import { runUseCase, type Actor, type LabContext } from '../use-case.js';
import { diffRuleSets, type RuleSetDiff } from './rule-set-diff.js';
import { noRuleSet, replayOverStoredResults, type ReplayOptions } from './rule-set-replay.js';
import { knownRuleCodes, ruleSetOf, withVersion } from './rule-set-store.js';

/**
 * The rule-set lifecycle: a draft is saved (refused with every problem and its path when it does not
 * parse or names an unknown test), validated by replay against the active version over stored results,
 * and approved by a pathologist or lab director, which makes it the one active version.
 * @see shared/domain/autoverification.md §3 (validation and approval) and §5 (versioned, who/when/why)
 */

export interface RuleSetVersionSummary {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly status: RuleSetVersionRow['status'];
  readonly changeNote: string;
  readonly draftedBy: string;
  readonly draftedAt: string;
  readonly validatedBy: string | null;
  readonly validatedAt: string | null;
  readonly approvedBy: string | null;
  readonly approvedAt: string | null;
  readonly retiredAt: string | null;
}

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

function summary(
  row: Omit<RuleSetVersionRow, 'rules' | 'validation_report' | 'approval_note'> & { name: string },
) {
  return {
    id: row.rule_set_id,
    name: row.name,
    version: row.version,
    status: row.status,
    changeNote: row.change_note,
    draftedBy: row.drafted_by,
    draftedAt: row.drafted_at.toISOString(),
    validatedBy: row.validated_by,
    validatedAt: iso(row.validated_at),
    approvedBy: row.approved_by,
    approvedAt: iso(row.approved_at),
    retiredAt: iso(row.retired_at),
  } satisfies RuleSetVersionSummary;
}

async function versionOrThrow(tx: Tx, id: string, version: number, lock = false) {
  const row = await findRuleSetVersion(tx, id, version, lock);
  if (!row) throw LabError.notFound('Rule set', `${id} v${version}`);
  return row;
}

async function summaryOf(tx: Tx, id: string, version: number): Promise<RuleSetVersionSummary> {
  const row = (await listRuleSetVersions(tx)).find((r) => r.rule_set_id === id && r.version === version);
  if (!row) throw LabError.notFound('Rule set', `${id} v${version}`);
  return summary(row);
}

export async function listRuleSets(lab: LabContext, actor: Actor): Promise<RuleSetVersionSummary[]> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => (await listRuleSetVersions(tx)).map(summary));
}

export interface RuleSetVersionDetail extends RuleSetVersionSummary {
  readonly rules: RuleSet;
  readonly approvalNote: string | null;
  readonly validationReport: unknown;
}

export async function getRuleSetVersion(
  lab: LabContext,
  actor: Actor,
  id: string,
  version: number,
): Promise<RuleSetVersionDetail> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const row = await versionOrThrow(tx, id, version);
    return {
      ...(await summaryOf(tx, id, version)),
      rules: row.rules as RuleSet,
      approvalNote: row.approval_note,
      validationReport: row.validation_report,
    };
  });
}

/** Saves a draft as the next version of its rule set. The version in the JSON is replaced. */
export async function saveRuleSetDraft(
  lab: LabContext,
  actor: Actor,
  input: { readonly rules: unknown; readonly changeNote: string },
): Promise<RuleSetVersionSummary> {
  return runUseCase(lab, actor, 'rules:write', async ({ tx, now, audit }) => {
    if (input.changeNote.trim() === '') {
      throw LabError.invalid('say why the rule set changes', [
        { location: 'changeNote', message: 'required' },
      ]);
    }
    const rules =
      typeof input.rules === 'object' && input.rules !== null && !Array.isArray(input.rules)
        ? { version: 1, ...input.rules }
        : input.rules;
    const parsed = parseRuleSet(rules, await knownRuleCodes(tx));
    if (!parsed.ok) {
      const first = parsed.issues[0];
      throw LabError.invalid(
        `the rule set cannot be saved: ${first ? `${first.location ?? '$'}: ${first.message}` : 'it does not parse'}`,
        parsed.issues,
      );
    }
    await ensureRuleSet(tx, parsed.ruleSet.id, parsed.ruleSet.name, actor.username);
    const version = await nextRuleSetVersion(tx, parsed.ruleSet.id);
    const ruleSet = withVersion(parsed.ruleSet, version);
    await insertRuleSetVersion(tx, {
      rule_set_id: ruleSet.id,
      version,
      status: 'draft',
      rules: ruleSet,
      change_note: input.changeNote,
      drafted_by: actor.username,
      drafted_at: now,
      validated_by: null,
      validated_at: null,
      validation_report: null,
      approved_by: null,
      approved_at: null,
      approval_note: null,
    });
    audit({
      action: 'rules.draft',
      entity: 'rule-set',
      entityId: `${ruleSet.id}@${version}`,
      after: { changeNote: input.changeNote, rules: ruleSet.rules.length },
    });
    return summaryOf(tx, ruleSet.id, version);
  });
}

export interface RuleSetValidation {
  readonly version: RuleSetVersionSummary;
  readonly report: ReplayReport;
  readonly text: string;
}

/**
 * Validates a draft by replaying it and the active version over stored results; the report (per rule:
 * cases seen, fired, held, released; every changed decision) is kept with the version for the approver.
 */
export async function validateRuleSetVersion(
  lab: LabContext,
  actor: Actor,
  id: string,
  version: number,
  options: ReplayOptions = {},
): Promise<RuleSetValidation> {
  return runUseCase(lab, actor, 'rules:write', async ({ tx, now, audit }) => {
    const row = await versionOrThrow(tx, id, version, true);
    if (row.status !== 'draft' && row.status !== 'validated') {
      throw LabError.ruleViolation(`rule set ${id} v${version} is ${row.status}; only a draft is validated`);
    }
    const candidate = await ruleSetOf(tx, row);
    const activeRow = await activeRuleSetVersion(tx);
    const active = activeRow ? await ruleSetOf(tx, activeRow) : noRuleSet;
    const { report, text } = await replayOverStoredResults(tx, candidate, active, options);
    // The text is kept as printed: jsonb does not keep key order, so text made later could differ.
    await markRuleSetValidated(tx, id, version, { by: actor.username, at: now, report: { report, text } });
    audit({
      action: 'rules.validate',
      entity: 'rule-set',
      entityId: `${id}@${version}`,
      after: {
        against: `${active.id}@${active.version}`,
        cases: report.cases,
        differences: report.differences.length,
        newlyHeld: report.newlyHeld,
        newlyReleased: report.newlyReleased,
      },
    });
    return { version: await summaryOf(tx, id, version), report, text };
  });
}

/** The stored validation report of a version, as JSON and as printable text. */
export async function ruleSetValidationReport(
  lab: LabContext,
  actor: Actor,
  id: string,
  version: number,
): Promise<{ report: ReplayReport; text: string }> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const row = await versionOrThrow(tx, id, version);
    const stored = row.validation_report as { report?: ReplayReport; text?: string } | null;
    if (stored?.report === undefined) {
      throw LabError.notFound('Validation report of rule set', `${id} v${version}`);
    }
    return { report: stored.report, text: stored.text ?? formatReplayReport(stored.report) };
  });
}

/** Approval by a pathologist or lab director: the validated version becomes the one active version. */
export async function approveRuleSetVersion(
  lab: LabContext,
  actor: Actor,
  id: string,
  version: number,
  note: string,
): Promise<RuleSetVersionSummary> {
  return runUseCase(lab, actor, 'rules:approve', async ({ tx, now, audit }) => {
    const row = await versionOrThrow(tx, id, version, true);
    if (row.status !== 'validated') {
      throw LabError.ruleViolation(
        row.status === 'draft'
          ? `rule set ${id} v${version} has not been validated; replay it against stored results first`
          : `rule set ${id} v${version} is ${row.status} and cannot be approved`,
      );
    }
    if (note.trim() === '') {
      throw LabError.invalid('the approval needs a note', [{ location: 'note', message: 'required' }]);
    }
    const before = await activeRuleSetVersion(tx);
    await activateRuleSetVersion(tx, id, version, { by: actor.username, at: now, note });
    audit({
      action: 'rules.approve',
      entity: 'rule-set',
      entityId: `${id}@${version}`,
      before: before ? { active: `${before.rule_set_id}@${before.version}` } : null,
      after: { active: `${id}@${version}`, approvedBy: actor.username, note },
    });
    return summaryOf(tx, id, version);
  });
}

export async function diffRuleSetVersions(
  lab: LabContext,
  actor: Actor,
  from: { readonly id: string; readonly version: number },
  to: { readonly id: string; readonly version: number },
): Promise<RuleSetDiff> {
  return runUseCase(lab, actor, 'read', async ({ tx }) => {
    const before = await ruleSetOf(tx, await versionOrThrow(tx, from.id, from.version));
    const after = await ruleSetOf(tx, await versionOrThrow(tx, to.id, to.version));
    return diffRuleSets(before, after);
  });
}
