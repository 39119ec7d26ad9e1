import './review.css';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { api, ok } from '../api/client';
import { asProblem, type Problem } from '../api/problem';
import { LiveBadge } from '../live/live-badge';
import { useLiveData } from '../live/use-live-data';
import { ProblemAlert } from '../ui/problem-alert';
import { ActionDialog, type DialogAction } from './action-dialog';
import { ReleaseDialog } from './release-dialog';
import { ReviewList } from './review-list';
import {
  releaseConfirmation,
  reviewRows,
  reviewShortcuts,
  type ReviewKeyAction,
  type ReviewRow,
  type SpecimenReview,
} from './review-rows';

const PAGE = 500;
/** A short first page, so the top of the worklist shows while the rest load. */
const FIRST_PAGE = 50;
const REVIEW_REASON = 'Reviewed on the review worklist';

/**
 * Every held specimen, page by page (the server gives at most 500 at a time, in a stable order);
 * `onPage` sees each page arrive, so the first screenful shows while the rest load.
 */
async function loadQueue(
  onPage: (items: SpecimenReview[], total: number) => void = () => undefined,
): Promise<SpecimenReview[]> {
  const items: SpecimenReview[] = [];
  for (let offset = 0; ;) {
    const limit = offset === 0 ? FIRST_PAGE : PAGE;
    const page = ok(await api.GET('/api/review/queue', { params: { query: { limit, offset } } }));
    offset += limit;
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
    onPage([...items], page.total);
  }
}

/** Held results with their reasons; keyboard actions on the focused row; bulk release of the selected. */
export function ReviewPage() {
  // The first load shows its pages as they come; a reload keeps the last full queue until it is done.
  const [partial, setPartial] = useState<{ items: SpecimenReview[]; total: number }>();
  const {
    data,
    problem: loadProblem,
    live,
    reload,
  } = useLiveData(() => loadQueue((items, total) => setPartial({ items, total })));
  const shown = data ?? partial?.items;
  const rows = useMemo(() => reviewRows(shown ?? []), [shown]);
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<{ action: DialogAction; row: ReviewRow }>();
  const [confirm, setConfirm] = useState<{ rows: ReviewRow[]; why: string[] }>();
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);

  const finished = (message: string) => {
    setNotice(message);
    setProblem(undefined);
    reload();
  };

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      finished(await work());
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const release = (ids: readonly string[], reason = REVIEW_REASON) =>
    run(async () => {
      let released = 0;
      for (let i = 0; i < ids.length; i += 500) {
        const body = { resultIds: ids.slice(i, i + 500), reason };
        released += ok(await api.POST('/api/results/release', { body })).released.length;
      }
      setSelected(new Set());
      return `${released} result${released === 1 ? '' : 's'} released.`;
    });

  /** Releases at once, or first asks for a confirming comment when a row was held for a critical or delta. */
  const askRelease = (chosen: ReviewRow[]) => {
    const why = chosen.flatMap(releaseConfirmation);
    if (why.length > 0) setConfirm({ rows: chosen, why });
    else void release(chosen.map((row) => row.result.resultId));
  };

  const act = (action: ReviewKeyAction, row: ReviewRow) => {
    const id = row.result.resultId;
    const what = `${row.result.testCode} of ${row.specimen.accessionNumber}`;
    if (action === 'release') askRelease([row]);
    else if (action === 'rerun') {
      void run(async () => {
        const body = { reason: 'Rerun requested on review' };
        ok(await api.POST('/api/results/{id}/rerun', { params: { path: { id } }, body }));
        return `Rerun of ${what} requested.`;
      });
    } else setDialog({ action, row });
  };

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Review worklist</Title>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {rows.length} held result{rows.length === 1 ? '' : 's'} on {shown?.length ?? 0} specimen
            {shown?.length === 1 ? '' : 's'}
            {!data && partial && ` (loading: ${partial.items.length} of ${partial.total} specimens)`}
          </Text>
          <LiveBadge state={live} />
        </Group>
      </Group>
      <Group justify="space-between" className="review-shortcuts">
        <Text size="sm" aria-label="Keyboard shortcuts">
          On the focused row:{' '}
          {reviewShortcuts.map((s) => (
            <span key={s.key}>
              <kbd>{s.key}</kbd> {s.label} ·{' '}
            </span>
          ))}
          <kbd>Space</kbd> select · <kbd>↑</kbd>
          <kbd>↓</kbd> move
        </Text>
        <Button
          disabled={selected.size === 0}
          loading={busy}
          color="teal.9"
          onClick={() => askRelease(rows.filter((row) => selected.has(row.result.resultId)))}
        >
          Release selected ({selected.size})
        </Button>
      </Group>
      <ProblemAlert problem={problem ?? loadProblem} title="Refused" />
      {notice && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      {data && rows.length === 0 ? (
        <Text c="dimmed">Nothing is held for review.</Text>
      ) : (
        <ReviewList
          rows={rows}
          focus={Math.min(focus, Math.max(0, rows.length - 1))}
          selected={selected}
          onFocus={setFocus}
          onToggle={toggle}
          onAction={act}
        />
      )}
      {confirm && (
        <ReleaseDialog
          rows={confirm.rows}
          why={confirm.why}
          busy={busy}
          onCancel={() => setConfirm(undefined)}
          onConfirm={(comment) => {
            void release(
              confirm.rows.map((row) => row.result.resultId),
              comment,
            ).finally(() => setConfirm(undefined));
          }}
        />
      )}
      {dialog && (
        <ActionDialog
          action={dialog.action}
          row={dialog.row}
          onClose={() => setDialog(undefined)}
          onDone={(message) => {
            setDialog(undefined);
            finished(message);
          }}
        />
      )}
    </Stack>
  );
}
