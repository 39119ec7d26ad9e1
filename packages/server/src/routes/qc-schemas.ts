import { z } from '@hono/zod-openapi';
import { westgardRuleOrder, type WestgardRule } from '@aliquot/engines/qc';

/** Schemas of the quality-control API: control lots, runs, charts, holds, sigma design, PBRTQC. */

const rules = westgardRuleOrder as [WestgardRule, ...WestgardRule[]];
export const WestgardRuleSchema = z.enum(rules).openapi('WestgardRule');
const dateTime = z.string().datetime({ offset: true });
export const InstrumentCode = z.string().trim().min(1).max(60).openapi({ example: 'CHEM-1' });
export const TestCode = z.string().trim().min(1).max(32).openapi({ example: 'GLU' });

export const ControlMaterialSchema = z
  .object({ id: z.string(), code: z.string(), name: z.string(), manufacturer: z.string().nullable() })
  .openapi('ControlMaterial');

export const ControlLotSchema = z
  .object({
    id: z.string(),
    materialId: z.string(),
    level: z.string(),
    lotNumber: z.string(),
    expiresOn: z.string().openapi({ example: '2027-03-31' }),
    specimenId: z.string().nullable().openapi({ description: 'Barcode instruments report for this lot' }),
    active: z.boolean(),
  })
  .openapi('ControlLot');

export const QcTargetSchema = z
  .object({
    id: z.string(),
    instrumentCode: z.string(),
    testCode: z.string(),
    lotId: z.string(),
    mean: z.number(),
    sd: z.number(),
    cvPercent: z.number(),
    source: z.enum(['manufacturer', 'established', 'cumulative']),
    establishedFrom: z.number().int().nullable(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
  })
  .openapi('QcTarget');

export const ViolationSchema = z
  .object({
    rule: WestgardRuleSchema,
    role: z.enum(['warning', 'rejection']),
    errorKind: z.enum(['random', 'systematic', 'undetermined']),
    scope: z.enum(['within-run', 'across-runs-within-level', 'across-runs-and-levels']),
    side: z.enum(['high', 'low', 'both']),
    observationIds: z.array(z.string()),
    levels: z.array(z.string()),
    runIds: z.array(z.string()),
    sentence: z.string().openapi({ description: 'The violation in words, for the bench' }),
  })
  .openapi('WestgardViolation');

export const QcObservationSchema = z
  .object({
    id: z.string(),
    lotId: z.string(),
    level: z.string(),
    value: z.number(),
    unit: z.string().nullable(),
    targetMean: z.number(),
    targetSd: z.number(),
    z: z.number(),
    status: z.enum(['accepted', 'rejected', 'excluded']),
    measuredAt: z.string(),
    enteredBy: z.string().nullable(),
    fromInstrument: z.string().nullable(),
  })
  .openapi('QcObservation');

export const QcRunSchema = z
  .object({
    id: z.string(),
    instrumentCode: z.string(),
    testCode: z.string(),
    source: z.enum(['manual', 'instrument']),
    decision: z.enum(['accept', 'warn', 'reject']),
    rules: z.array(z.string()),
    violations: z.array(ViolationSchema),
    measuredAt: z.string(),
    enteredBy: z.string(),
    comment: z.string().nullable(),
    observations: z.array(QcObservationSchema),
  })
  .openapi('QcRun');

export const CorrectiveActionSchema = z
  .object({
    id: z.string(),
    cause: z.string(),
    action: z.string(),
    performedBy: z.string(),
    performedAt: z.string(),
    recordedBy: z.string(),
  })
  .openapi('CorrectiveAction');

export const InstrumentHoldSchema = z
  .object({
    id: z.string(),
    instrumentCode: z.string(),
    testCode: z.string(),
    source: z.enum(['qc', 'pbrtqc', 'manual']),
    reason: z.string(),
    heldSince: z.string(),
    qcRunId: z.string().nullable(),
    pbrtqcAlarmId: z.string().nullable(),
    lookBackFrom: z.string().nullable().openapi({ description: 'The last accepted QC before the hold' }),
    placedBy: z.string(),
    liftedAt: z.string().nullable(),
    liftedBy: z.string().nullable(),
    liftKind: z.enum(['corrective-action', 'override']).nullable(),
    liftingQcRunId: z.string().nullable(),
    overrideReason: z.string().nullable(),
    correctiveActions: z.array(CorrectiveActionSchema),
  })
  .openapi('InstrumentHold');

export const LookBackEntrySchema = z
  .object({
    resultId: z.string(),
    analysisId: z.string(),
    version: z.number().int(),
    testCode: z.string(),
    value: z.unknown(),
    numericValue: z.number().nullable(),
    unit: z.string().nullable(),
    status: z.string(),
    flags: z.array(z.string()),
    releasedAt: z.string(),
    accessionNumber: z.string(),
    patient: z.object({ id: z.string(), mrn: z.string(), familyName: z.string(), givenName: z.string() }),
  })
  .openapi('LookBackEntry');

export const PlacedHoldSchema = z
  .object({ hold: InstrumentHoldSchema, created: z.boolean(), lookBack: z.array(LookBackEntrySchema) })
  .openapi('PlacedHold');

export const QcRunOutcomeSchema = z
  .object({
    run: QcRunSchema,
    rules: z.object({
      origin: z.enum(['sigma-accepted', 'lab-override', 'default-from-sigma', 'default-standard']),
      sigma: z.number().nullable(),
    }),
    hold: PlacedHoldSchema.nullable(),
  })
  .openapi('QcRunOutcome');

const PointViolationSchema = z.object({
  rule: WestgardRuleSchema,
  role: z.enum(['warning', 'rejection']),
  scope: ViolationSchema.shape.scope,
});
const SdLineSchema = z.object({ k: z.number(), value: z.number() });
const AnnotationSchema = z.object({
  kind: z.enum(['control-lot-change', 'calibration', 'maintenance', 'reagent-lot-change', 'comment']),
  at: z.string(),
  text: z.string().optional(),
  afterPointIndex: z.number().int(),
});

export const LeveyJenningsSchema = z
  .object({
    instrumentCode: z.string(),
    testCode: z.string(),
    lot: ControlLotSchema,
    target: QcTargetSchema,
    chart: z.object({
      level: z.string(),
      lotId: z.string(),
      mean: z.number(),
      sd: z.number(),
      lines: z.array(SdLineSchema).openapi({ description: 'mean + k·SD for k = −3 … +3' }),
      points: z.array(
        z.object({
          id: z.string(),
          runId: z.string(),
          measuredAt: z.string(),
          value: z.number(),
          z: z.number(),
          status: QcObservationSchema.shape.status,
          violations: z.array(PointViolationSchema),
        }),
      ),
      annotations: z.array(AnnotationSchema),
      valueRange: z.object({ min: z.number(), max: z.number() }),
    }),
    violations: z.array(ViolationSchema),
  })
  .openapi('LeveyJenningsData');

export const ZChartSchema = z
  .object({
    instrumentCode: z.string(),
    testCode: z.string(),
    from: z.string(),
    to: z.string(),
    chart: z.object({
      series: z.array(
        z.object({
          level: z.string(),
          points: z.array(
            z.object({
              id: z.string(),
              runId: z.string(),
              measuredAt: z.string(),
              z: z.number(),
              status: QcObservationSchema.shape.status,
              sequenceIndex: z.number().int(),
              violations: z.array(PointViolationSchema),
            }),
          ),
        }),
      ),
      lines: z.array(SdLineSchema),
      annotations: z.array(AnnotationSchema),
    }),
    violations: z.array(ViolationSchema),
  })
  .openapi('ZChartData');

export const ChartWindow = z.object({
  instrumentCode: InstrumentCode,
  testCode: TestCode,
  from: dateTime.optional(),
  to: dateTime.optional(),
});

/** A type without `readonly`, deeply: what JSON of it looks like to the route's response type. */
export type Writable<T> = T extends readonly (infer U)[]
  ? Writable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;

/**
 * The services promise their answers read-only; the response schemas describe plain JSON. This only
 * drops `readonly` at compile time: the value is sent as it is.
 */
export const asJson = <T>(value: T): Writable<T> => value as Writable<T>;

export const optionalDate = (value: string | undefined): Date | undefined =>
  value === undefined ? undefined : new Date(value);
export { dateTime };
