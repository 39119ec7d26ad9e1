import { useState } from 'react';
import { NativeSelect, Stack, Text } from '@mantine/core';
import { api, ok } from '../api/client';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { RuleChangeCard } from './rule-change-card';
import { versionName, type RuleChange, type RuleSetVersion } from './rule-set-types';

async function loadDiff(key: string): Promise<readonly RuleChange[]> {
  const [fromId = '', fromVersion = '', toId = '', toVersion = ''] = key.split('|');
  const diff = ok(
    await api.GET('/api/rule-sets/diff', {
      params: {
        query: { fromId, fromVersion: Number(fromVersion), toId, toVersion: Number(toVersion) },
      },
    }),
  );
  return diff.changes as unknown as readonly RuleChange[];
}

/** The version compared with another, the active one by default: rules added, removed and changed. */
export function RuleSetDiffView({
  version,
  versions,
}: {
  readonly version: RuleSetVersion;
  readonly versions: readonly RuleSetVersion[];
}) {
  const others = versions.filter((v) => v.id !== version.id || v.version !== version.version);
  const active = others.find((v) => v.status === 'active');
  const previous = others.find((v) => v.id === version.id && v.version === version.version - 1);
  const [against, setAgainst] = useState(() => {
    const start = active ?? previous ?? others[0];
    return start ? versionName(start) : '';
  });
  const from = others.find((v) => versionName(v) === against);
  const key = from ? [from.id, from.version, version.id, version.version].join('|') : undefined;
  const [diff] = useLoad(key, loadDiff);

  if (others.length === 0) return <Text c="dimmed">There is no other version to compare with.</Text>;
  return (
    <Stack gap="sm">
      <NativeSelect
        label="Compare with"
        value={against}
        onChange={(e) => setAgainst(e.currentTarget.value)}
        data={others.map((v) => ({
          value: versionName(v),
          label: `${versionName(v)} (${v.status})`,
        }))}
        maw={360}
      />
      {from && (
        <Loaded load={diff} title="The differences could not be read">
          {(changes) => (
            <Stack gap="sm" role="list" aria-label={`Changes from ${versionName(from)}`}>
              {changes.length === 0 && (
                <Text c="dimmed">The rules are the same as in {versionName(from)}.</Text>
              )}
              {changes.map((change) => (
                <RuleChangeCard key={`${change.kind}-${change.ruleId}`} change={change} />
              ))}
            </Stack>
          )}
        </Loaded>
      )}
    </Stack>
  );
}
