import { Alert, Anchor, Badge, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ok } from '../api/client';
import { useSession } from '../auth/session';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { CaseFeedback } from './case-feedback';
import { CaseNavigator } from './case-navigator';
import { DecisionForm } from './decision-form';
import { TrainingCaseCard } from './training-case-card';
import { TrainingScoreCard } from './training-score';
import { nextOpenCase, type TrainingFeedback, type TrainingSession } from './training-types';

const loadSession = (id: string) =>
  api.GET('/api/training/sessions/{id}', { params: { path: { id } } }).then(ok);

/** One training session: the trainee works its cases one by one; an educator reads it. */
export function TrainingSessionPage() {
  const { id = '' } = useParams();
  const [session, , replace] = useLoad(id, loadSession);
  return (
    <Loaded load={session} title="Training session">
      {(data) => <SessionWork session={data} onChange={replace} />}
    </Loaded>
  );
}

function SessionWork({
  session,
  onChange,
}: {
  readonly session: TrainingSession;
  readonly onChange: (session: TrainingSession) => void;
}) {
  const me = useSession().user.username;
  const own = session.trainee === me;
  const [shown, setShown] = useState(() => (nextOpenCase(session) ?? session.cases[0])?.id);
  const verdict = useRef<HTMLDivElement>(null);
  const [justDecided, setJustDecided] = useState<string>();
  const current = session.cases.find((c) => c.id === shown);
  const next = nextOpenCase(session);
  const finished = next === undefined;
  const { score } = session;

  useEffect(() => {
    if (justDecided) verdict.current?.focus();
  }, [justDecided]);

  const decided = (caseId: string, feedback: TrainingFeedback) => {
    const cases = session.cases.map((c) => (c.id === caseId ? { ...c, feedback } : c));
    // The score is the server's; read it again so the tallies are never computed twice.
    onChange({ ...session, cases });
    setJustDecided(caseId);
    void loadSession(session.id).then(onChange, () => undefined);
  };

  const select = (caseId: string) => {
    setJustDecided(undefined);
    setShown(caseId);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>Training: {session.scenario}</Title>
          <Text size="sm" c="dimmed">
            {own ? 'Your session' : `${session.trainee}’s session`}, started{' '}
            {formatDateTime(session.createdAt)}
          </Text>
        </div>
        <Group gap="sm">
          <Badge color="grape.9" size="lg">
            Sandbox: no patient record is touched
          </Badge>
          <Anchor component={Link} to="/training">
            All sessions
          </Anchor>
        </Group>
      </Group>
      <Stack gap={4}>
        <Text size="sm" aria-live="polite">
          {score.decided} of {score.cases} cases decided · {score.correct} correct
        </Text>
        <Progress value={(score.decided / Math.max(1, score.cases)) * 100} aria-label="Cases decided" />
      </Stack>
      {finished && (
        <Alert color="teal" title="Session finished" role="status">
          {own
            ? 'Every case is decided. Your score is below; open any case again to read its feedback.'
            : 'The trainee decided every case.'}
        </Alert>
      )}
      {(finished || !own) && <TrainingScoreCard score={score} />}
      <CaseNavigator cases={session.cases} current={current?.id} onSelect={select} />
      {current && (
        <Stack gap="md" key={current.id}>
          <TrainingCaseCard trainingCase={current} />
          {current.feedback ? (
            <>
              <CaseFeedback feedback={current.feedback} headingRef={verdict} />
              {own && next && (
                <Group>
                  <Button onClick={() => select(next.id)}>Next case ({next.id})</Button>
                </Group>
              )}
            </>
          ) : own ? (
            <DecisionForm
              sessionId={session.id}
              caseId={current.id}
              onDecided={(feedback) => decided(current.id, feedback)}
            />
          ) : (
            <Text c="dimmed">Not decided yet.</Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
