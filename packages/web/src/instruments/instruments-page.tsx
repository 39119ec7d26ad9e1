import './instruments.css';
import { Alert, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { api, ok } from '../api/client';
import { asProblem, type Problem } from '../api/problem';
import { LiveBadge } from '../live/live-badge';
import { useLiveData } from '../live/use-live-data';
import { ProblemAlert } from '../ui/problem-alert';
import { JournalTable } from './journal-table';
import { LinksTable } from './links-table';
import { UnmappedTable } from './unmapped-table';

async function loadInstruments() {
  const [links, journal, unmapped] = await Promise.all([
    api.GET('/api/instrument-links').then(ok),
    api.GET('/api/journal', { params: { query: { limit: 50 } } }).then(ok),
    api.GET('/api/unmapped').then(ok),
  ]);
  return { links: links.items, journal: journal.items, unmapped: unmapped.items };
}

/** Connections and their state, the message journal with raw bytes, and the unmapped-codes queue. */
export function InstrumentsPage() {
  const { data, problem: loadProblem, live, reload } = useLiveData(loadInstruments);
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);

  const reprocess = async (ids: readonly string[]) => {
    setBusy(true);
    setProblem(undefined);
    try {
      let processed = 0;
      let results = 0;
      for (const id of ids) {
        const outcome = ok(await api.POST('/api/journal/{id}/reprocess', { params: { path: { id } } }));
        if (outcome.state === 'processed') processed += 1;
        results += outcome.resultCount;
      }
      setNotice(
        `${processed} of ${ids.length} message${ids.length === 1 ? '' : 's'} processed; ${results} results.`,
      );
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
      reload();
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Instruments</Title>
        <LiveBadge state={live} />
      </Group>
      <ProblemAlert problem={problem ?? loadProblem} title="Refused" />
      {notice && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      {data && (
        <>
          <LinksTable links={data.links} />
          <UnmappedTable codes={data.unmapped} busy={busy} onReprocess={(ids) => void reprocess(ids)} />
          <JournalTable entries={data.journal} busy={busy} onReprocess={(ids) => void reprocess(ids)} />
        </>
      )}
    </Stack>
  );
}
