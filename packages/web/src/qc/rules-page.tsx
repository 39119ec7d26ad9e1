import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, ok } from '../api/client';
import { useCan } from '../auth/session';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { typedNumber } from './qc-drafts';
import { RulesDecisionForm, type SigmaQuestion } from './rules-decision-form';
import { RulesInForce } from './rules-in-force';
import { SigmaReport } from './sigma-report';

/** The question in the address, so a sigma report can be linked to and reloaded. */
function questionFrom(params: URLSearchParams): SigmaQuestion | undefined {
  const instrumentCode = params.get('instrument');
  const testCode = params.get('test');
  const biasPercent = typedNumber(params.get('bias') ?? '');
  if (!instrumentCode || !testCode || biasPercent === undefined) return undefined;
  const cvPercent = typedNumber(params.get('cv') ?? '');
  const decisionLevel = typedNumber(params.get('level') ?? '');
  return {
    instrumentCode,
    testCode,
    biasPercent,
    ...(cvPercent === undefined ? {} : { cvPercent }),
    ...(decisionLevel === undefined ? {} : { decisionLevel }),
    levels: params.get('levels') === '3' ? 3 : 2,
  };
}

function loadSigma(key: string) {
  const q = JSON.parse(key) as SigmaQuestion;
  return api
    .GET('/api/qc/sigma', { params: { query: { ...q, levels: q.levels === 3 ? '3' : '2' } } })
    .then(ok);
}

const loadRules = (key: string) => {
  const [instrumentCode = '', testCode = ''] = key.split('|');
  return api.GET('/api/qc/rules', { params: { query: { instrumentCode, testCode } } }).then(ok);
};

/**
 * QC design by sigma for an instrument × test (qc.md §5): sigma = (TEa − |bias|) / CV, the Westgard
 * rules it recommends with the reasoning, the rules in force, and changing them for those allowed.
 */
export function RulesPage() {
  const [params, setParams] = useSearchParams();
  const canChange = useCan('rules:write');
  const [form, setForm] = useState({
    instrument: params.get('instrument') ?? '',
    test: params.get('test') ?? '',
    bias: params.get('bias') ?? '',
    cv: params.get('cv') ?? '',
    level: params.get('level') ?? '',
    levels: params.get('levels') ?? '2',
  });
  const question = questionFrom(params);
  const [sigma, , replaceSigma] = useLoad(question && JSON.stringify(question), loadSigma);
  const [rules, , replaceRules] = useLoad(
    question && `${question.instrumentCode}|${question.testCode}`,
    loadRules,
  );
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const biasError =
    form.bias !== '' && typedNumber(form.bias) === undefined ? 'A number, e.g. 1.5' : undefined;
  const cvError = form.cv !== '' && !((typedNumber(form.cv) ?? 0) > 0) ? 'A number above 0' : undefined;
  const levelError = form.level !== '' && typedNumber(form.level) === undefined ? 'A number' : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (biasError || cvError || levelError) return;
    const next: Record<string, string> = {
      instrument: form.instrument.trim(),
      test: form.test.trim().toUpperCase(),
      bias: form.bias.trim(),
      levels: form.levels,
    };
    if (form.cv.trim()) next.cv = form.cv.trim();
    if (form.level.trim()) next.level = form.level.trim();
    setParams(next);
  };

  return (
    <Stack>
      <Paper
        withBorder
        p="md"
        radius="md"
        component="form"
        aria-label="Sigma of a method"
        onSubmit={submit}
        noValidate
      >
        <Group align="flex-start">
          <TextInput
            label="Instrument"
            value={form.instrument}
            onChange={(e) => set('instrument')(e.currentTarget.value)}
            required
          />
          <TextInput
            label="Test"
            value={form.test}
            onChange={(e) => set('test')(e.currentTarget.value)}
            required
          />
          <TextInput
            label="Bias %"
            description="From PT/EQA or peers"
            value={form.bias}
            onChange={(e) => set('bias')(e.currentTarget.value)}
            error={biasError}
            required
          />
          <TextInput
            label="CV %"
            description="Blank: from long-term QC"
            value={form.cv}
            onChange={(e) => set('cv')(e.currentTarget.value)}
            error={cvError}
          />
          <TextInput
            label="Decision level"
            description="Blank: the QC mean"
            value={form.level}
            onChange={(e) => set('level')(e.currentTarget.value)}
            error={levelError}
          />
          <NativeSelect
            label="Control levels"
            description="Per run"
            value={form.levels}
            onChange={(e) => set('levels')(e.currentTarget.value)}
            data={['2', '3']}
          />
          <Button
            type="submit"
            mt={46}
            disabled={!form.instrument.trim() || !form.test.trim() || !form.bias.trim()}
          >
            Calculate sigma
          </Button>
        </Group>
      </Paper>
      {question ? (
        <>
          <Loaded load={sigma} title="No sigma">
            {(data) => <SigmaReport sigma={data} />}
          </Loaded>
          <Loaded load={rules} title="The rules in force could not be read">
            {(data) => (
              <RulesInForce
                rules={data}
                alreadyShown={sigma.status === 'ready' ? sigma.data.recommendation.reasoning : []}
              />
            )}
          </Loaded>
          {canChange && sigma.status === 'ready' && (
            <RulesDecisionForm
              key={JSON.stringify(question)}
              question={question}
              sigma={sigma.data}
              onDecided={(next) => {
                replaceSigma(next);
                replaceRules(next.current);
              }}
            />
          )}
        </>
      ) : (
        <Text c="dimmed">
          Give an instrument, a test and the method&apos;s bias to see its sigma and the rules it calls for.
        </Text>
      )}
    </Stack>
  );
}
