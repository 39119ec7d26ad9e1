import { Badge, Checkbox, Group, Text } from '@mantine/core';
import { memo, type KeyboardEvent } from 'react';
import { ResultFlags } from '../specimens/result-flags';
import { valueWithUnit } from '../ui/format';
import { IdentityBadge } from '../ui/identity-badge';
import { ResultContext } from '../ui/result-context';
import { specimenHold } from '../ui/specimen-hold';
import { PriorityBadge } from '../ui/state-badge';
import { HistorySparkline } from './history-sparkline';
import { latestDelta, type ReviewRow } from './review-rows';

const qcColor = { accepted: 'teal.9', warning: 'yellow.4', rejected: 'red.9', none: 'gray.7' } as const;

/**
 * One held result on the worklist: focusable, selectable, with reasons, history, QC and analyzer flags.
 * Memoised, with callbacks that take the row, so scrolling draws only the rows that come into view.
 */
export const ReviewRowView = memo(function ReviewRowView({
  row,
  rowIndex,
  focused,
  selected,
  onFocus,
  onToggle,
  onKeyDown,
}: {
  readonly row: ReviewRow;
  /** Its place in the whole grid (the header is 1), so a virtualised row still says where it is. */
  readonly rowIndex: number;
  readonly focused: boolean;
  readonly selected: boolean;
  readonly onFocus: (index: number) => void;
  readonly onToggle: (resultId: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>, row: ReviewRow) => void;
}) {
  const { specimen, result } = row;
  const delta = latestDelta(result);
  const history = result.history.map((h) => h.value);
  const identity = specimenHold(result.reasons);
  return (
    <div
      role="row"
      tabIndex={focused ? 0 : -1}
      aria-selected={selected}
      aria-rowindex={rowIndex}
      aria-label={`${result.testCode} ${specimen.accessionNumber}`}
      data-testid={`review-row-${specimen.accessionNumber}-${result.testCode}`}
      className="review-row"
      data-focused={focused || undefined}
      onFocus={() => onFocus(rowIndex - 2)}
      onKeyDown={(event) => onKeyDown(event, row)}
    >
      <div role="gridcell" className="review-cell-select">
        <Checkbox
          aria-label={`Select ${result.testCode} of ${specimen.accessionNumber}`}
          checked={selected}
          onChange={() => onToggle(result.resultId)}
          tabIndex={-1}
        />
      </div>
      <div role="gridcell" className="review-cell-specimen">
        {row.firstOfSpecimen ? (
          <>
            <Group gap={6}>
              <Text fw={700} ff="monospace">
                {specimen.accessionNumber}
              </Text>
              <PriorityBadge priority={specimen.priority} />
            </Group>
            <Text size="sm">
              {specimen.patient.name} · {specimen.patient.mrn}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            same specimen
          </Text>
        )}
      </div>
      <div role="gridcell" className="review-cell-result">
        <Group gap={6} wrap="nowrap">
          <Text fw={700}>{result.testCode}</Text>
          <Text>{valueWithUnit(result.value, result.unit)}</Text>
          <ResultFlags flags={result.flags} />
        </Group>
        {identity && <IdentityBadge sentence={identity.sentence} />}
        {result.criticalCall && (
          <Badge color="red.9" size="sm">
            Critical call {result.criticalCall.status}
          </Badge>
        )}
      </div>
      <div role="gridcell" className="review-cell-reasons">
        {result.reasons.map((reason) => (
          <Text
            key={reason.ruleId}
            size="sm"
            lineClamp={2}
            fw={reason.blocking ? 600 : 400}
            title={reason.sentence}
          >
            {reason.sentence}
          </Text>
        ))}
        <ResultContext serumIndices={result.serumIndices} instrumentFlags={result.instrumentFlags} />
      </div>
      <div role="gridcell" className="review-cell-history">
        <HistorySparkline values={history} label={`${result.testCode} history: ${history.join(', ')}`} />
        <Text size="xs">{delta ? `Δ ${delta}` : 'No earlier result'}</Text>
      </div>
      <div role="gridcell" className="review-cell-qc">
        <Badge color={qcColor[result.qc?.status ?? 'none']} autoContrast>
          QC {result.qc?.status ?? 'none'}
        </Badge>
      </div>
    </div>
  );
});
