import { useState } from 'react';
import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { api, ok } from '../api/client';
import type { User } from '../api/types';
import { roleLabel } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { CertificationForm } from './certification-form';
import { CertificationsTable } from './certifications-table';
import { CompetenciesTable } from './competencies-table';
import { CompetencyForm } from './competency-form';
import { CredentialSection } from './credential-section';
import { LicenceForm } from './licence-form';
import { LicencesTable } from './licences-table';
import { ReleaseStatus } from './release-status';
import type { CertificationRow, CompetencyRow, CredentialRecord, LicenceRow } from './staff-types';

interface StaffRecord {
  readonly user: User | undefined;
  readonly record: CredentialRecord;
  /** The server's alert window: what expires within it is flagged. */
  readonly windowDays: number;
}

async function loadRecord(userId: string): Promise<StaffRecord> {
  const [users, record, expiring] = await Promise.all([
    api.GET('/api/users'),
    api.GET('/api/staff/{userId}/credentials', { params: { path: { userId } } }),
    api.GET('/api/staff/credentials/expiring'),
  ]);
  return {
    user: ok(users).items.find((u) => u.id === userId),
    record: ok(record),
    windowDays: ok(expiring).withinDays,
  };
}

/** One person's certifications, licences and competency assessments, with expiry warnings and forms. */
export function StaffRecordPage() {
  const { userId = '' } = useParams();
  const [round, setRound] = useState(0);
  const [record] = useLoad(`${userId}#${round}`, (key) => loadRecord(key.split('#')[0] ?? ''));
  const [notice, setNotice] = useState<string>();
  const saved = (text: string) => () => {
    setNotice(text);
    setRound((n) => n + 1);
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/admin/staff" size="sm">
        ← Staff credentials
      </Anchor>
      {notice && (
        <Alert color="teal" role="status" title="Recorded">
          {notice}
        </Alert>
      )}
      <Loaded load={record} title="The credentials could not be read">
        {({ user, record: r, windowDays }) => (
          <>
            <Title order={2}>
              {user?.displayName ?? 'Staff member'}
              {user && (
                <Text span inherit c="dimmed">
                  {' '}
                  · {user.roles.map((role) => roleLabel[role]).join(', ')}
                </Text>
              )}
            </Title>
            <Paper withBorder p="md" component="section" aria-label="Release">
              <ReleaseStatus release={r.release} />
              <Text size="xs" c="dimmed" mt="xs">
                Red: expired or overdue. Yellow: within the laboratory’s alert window of {windowDays} days.
              </Text>
            </Paper>
            <CredentialSection
              title="Certifications"
              form={<CertificationForm userId={r.userId} onSaved={saved('Certification added.')} />}
            >
              <CertificationsTable
                rows={r.certifications as unknown as CertificationRow[]}
                windowDays={windowDays}
              />
            </CredentialSection>
            <CredentialSection
              title="State licences"
              form={<LicenceForm userId={r.userId} onSaved={saved('Licence added.')} />}
            >
              <LicencesTable rows={r.licences as unknown as LicenceRow[]} windowDays={windowDays} />
            </CredentialSection>
            <CredentialSection
              title="Competency assessments"
              form={<CompetencyForm userId={r.userId} onSaved={saved('Competency assessment recorded.')} />}
            >
              <CompetenciesTable
                rows={r.competencies as unknown as CompetencyRow[]}
                windowDays={windowDays}
              />
            </CredentialSection>
          </>
        )}
      </Loaded>
    </Stack>
  );
}
