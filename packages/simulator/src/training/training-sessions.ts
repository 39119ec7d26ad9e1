import { randomUUID } from 'node:crypto';
import { LabError } from '@aliquot/domain';
import { MEASUREMENT_FAULTS, SPECIMEN_FAULTS } from '../faults/fault-kinds.js';
import { SimRandom } from '../random/sim-random.js';
import type { CatalogView } from '../run/lab-plan.js';
import type { Scenario } from '../scenario/scenario-types.js';
import { makeCase, type CasePlan, type TrainingCase } from './training-cases.js';
import {
  gradeDecision,
  type CaseAnswer,
  type CaseFeedback,
  type TrainingDecision,
} from './training-grader.js';

export interface TrainingScore {
  readonly cases: number;
  readonly decided: number;
  readonly correct: number;
  /** Correct or defensible. */
  readonly acceptable: number;
  /** Spoiled specimens or measurements the trainee released. */
  readonly errorsReleased: number;
  /** Clean specimens the trainee held back (rerun or rejected). */
  readonly needlessHolds: number;
  readonly criticalCases: number;
  readonly criticalsCalled: number;
  /** By the right decision: how many cases, how many got it. */
  readonly byExpected: Readonly<Record<TrainingDecision, { cases: number; correct: number }>>;
}

/** The grader's feedback on a decided case, with the trainee's comment on the decision. */
export interface DecidedCase extends CaseFeedback {
  readonly comment: string | null;
}

/** A session in a list: who, which scenario, when, and the score so far. */
export interface TrainingSessionSummary {
  readonly id: string;
  readonly scenario: string;
  readonly trainee: string;
  readonly createdAt: string;
  readonly score: TrainingScore;
}

export interface TrainingSessionView {
  readonly id: string;
  readonly scenario: string;
  readonly trainee: string;
  readonly createdAt: string;
  /** Each case, and the feedback once decided (the answer is shown only then). */
  readonly cases: readonly (TrainingCase & { readonly feedback: DecidedCase | null })[];
  readonly score: TrainingScore;
}

interface Session {
  readonly id: string;
  readonly scenario: string;
  readonly trainee: string;
  readonly createdAt: Date;
  readonly cases: {
    readonly view: TrainingCase;
    readonly answer: CaseAnswer;
    feedback: DecidedCase | null;
  }[];
}

/** The case mix of a session: a share clean, some critical, the rest the scenario's own faults. */
function planCases(scenario: Scenario, count: number, random: SimRandom): CasePlan[] {
  const tube = SPECIMEN_FAULTS.filter(
    (f) => (scenario.faults.tubeRates[f] ?? 0) > 0 || scenario.faults.scripted.some((s) => s.kind === f),
  );
  const measure = MEASUREMENT_FAULTS.filter(
    (f): f is Exclude<typeof f, 'over-range'> =>
      f !== 'over-range' && (scenario.faults.measurementRates[f] ?? 0) > 0,
  );
  const faultPlans: CasePlan[] = [
    ...(tube.length ? tube : SPECIMEN_FAULTS).map((fault) => ({ kind: 'tube', fault }) as const),
    ...(measure.length ? measure : (['instrument-error-flag', 'random-error'] as const)).map(
      (fault) => ({ kind: 'measurement', fault }) as const,
    ),
    ...((scenario.faults.tubeRates['over-range'] ?? 0) > 0 || tube.length === 0
      ? [{ kind: 'over-range' } as const]
      : []),
  ];
  const plans: CasePlan[] = [];
  const critical = Math.max(1, Math.round(count * 0.15));
  const faulty = Math.max(1, Math.round(count * 0.45));
  for (let i = 0; i < critical; i++) plans.push({ kind: 'critical' });
  for (let i = 0; i < faulty; i++) plans.push(faultPlans[i % faultPlans.length] ?? { kind: 'clean' });
  while (plans.length < count) plans.push({ kind: 'clean' });
  return random.shuffle(plans.slice(0, count));
}

function score(session: Session): TrainingScore {
  const byExpected = {
    release: { cases: 0, correct: 0 },
    rerun: { cases: 0, correct: 0 },
    reject: { cases: 0, correct: 0 },
    call: { cases: 0, correct: 0 },
  };
  let decided = 0;
  let correct = 0;
  let acceptable = 0;
  let errorsReleased = 0;
  let needlessHolds = 0;
  let criticalsCalled = 0;
  for (const c of session.cases) {
    const slot = byExpected[c.answer.expected];
    slot.cases++;
    const f = c.feedback;
    if (!f) continue;
    decided++;
    if (f.correct) {
      correct++;
      slot.correct++;
    }
    if (f.acceptable) acceptable++;
    if (c.answer.faults.length > 0 && f.decision === 'release') errorsReleased++;
    if (c.answer.expected === 'release' && (f.decision === 'rerun' || f.decision === 'reject'))
      needlessHolds++;
    if (c.answer.expected === 'call' && f.decision === 'call') criticalsCalled++;
  }
  return {
    cases: session.cases.length,
    decided,
    correct,
    acceptable,
    errorsReleased,
    needlessHolds,
    criticalCases: byExpected.call.cases,
    criticalsCalled,
    byExpected,
  };
}

/**
 * Training in a sandbox: a scenario's kinds of specimens put before a trainee as review cases, made by
 * the same biology, faults and analyzers as a run but never written to any patient record. Each
 * decision (release, rerun, reject, call) is graded against the ground truth with feedback. Sessions
 * live in the server's memory (a restart ends them) and belong to the trainee who started them.
 */
export class TrainingSessions {
  readonly #sessions = new Map<string, Session>();

  constructor(readonly options: { readonly maxSessions?: number; readonly now?: () => Date } = {}) {}

  create(input: {
    trainee: string;
    scenario: Scenario;
    catalog: CatalogView;
    cases?: number;
    seed?: number;
  }): TrainingSessionView {
    const count = Math.min(50, Math.max(1, input.cases ?? 12));
    const now = this.options.now?.() ?? new Date();
    const random = new SimRandom(input.seed ?? input.scenario.seed);
    const cases: Session['cases'] = [];
    planCases(input.scenario, count, random.fork('plan')).forEach((plan, i) => {
      const id = String(i + 1).padStart(2, '0');
      const made =
        makeCase(
          {
            catalog: input.catalog,
            population: input.scenario.population,
            random: random.fork(`case-${id}`),
            now,
          },
          id,
          plan,
        ) ??
        makeCase(
          {
            catalog: input.catalog,
            population: input.scenario.population,
            random: random.fork(`clean-${id}`),
            now,
          },
          id,
          { kind: 'clean' },
        );
      if (made) cases.push({ view: made.case, answer: made.answer, feedback: null });
    });
    const session: Session = {
      id: randomUUID(),
      scenario: input.scenario.name,
      trainee: input.trainee,
      createdAt: now,
      cases,
    };
    this.#sessions.set(session.id, session);
    const max = this.options.maxSessions ?? 200;
    for (const id of this.#sessions.keys()) {
      if (this.#sessions.size <= max) break;
      this.#sessions.delete(id);
    }
    return this.#view(session);
  }

  /** A trainee's own session, or anyone's for an educator (`anyTrainee`). */
  get(id: string, trainee: string, options: { readonly anyTrainee?: boolean } = {}): TrainingSessionView {
    if (options.anyTrainee) {
      const session = this.#sessions.get(id);
      if (!session) throw LabError.notFound('Training session', id);
      return this.#view(session);
    }
    return this.#view(this.#own(id, trainee));
  }

  /** A trainee's sessions, or every trainee's when `trainee` is undefined (for educators), oldest first. */
  list(trainee: string | undefined): TrainingSessionSummary[] {
    return [...this.#sessions.values()]
      .filter((s) => trainee === undefined || s.trainee === trainee)
      .map((s) => ({
        id: s.id,
        scenario: s.scenario,
        trainee: s.trainee,
        createdAt: s.createdAt.toISOString(),
        score: score(s),
      }));
  }

  /**
   * Records the trainee's decision on a case, with their comment, and returns the feedback; a case is
   * decided once.
   */
  decide(
    id: string,
    trainee: string,
    caseId: string,
    decision: TrainingDecision,
    comment?: string,
  ): DecidedCase {
    const session = this.#own(id, trainee);
    const c = session.cases.find((x) => x.view.id === caseId);
    if (!c) throw LabError.notFound('Training case', caseId);
    if (c.feedback) throw LabError.conflict(`case ${caseId} was already decided (${c.feedback.decision})`);
    c.feedback = { ...gradeDecision(decision, c.answer), comment: comment?.trim() || null };
    return c.feedback;
  }

  #own(id: string, trainee: string): Session {
    const session = this.#sessions.get(id);
    if (!session) throw LabError.notFound('Training session', id);
    if (session.trainee !== trainee)
      throw LabError.forbidden('this training session belongs to another trainee');
    return session;
  }

  #view(session: Session): TrainingSessionView {
    return {
      id: session.id,
      scenario: session.scenario,
      trainee: session.trainee,
      createdAt: session.createdAt.toISOString(),
      cases: session.cases.map((c) => ({ ...c.view, feedback: c.feedback })),
      score: score(session),
    };
  }
}
