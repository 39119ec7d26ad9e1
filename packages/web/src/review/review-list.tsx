import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { ReviewRowView } from './review-row';
import { keyAction, type ReviewKeyAction, type ReviewRow } from './review-rows';

/** A row that starts a specimen shows its patient on a second line; the others are one line. */
const FIRST_ROW_HEIGHT = 78;
const ROW_HEIGHT = 40;

/**
 * The worklist as a virtualised grid: only the rows in view are in the page, so thousands scroll
 * smoothly. Arrow keys, Home and End move the focus; Space selects; the letters act on the focused row.
 */
export function ReviewList({
  rows,
  focus,
  selected,
  onFocus,
  onToggle,
  onAction,
}: {
  readonly rows: readonly ReviewRow[];
  readonly focus: number;
  readonly selected: ReadonlySet<string>;
  readonly onFocus: (index: number) => void;
  readonly onToggle: (resultId: string) => void;
  readonly onAction: (action: ReviewKeyAction, row: ReviewRow) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(false);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.firstOfSpecimen ? FIRST_ROW_HEIGHT : ROW_HEIGHT),
    overscan: 8,
  });

  // After a move the row may only be drawn a render or two later (once the scroll lands): keep trying.
  useEffect(() => {
    if (!wantFocus.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${focus}"] [role="row"]`);
    if (!row) return;
    wantFocus.current = false;
    row.focus();
  });

  // Stable handlers reading the latest props, so the memoised rows are not drawn again on every scroll.
  const latest = useRef({ rows, focus, onFocus, onToggle, onAction });
  latest.current = { rows, focus, onFocus, onToggle, onAction };

  const focusRow = useCallback((index: number) => latest.current.onFocus(index), []);
  const toggleRow = useCallback((resultId: string) => latest.current.onToggle(resultId), []);

  const keyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, row: ReviewRow) => {
      const { rows: all, focus: index } = latest.current;
      // From the focus the list asked for, not the row holding it: a fast key repeat can outrun the
      // drawing of the row a move lands on.
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + 8,
        PageUp: index - 8,
        Home: 0,
        End: all.length - 1,
      };
      if (event.key in moves) {
        event.preventDefault();
        const next = Math.max(0, Math.min(all.length - 1, moves[event.key] ?? index));
        wantFocus.current = true;
        virtualizer.scrollToIndex(next);
        latest.current.onFocus(next);
      } else if (event.key === ' ') {
        event.preventDefault();
        latest.current.onToggle(row.result.resultId);
      } else {
        const action = keyAction(event);
        if (action) {
          event.preventDefault();
          latest.current.onAction(action, row);
        }
      }
    },
    [virtualizer],
  );

  return (
    <div
      ref={scroller}
      className="review-grid"
      role="grid"
      aria-label="Held results"
      aria-rowcount={rows.length + 1}
    >
      <div role="row" className="review-row review-header" aria-rowindex={1}>
        <div role="columnheader">Select</div>
        <div role="columnheader">Specimen</div>
        <div role="columnheader">Result</div>
        <div role="columnheader">Why held</div>
        <div role="columnheader">History, Δ</div>
        <div role="columnheader">QC</div>
      </div>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={row.result.resultId}
              data-index={item.index}
              ref={virtualizer.measureElement}
              role="presentation"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${item.start}px)`,
              }}
            >
              <ReviewRowView
                row={row}
                rowIndex={item.index + 2}
                focused={item.index === focus}
                selected={selected.has(row.result.resultId)}
                onFocus={focusRow}
                onToggle={toggleRow}
                onKeyDown={keyDown}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
