import type { CompetencyElement } from '@aliquot/domain';

/** The six CLIA elements of a competency assessment, as the regulation names them (42 CFR 493.1451(b)(8)). */
export const competencyElementLabel = {
  'direct-observation': 'Direct observation of routine patient testing',
  'monitoring-reporting': 'Monitoring the recording and reporting of results',
  'record-review': 'Review of worksheets, QC, proficiency testing and maintenance records',
  'maintenance-observation': 'Direct observation of instrument maintenance and function checks',
  'blind-samples': 'Testing previously analysed specimens, blind samples or PT samples',
  'problem-solving': 'Problem-solving skills',
} as const satisfies Record<CompetencyElement, string>;
