import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ReviewRowView } from './review-row';
import { keyAction, type ReviewKeyAction, type ReviewRow } from './review-rows';

const ROW_HEIGHT = 76;

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
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${focus}"] [role="row"]`)?.focus();
  });

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    wantFocus.current = true;
    virtualizer.scrollToIndex(next);
    onFocus(next);
  };

  const keyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: ReviewRow) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + 8,
      PageUp: index - 8,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      move(moves[event.key] ?? index);
    } else if (event.key === ' ') {
      event.preventDefault();
      onToggle(row.result.resultId);
    } else {
      const action = keyAction(event);
      if (action) {
        event.preventDefault();
        onAction(action, row);
      }
    }
  };

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
                focused={item.index === focus}
                selected={selected.has(row.result.resultId)}
                onFocus={() => onFocus(item.index)}
                onToggle={() => onToggle(row.result.resultId)}
                onKeyDown={(event) => keyDown(event, item.index, row)}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
