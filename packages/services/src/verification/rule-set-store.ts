import { LabError } from '@aliquot/domain';
import {
  parseRuleSet,
  RuleSet,
  starterReflexOrderables,
  starterRuleSet,
} from '@aliquot/engines/autoverification';
import {
  activeRuleSetKey,
  activateRuleSetVersion,
  ensureRuleSet,
  findRuleSetVersion,
  insertRuleSetVersion,
  lockRuleSetSeeding,
  nextRuleSetVersion,
  type Executor,
  type RuleSetVersionRow,
} from '@aliquot/storage';
import type { LabContext } from '../use-case.js';
import { runSystemTask } from './system-task.js';

/**
 * Loading stored rule sets for judgement (parsed once per version: a version never changes), the test
 * codes a rule set may name, and the seeding of the starter rule set.
 */

/** The name under which the starter rule set is approved when Aliquot seeds it. */
export const STARTER_APPROVER = 'system (starter rule set)';

/**
 * The codes a rule may name: every test in the catalog, plus the orderables the starter reflex rules
 * send elsewhere (urine culture, smear review). A reflex to a code outside the catalog becomes a request
 * for a person to order it.
 */
export async function knownRuleCodes(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('test_definitions').select('code').execute();
  return [...rows.map((row) => row.code), ...Object.keys(starterReflexOrderables)];
}

const parsed = new Map<string, RuleSet>();

/** A stored version as a rule set; refused (with every problem) if it no longer parses. */
export async function ruleSetOf(
  db: Executor,
  row: Pick<RuleSetVersionRow, 'rule_set_id' | 'version' | 'rules'>,
) {
  const key = `${row.rule_set_id}@${row.version}`;
  const cached = parsed.get(key);
  if (cached !== undefined) return cached;
  const result = parseRuleSet(row.rules, await knownRuleCodes(db));
  if (!result.ok) {
    throw LabError.invalid(`rule set ${row.rule_set_id} v${row.version} does not parse`, result.issues);
  }
  parsed.set(key, result.ruleSet);
  return result.ruleSet;
}

export type ActiveRuleSet =
  { readonly ok: true; readonly ruleSet: RuleSet } | { readonly ok: false; readonly reason: string };

/** The active rule set, or why there is none to judge with. */
export async function activeRuleSet(db: Executor): Promise<ActiveRuleSet> {
  const key = await activeRuleSetKey(db);
  if (key === undefined) {
    return { ok: false, reason: 'no approved rule set is active, so autoverification is off' };
  }
  const cached = parsed.get(`${key.rule_set_id}@${key.version}`);
  if (cached !== undefined) return { ok: true, ruleSet: cached };
  const row = await findRuleSetVersion(db, key.rule_set_id, key.version);
  if (row === undefined) return { ok: false, reason: 'the active rule set could not be read' };
  try {
    return { ok: true, ruleSet: await ruleSetOf(db, row) };
  } catch (error) {
    return {
      ok: false,
      reason: `the active rule set ${key.rule_set_id} v${key.version} no longer parses (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** A rule set with its version set to the one it is stored under. */
export const withVersion = (ruleSet: RuleSet, version: number): RuleSet =>
  RuleSet.create({ ...ruleSet, version });

/**
 * At startup: when no rule set is active, the starter rule set becomes the active version, approved by
 * "system (starter rule set)" and audited as such. Returns the version seeded, or undefined.
 */
export async function ensureStarterRuleSet(lab: LabContext): Promise<number | undefined> {
  return runSystemTask(lab, STARTER_APPROVER, async ({ tx, now, audit }) => {
    await lockRuleSetSeeding(tx);
    if ((await activeRuleSetKey(tx)) !== undefined) return undefined;
    const known = await knownRuleCodes(tx);
    const check = parseRuleSet(JSON.parse(JSON.stringify(starterRuleSet)), known);
    if (!check.ok) {
      throw LabError.invalid('the starter rule set does not fit this catalog', check.issues);
    }
    await ensureRuleSet(tx, starterRuleSet.id, starterRuleSet.name, STARTER_APPROVER);
    const version = await nextRuleSetVersion(tx, starterRuleSet.id);
    const ruleSet = withVersion(check.ruleSet, version);
    const note =
      'Starter rule set as shipped with Aliquot, made active because no rule set was. Its thresholds marked ' +
      '[U] are illustrative: the laboratory director must replace them, validate by replay and approve the ' +
      "lab's own version before go-live.";
    await insertRuleSetVersion(tx, {
      rule_set_id: ruleSet.id,
      version,
      status: 'validated',
      rules: ruleSet,
      change_note: note,
      drafted_by: STARTER_APPROVER,
      drafted_at: now,
      validated_by: STARTER_APPROVER,
      validated_at: now,
      validation_report: {
        note: 'validated by the engine scenario tests shipped with Aliquot, not on this lab',
      },
      approved_by: null,
      approved_at: null,
      approval_note: null,
    });
    await activateRuleSetVersion(tx, ruleSet.id, version, { by: STARTER_APPROVER, at: now, note });
    audit({
      action: 'rules.seed-starter',
      entity: 'rule-set',
      entityId: `${ruleSet.id}@${version}`,
      after: { id: ruleSet.id, version, rules: ruleSet.rules.length, approvedBy: STARTER_APPROVER, note },
    });
    return version;
  });
}
