import type { components, paths } from '../api/schema.js';

/** The training contract's shapes, from the generated OpenAPI types, and the decisions in words. */
export type TrainingSession = components['schemas']['TrainingSession'];
export type TrainingCase = components['schemas']['TrainingCase'];
export type TrainingFeedback = NonNullable<components['schemas']['TrainingFeedback']>;
export type TrainingScore = components['schemas']['TrainingScore'];
export type TrainingResult = TrainingCase['results'][number];
export type SessionSummary =
  paths['/api/training/sessions']['get']['responses'][200]['content']['application/json']['items'][number];
export type Scenario =
  paths['/api/training/scenarios']['get']['responses'][200]['content']['application/json']['items'][number];

export type TrainingDecision = TrainingFeedback['decision'];

/** The four decisions in the order they are offered, each with its key and what it does. */
export const trainingDecisions: readonly {
  readonly decision: TrainingDecision;
  readonly key: string;
  readonly label: string;
  readonly hint: string;
  readonly color: string;
}[] = [
  { decision: 'release', key: 'R', label: 'Release', hint: 'Report as measured', color: 'teal.9' },
  { decision: 'rerun', key: 'U', label: 'Rerun', hint: 'Measure again', color: 'blue.9' },
  { decision: 'reject', key: 'J', label: 'Reject specimen', hint: 'Ask for a new tube', color: 'red.9' },
  { decision: 'call', key: 'C', label: 'Call critical', hint: 'Verify and phone it', color: 'grape.9' },
];

export function decisionLabel(decision: TrainingDecision): string {
  return trainingDecisions.find((d) => d.decision === decision)?.label ?? decision;
}

/** "7 of 12 (58 %)", or "—" when nothing was decided. */
export function scoreText(score: Pick<TrainingScore, 'correct' | 'decided'>): string {
  if (score.decided === 0) return '—';
  return `${score.correct} of ${score.decided} (${Math.round((score.correct / score.decided) * 100)} %)`;
}

/** The first case still to decide, or undefined when the session is finished. */
export function nextOpenCase(session: TrainingSession): TrainingCase | undefined {
  return session.cases.find((c) => c.feedback === null);
}
