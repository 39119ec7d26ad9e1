import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { api, ok } from '../api/client';
import { useCan } from '../auth/session';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { ReplayReportView } from './replay-report-view';
import { RuleSetActions } from './rule-set-actions';
import { RuleSetDiffView } from './rule-set-diff-view';
import { RuleSetDraftForm } from './rule-set-draft-form';
import { RuleSetLifecycle } from './rule-set-lifecycle';
import { RuleSetStatusBadge } from './rule-set-status-badge';
import { RuleTable } from './rule-table';
import { versionName, type RuleSetDetail, type RuleSetDocument, type RuleSetVersion } from './rule-set-types';

interface VersionScreen {
  readonly detail: RuleSetDetail;
  readonly versions: readonly RuleSetVersion[];
}

async function loadVersion(key: string): Promise<VersionScreen> {
  const [id = '', version = ''] = key.split('|');
  const [detail, list] = await Promise.all([
    api.GET('/api/rule-sets/{id}/versions/{version}', { params: { path: { id, version: Number(version) } } }),
    api.GET('/api/rule-sets'),
  ]);
  return { detail: ok(detail), versions: ok(list).items };
}

/** One rule-set version: its lifecycle, the actions the user's roles allow, its rules, changes and report. */
export function RuleSetVersionPage() {
  const { id = '', version = '' } = useParams();
  const key = `${id}|${version}`;
  const [screen, reload] = useLoad(key, loadVersion);
  // Kept here, above the reload, and only for the version it was said of.
  const [notice, setNotice] = useState<{ readonly key: string; readonly text: string }>();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/admin/rule-sets" size="sm">
        ← Rule sets
      </Anchor>
      {notice?.key === key && (
        <Alert color="teal" role="status" title="Done">
          {notice.text}
        </Alert>
      )}
      <Loaded load={screen} title={`Rule set ${id} v${version}`}>
        {(data) => (
          <VersionDetail
            screen={data}
            onChanged={(text) => {
              setNotice({ key, text });
              reload();
            }}
          />
        )}
      </Loaded>
    </Stack>
  );
}

function VersionDetail({
  screen,
  onChanged,
}: {
  readonly screen: VersionScreen;
  readonly onChanged: (notice: string) => void;
}) {
  const { detail, versions } = screen;
  const canDraft = useCan('rules:write');
  const [drafting, setDrafting] = useState(false);
  const document = detail.rules as unknown as RuleSetDocument;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={2}>
            {detail.name}{' '}
            <Text span inherit c="dimmed">
              v{detail.version}
            </Text>
          </Title>
          <RuleSetStatusBadge status={detail.status} />
        </Group>
        {canDraft && !drafting && (
          <Button variant="light" onClick={() => setDrafting(true)}>
            Draft a new version from this one
          </Button>
        )}
      </Group>
      <Text>
        <Text span fw={600}>
          Why it changed:
        </Text>{' '}
        {detail.changeNote}
        {detail.approvalNote && (
          <>
            <br />
            <Text span fw={600}>
              Approval note:
            </Text>{' '}
            {detail.approvalNote}
          </>
        )}
      </Text>
      <Paper withBorder p="md">
        <RuleSetLifecycle detail={detail} />
      </Paper>
      {drafting && (
        <Paper withBorder p="md" component="section" aria-label="New draft">
          <RuleSetDraftForm from={document} onCancel={() => setDrafting(false)} />
        </Paper>
      )}
      <RuleSetActions detail={detail} onChanged={onChanged} />
      <Paper withBorder p="md">
        <Tabs defaultValue="rules" keepMounted={false}>
          <Tabs.List aria-label={`About ${versionName(detail)}`}>
            <Tabs.Tab value="rules">Rules ({document.rules.length})</Tabs.Tab>
            <Tabs.Tab value="changes">Changes</Tabs.Tab>
            <Tabs.Tab value="report">Validation report</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="rules" pt="md">
            <RuleTable rules={document.rules} label={`Rules of ${versionName(detail)}`} />
          </Tabs.Panel>
          <Tabs.Panel value="changes" pt="md">
            <RuleSetDiffView version={detail} versions={versions} />
          </Tabs.Panel>
          <Tabs.Panel value="report" pt="md">
            <ReplayReportView id={detail.id} version={detail.version} validatedAt={detail.validatedAt} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}
