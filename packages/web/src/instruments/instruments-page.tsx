import './instruments.css';
import { Alert, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { api, ok } from '../api/client';
import { asProblem, type Problem } from '../api/problem';
import { useCan } from '../auth/session';
import { LiveBadge } from '../live/live-badge';
import { useLiveData } from '../live/use-live-data';
import { ProblemAlert } from '../ui/problem-alert';
import { JournalTable } from './journal-table';
import type { Instrument } from './instrument-input';
import { LinksTable } from './links-table';
import { MapCodeDialog } from './map-code-dialog';
import { RegistryTable } from './registry-table';
import { SerumIndexDialog } from './serum-index-dialog';
import { UnmappedTable, type UnmappedCode } from './unmapped-table';

async function loadInstruments() {
  const [instruments, links, journal, unmapped] = await Promise.all([
    api.GET('/api/instruments').then(ok),
    api.GET('/api/instrument-links').then(ok),
    api.GET('/api/journal', { params: { query: { limit: 50 } } }).then(ok),
    api.GET('/api/unmapped').then(ok),
  ]);
  return {
    instruments: instruments.items,
    links: links.items,
    journal: journal.items,
    unmapped: unmapped.items,
  };
}

/**
 * Connections and their state, the registered instruments with their serum-index codes, the
 * unmapped-codes queue (map a code to a test, then reprocess) and the message journal with raw bytes.
 */
export function InstrumentsPage() {
  const canChange = useCan('instrument:write');
  const [mapping, setMapping] = useState<UnmappedCode>();
  const [editing, setEditing] = useState<Instrument>();
  const { data, problem: loadProblem, live, reload } = useLiveData(loadInstruments);
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);

  const reprocess = async (ids: readonly string[], prefix = '') => {
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
        `${prefix}${processed} of ${ids.length} message${ids.length === 1 ? '' : 's'} processed; ${results} results.`,
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
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setNotice(undefined)}
        >
          {notice}
        </Alert>
      )}
      {data && (
        <>
          <LinksTable links={data.links} />
          <UnmappedTable
            codes={data.unmapped}
            busy={busy}
            onReprocess={(ids) => void reprocess(ids)}
            {...(canChange ? { onMap: setMapping } : {})}
          />
          <RegistryTable instruments={data.instruments} {...(canChange ? { onEdit: setEditing } : {})} />
          <JournalTable entries={data.journal} busy={busy} onReprocess={(ids) => void reprocess(ids)} />
        </>
      )}
      {mapping && (
        <MapCodeDialog
          code={mapping}
          onClose={() => setMapping(undefined)}
          onSaved={(ids) => {
            setMapping(undefined);
            void reprocess(ids, `${mapping.code} mapped on ${mapping.instrument}. `);
          }}
        />
      )}
      {editing && (
        <SerumIndexDialog
          instrument={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(message) => {
            setEditing(undefined);
            setNotice(message);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
