/**
 * Clinical events that explain a change between two results, so that a delta check is not raised for
 * them: dialysis between two creatinines, a transfusion between two haemoglobins, surgery.
 * @see shared/domain/delta-and-critical.md §3 (exclusions to support)
 */

export const ClinicalContextKind = {
  dialysis: 'dialysis',
  transfusion: 'transfusion',
  postOperative: 'post-op',
  ivFluids: 'iv-fluids',
  pediatricGrowth: 'pediatric-growth',
  chemotherapy: 'chemotherapy',
} as const;
export type ClinicalContextKind = (typeof ClinicalContextKind)[keyof typeof ClinicalContextKind];

/** One episode, e.g. a dialysis session; an episode without `to` is still going on. */
export interface ClinicalContext {
  readonly kind: ClinicalContextKind;
  readonly from: Date;
  readonly to?: Date;
  readonly note?: string;
}

/** Whether an episode overlaps the interval [from, to]. */
export function contextOverlaps(context: ClinicalContext, from: Date, to: Date): boolean {
  const endsAt = context.to?.getTime() ?? Number.POSITIVE_INFINITY;
  return context.from.getTime() <= to.getTime() && endsAt >= from.getTime();
}

/** Whether an episode is going on at an instant. */
export function contextActiveAt(context: ClinicalContext, at: Date): boolean {
  return contextOverlaps(context, at, at);
}
