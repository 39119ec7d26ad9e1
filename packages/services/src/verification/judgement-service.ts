import {
  combine,
  evaluate,
  reviewSpecimen,
  type Decision,
  type ResultContext,
  type RuleEvaluation,
} from '@aliquot/engines/autoverification';
import { insertDecisions, specimenHoldCauses, type Tx } from '@aliquot/storage';
import { TransactionMemo } from '../transaction-memo.js';
import type { UnitOfWork } from '../use-case.js';
import { openCriticalCall } from './critical-call-opening.js';
import { contextToJson } from './decision-context-json.js';
import { applyDecision, ENGINE, type JudgedDecision } from './engine-actions.js';
import {
  buildResultContext,
  readForJudging,
  type JudgedResultFacts,
  type JudgementReads,
} from './result-context-builder.js';
import { noRuleSet } from './rule-set-replay.js';
import { qcStateFor } from './qc-state.js';
import { activeRuleSet, type ActiveRuleSet } from './rule-set-store.js';
import { readVerificationSettings, type VerificationSettings } from './verification-settings.js';

/**
 * Judging a result the moment it is recorded, in the same transaction: the engine decides with the
 * active rule set, the decision (every rule evaluated, the rule-set version, the context judged) is
 * stored, and the decision is carried out.
 */

/**
 * The active rule set and the settings, read once per transaction: an analyzer message records all its
 * results in one, and they are judged under the same rules.
 */
const activeRuleSets = new TransactionMemo<ActiveRuleSet>();
const settingsInForce = new TransactionMemo<VerificationSettings>();
const activeRuleSetOf = (tx: Tx): Promise<ActiveRuleSet> =>
  activeRuleSets.get(tx, '', () => activeRuleSet(tx));
const settingsOf = (tx: Tx): Promise<VerificationSettings> =>
  settingsInForce.get(tx, '', () => readVerificationSettings(tx));

/** A guard of the service, in front of the rule set: it holds and says why. */
function serviceGuard(ruleId: string, ruleName: string, sentence: string): RuleEvaluation {
  return {
    ruleId,
    ruleName,
    stage: 'integrity',
    fired: true,
    sentence,
    facts: [],
    outcomes: [{ kind: 'hold' }],
  };
}

function decide(
  context: ResultContext,
  ruleSet: Parameters<typeof evaluate>[0],
  guards: readonly RuleEvaluation[],
): Decision {
  const decision = evaluate(ruleSet, context);
  if (guards.length === 0) return decision;
  return combine(
    {
      ruleSetId: decision.ruleSetId,
      ruleSetVersion: decision.ruleSetVersion,
      testCode: decision.testCode,
      ...(decision.resultId === undefined ? {} : { resultId: decision.resultId }),
      decidedAt: decision.decidedAt,
    },
    [...guards, ...decision.evaluations],
  );
}

/** The engine's context, with the QC state of the instrument × test for a result from an instrument. */
async function contextWithQc(
  uow: UnitOfWork,
  facts: JudgedResultFacts,
  reads: JudgementReads,
): Promise<ResultContext> {
  const instrument = facts.result.instrument_id;
  const qc =
    facts.qc ??
    (instrument === null
      ? undefined
      : await qcStateFor(uow.tx, instrument, facts.analysis.test_code, facts.now));
  return buildResultContext(uow.tx, qc === undefined ? facts : { ...facts, qc }, reads);
}

export interface Judgement extends JudgedDecision {
  readonly status: 'final' | 'held';
}

/** A result decided but not yet acted on, with what it was decided under. */
interface Decided {
  readonly facts: JudgedResultFacts;
  readonly decision: Decision;
  readonly context: ResultContext;
  readonly active: ActiveRuleSet;
  readonly settings: VerificationSettings;
}

async function decideResult(
  uow: UnitOfWork,
  facts: JudgedResultFacts,
  reads: JudgementReads,
): Promise<Decided> {
  const { tx } = uow;
  const [active, settings, context] = await Promise.all([
    activeRuleSetOf(tx),
    settingsOf(tx),
    contextWithQc(uow, facts, reads),
  ]);
  const guards: RuleEvaluation[] = [];
  if (!active.ok) {
    guards.push(
      serviceGuard(
        'service.no-active-rule-set',
        'No active rule set',
        `${active.reason}: a person reviews every result`,
      ),
    );
  }
  const released = facts.previous?.status === 'final' || facts.previous?.status === 'corrected';
  if (released && facts.previous) {
    guards.push(
      serviceGuard(
        'service.already-released',
        'A released result exists',
        `version ${facts.previous.version} of ${facts.analysis.test_code} was already released; a new value replaces it only by a correction with a reason`,
      ),
    );
  }
  const ruleSet = active.ok ? active.ruleSet : noRuleSet;
  return { facts, decision: decide(context, ruleSet, guards), context, active, settings };
}

/** Carries out a stored decision. */
async function actOn(uow: UnitOfWork, decided: StoredDecision): Promise<Judgement> {
  const { facts, decision, active, settings, decisionId: stored } = decided;
  const judged: JudgedDecision = {
    decision,
    decisionId: stored,
    ...(active.ok ? { ruleSet: { id: active.ruleSet.id, version: active.ruleSet.version } } : {}),
  };
  const status = await applyDecision(uow, facts, judged, settings);
  uow.audit({
    action: status === 'final' ? 'result.autoverify.release' : 'result.autoverify.hold',
    entity: 'result',
    entityId: facts.result.id,
    after: {
      by: ENGINE,
      ruleSet: judged.ruleSet ? `${judged.ruleSet.id}@${judged.ruleSet.version}` : null,
      decisionId: stored,
      disposition: decision.disposition,
      reasons: decision.reasons.map((reason) => reason.ruleId),
    },
  });
  return { ...judged, status };
}

/**
 * Judges a newly recorded result version and acts on the decision. `previous` is the version it
 * follows, if any: a new value for a result already released is held (it needs a correction).
 */
export async function judgeResult(uow: UnitOfWork, facts: JudgedResultFacts): Promise<Judgement> {
  const [judgement] = await judgeResults(uow, [facts]);
  if (judgement === undefined) throw new Error('a judged result has no judgement');
  return judgement;
}

/**
 * Judges results recorded together (one analyzer message): each alone, each seeing all the others of
 * its specimen, then each specimen's results together — a specimen whose identity is in doubt holds
 * every result of it, those of earlier messages still held for that reason included. Judgements are in
 * the order of `facts`.
 */
export async function judgeResults(
  uow: UnitOfWork,
  facts: readonly JudgedResultFacts[],
): Promise<Judgement[]> {
  const reads = await readForJudging(uow.tx, facts);
  const decided: Decided[] = [];
  for (const one of facts) decided.push(await decideResult(uow, one, reads));
  const bySpecimen = new Map<string, number[]>();
  decided.forEach((d, at) => {
    const list = bySpecimen.get(d.facts.specimen.id) ?? [];
    list.push(at);
    bySpecimen.set(d.facts.specimen.id, list);
  });
  for (const [specimenId, positions] of bySpecimen) {
    const first = decided[positions[0] ?? 0];
    if (first === undefined) continue;
    const earlier = (await specimenHoldCauses(uow.tx, specimenId)).flatMap((row) =>
      row.causes.map((cause) => ({ testCode: row.test_code, ruleName: cause.ruleName })),
    );
    const reviewed = reviewSpecimen(
      positions.map((at) => decided[at]?.decision).filter((d) => d !== undefined),
      earlier,
      first.settings,
    );
    positions.forEach((at, n) => {
      const d = decided[at];
      const decision = reviewed[n];
      if (d !== undefined && decision !== undefined) decided[at] = { ...d, decision };
    });
  }
  const judgements: Judgement[] = [];
  for (const d of await storeDecisions(uow, decided)) judgements.push(await actOn(uow, d));
  return judgements;
}

interface StoredDecision extends Decided {
  readonly decisionId: string;
}

/**
 * Stores the decisions on results judged together in one statement, each with every rule evaluated, the
 * rule-set version and the context judged.
 */
async function storeDecisions(uow: UnitOfWork, decided: readonly Decided[]): Promise<StoredDecision[]> {
  const ids = await insertDecisions(
    uow.tx,
    decided.map(({ facts, decision, context, active }) => ({
      result_id: facts.result.id,
      rule_set_id: active.ok ? decision.ruleSetId : null,
      rule_set_version: active.ok ? decision.ruleSetVersion : null,
      outcome: decision.disposition.kind,
      dilution_factor: decision.disposition.kind === 'dilute-and-rerun' ? decision.disposition.factor : null,
      decided_by_rule: decision.decidedByRule ?? null,
      // jsonb arrays go as JSON text: the driver would send a JavaScript array as a PostgreSQL array.
      reasons: JSON.stringify(decision.reasons),
      evaluations: JSON.stringify(decision.evaluations),
      comments: [...decision.comments],
      reflex_tests: [...decision.reflexTests],
      report_as: decision.reportAs ?? null,
      context: contextToJson(context),
      decided_at: decision.decidedAt,
    })),
  );
  return decided.map((d) => {
    const decisionId = ids.get(d.facts.result.id);
    if (decisionId === undefined)
      throw new Error(`the decision on result ${d.facts.result.id} was not stored`);
    return { ...d, decisionId };
  });
}

/**
 * Judges a corrected value for the record only: the decision is stored with its rule-set version and a
 * critical value still opens a call, but the person's correction stands (it is released already).
 */
export async function judgeCorrection(uow: UnitOfWork, facts: JudgedResultFacts): Promise<JudgedDecision> {
  const { tx } = uow;
  const [active, settings, context] = await Promise.all([
    activeRuleSetOf(tx),
    settingsOf(tx),
    readForJudging(tx, [facts]).then((reads) => contextWithQc(uow, facts, reads)),
  ]);
  const ruleSet = active.ok ? active.ruleSet : noRuleSet;
  const decision = evaluate(ruleSet, context);
  const [stored] = await storeDecisions(uow, [{ facts, decision, context, active, settings }]);
  if (stored === undefined) throw new Error('a decision was not stored');
  const { decisionId } = stored;
  if (decision.callTask !== undefined) {
    await openCriticalCall(uow, {
      task: decision.callTask,
      result: facts.result,
      specimen: facts.specimen,
      settings,
    });
  }
  return {
    decision,
    decisionId,
    ...(active.ok ? { ruleSet: { id: ruleSet.id, version: ruleSet.version } } : {}),
  };
}
