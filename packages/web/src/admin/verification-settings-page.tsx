import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api, ok } from '../api/client';
import { useCan } from '../auth/session';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { VerificationSettingsForm } from './verification-settings-form';

const loadSettings = () => api.GET('/api/verification/settings').then(ok);

/** The lab's verification policy; changed by those who approve rules (rules:approve). */
export function VerificationSettingsPage() {
  const canChange = useCan('rules:approve');
  const [settings, , replace] = useLoad('settings', loadSettings);
  const [notice, setNotice] = useState<string>();

  return (
    <Stack gap="md">
      <Title order={2}>Verification settings</Title>
      {!canChange && <Text c="dimmed">Only those who approve rules may change these settings.</Text>}
      {notice && (
        <Alert color="teal" role="status" title="Saved">
          {notice}
        </Alert>
      )}
      <Loaded load={settings} title="The settings could not be loaded">
        {(data) => (
          <VerificationSettingsForm
            key={JSON.stringify(data)}
            settings={data}
            canChange={canChange}
            onSaved={(saved) => {
              replace(saved);
              setNotice('The verification settings are saved and apply to the next decision.');
            }}
          />
        )}
      </Loaded>
    </Stack>
  );
}
