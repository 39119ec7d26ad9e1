import { z } from '@hono/zod-openapi';
import { ResultValueSchema } from '../schemas.js';

/** Schemas of the review, rule-set, credential and critical-call routes (they document the contract). */

export const FactSchema = z
  .object({
    subject: z.string(),
    value: z.union([z.number(), z.string(), z.boolean()]),
    unit: z.string().optional(),
    limit: z.number().optional(),
    comparator: z.string().optional(),
    source: z.string().optional(),
  })
  .openapi('DecisionFact');

export const ReasonSchema = z
  .object({
    ruleId: z.string(),
    ruleName: z.string(),
    stage: z.string(),
    blocking: z.boolean().openapi({ description: 'Whether this rule stopped release' }),
    holdsSpecimen: z.boolean().optional().openapi({
      description: 'Whether its hold covers every result of the specimen (its identity in doubt)',
    }),
    sentence: z.string(),
    facts: z.array(FactSchema),
  })
  .openapi('DecisionReason');

export const EvaluationSchema = z
  .object({
    ruleId: z.string(),
    ruleName: z.string(),
    stage: z.string(),
    fired: z.boolean(),
    sentence: z.string(),
    facts: z.array(FactSchema),
    outcomes: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('RuleEvaluation');

export const QcStateSchema = z
  .object({
    status: z.enum(['accepted', 'warning', 'rejected', 'none']),
    lastAcceptedAt: z.string().optional(),
    reason: z.string().optional(),
    pbrtqcAlarm: z.boolean().optional(),
  })
  .openapi('QcState');

export const HeldResultSchema = z
  .object({
    resultId: z.string().uuid(),
    version: z.number().int(),
    testCode: z.string(),
    testName: z.string(),
    discipline: z.string(),
    value: ResultValueSchema,
    unit: z.string().nullable(),
    flags: z.array(z.string()),
    enteredBy: z.string(),
    source: z.string(),
    instrumentId: z.string().nullable(),
    observedAt: z.string().nullable(),
    decision: z
      .object({
        decisionId: z.string(),
        outcome: z.string(),
        ruleSet: z.string().nullable(),
        decidedAt: z.string(),
        decidedByRule: z.string().nullable(),
      })
      .nullable(),
    reasons: z.array(ReasonSchema),
    history: z.array(
      z.object({
        value: z.number(),
        at: z.string(),
        specimenType: z.string(),
        delta: z.number().nullable(),
        deltaPercent: z.number().nullable(),
      }),
    ),
    qc: QcStateSchema.nullable(),
    instrumentFlags: z.array(z.string()),
    serumIndices: z.record(z.string(), z.number()).nullable(),
    requests: z.array(
      z.object({
        requestId: z.string(),
        kind: z.string(),
        status: z.string(),
        dilutionFactor: z.number().nullable(),
        reason: z.string(),
      }),
    ),
    comments: z.array(z.object({ text: z.string(), by: z.string(), at: z.string() })),
    criticalCall: z
      .object({ callId: z.string(), status: z.string(), escalationLevel: z.number().int() })
      .nullable(),
  })
  .openapi('HeldResult');

export const SpecimenReviewSchema = z
  .object({
    accessionNumber: z.string(),
    specimenType: z.string(),
    priority: z.string(),
    collectedAt: z.string().nullable(),
    patient: z.object({
      id: z.string(),
      mrn: z.string(),
      name: z.string(),
      birthDate: z.string(),
      clinicalSex: z.string(),
    }),
    held: z.array(HeldResultSchema),
  })
  .openapi('SpecimenReview');

export const ReleasedResultSchema = z
  .object({
    resultId: z.string(),
    testCode: z.string(),
    accessionNumber: z.string(),
    releasedBy: z.string(),
    releasedAt: z.string(),
  })
  .openapi('ReleasedResult');

export const RequestSchema = z
  .object({
    requestId: z.string(),
    kind: z.string(),
    testCode: z.string(),
    dilutionFactor: z.number().nullable(),
    status: z.string(),
    reason: z.string(),
  })
  .openapi('TestRequest');

export const ResultExplanationSchema = z
  .object({
    resultId: z.string(),
    version: z.number().int(),
    status: z.string(),
    testCode: z.string(),
    testName: z.string(),
    accessionNumber: z.string(),
    value: ResultValueSchema,
    unit: z.string().nullable(),
    flags: z.array(z.string()),
    enteredBy: z.string(),
    release: z
      .object({
        releasedAt: z.string(),
        releasedBy: z.string(),
        byEngine: z.boolean(),
        ruleSet: z.object({ id: z.string(), version: z.number().int() }).nullable(),
        decisionId: z.string().nullable(),
        reason: z.string().nullable(),
      })
      .nullable(),
    decisions: z.array(
      z.object({
        decisionId: z.string(),
        outcome: z.string(),
        dilutionFactor: z.number().nullable(),
        ruleSet: z.object({ id: z.string(), version: z.number().int() }).nullable(),
        decidedAt: z.string(),
        decidedByRule: z.string().nullable(),
        reasons: z.array(ReasonSchema),
        evaluations: z.array(EvaluationSchema),
        comments: z.array(z.string()),
        reflexTests: z.array(z.string()),
        reportAs: ResultValueSchema.nullable(),
      }),
    ),
    actions: z.array(
      z.object({
        actionId: z.string(),
        kind: z.string(),
        byEngine: z.boolean(),
        performedBy: z.string(),
        at: z.string(),
        reason: z.string(),
        detail: z.record(z.string(), z.unknown()),
        undoneBy: z.string().nullable(),
      }),
    ),
    comments: z.array(
      z.object({
        commentId: z.string(),
        text: z.string(),
        byEngine: z.boolean(),
        ruleId: z.string().nullable(),
        writtenBy: z.string(),
        writtenAt: z.string(),
        retracted: z.boolean(),
      }),
    ),
    correction: z
      .object({ correctsResultId: z.string(), reason: z.string(), correctedBy: z.string() })
      .nullable(),
    correctedBy: z.object({ resultId: z.string(), reason: z.string() }).nullable(),
    notifications: z.array(
      z.object({ kind: z.string(), createdAt: z.string(), sentAt: z.string().nullable() }),
    ),
    versions: z.array(
      z.object({
        resultId: z.string(),
        version: z.number().int(),
        status: z.string(),
        value: ResultValueSchema,
        unit: z.string().nullable(),
        enteredBy: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('ResultDecision');

/**
 * A service answer typed as the schema that documents it. The services return readonly arrays and
 * Dates (serialised by c.json); the schema is the contract the client sees.
 */
export const shaped = <S extends z.ZodType>(_schema: S, value: unknown): z.infer<S> => value as z.infer<S>;
