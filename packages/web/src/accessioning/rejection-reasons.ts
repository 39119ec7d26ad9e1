import type { RejectionReason } from '@aliquot/domain';

/** What each rejection code means at the bench. @see shared/domain/workflow.md §3 */
export const rejectionReasonLabel = {
  mislabeled: 'Mislabeled',
  unlabeled: 'Unlabeled',
  'identification-mismatch': 'Identification mismatch (label ≠ order ≠ patient)',
  hemolyzed: 'Hemolyzed',
  clotted: 'Clotted',
  'quantity-not-sufficient': 'Quantity not sufficient (QNS)',
  underfilled: 'Under-/over-filled tube',
  'wrong-container': 'Wrong tube or additive',
  'stability-exceeded': 'Stability exceeded or wrong temperature',
  contaminated: 'Contaminated',
  leaking: 'Leaking or broken container',
  'missing-requisition': 'Missing requisition data',
} as const satisfies Record<RejectionReason, string>;

/** A rejection event's reason as a person reads it; unknown codes are shown as they are. */
export function rejectionText(reason: unknown): string {
  const code = typeof reason === 'string' ? reason : '';
  return code in rejectionReasonLabel ? rejectionReasonLabel[code as RejectionReason] : code || 'no reason';
}
