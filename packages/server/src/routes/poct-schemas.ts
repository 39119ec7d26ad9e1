import { z } from '@hono/zod-openapi';
import { ResultValueSchema } from '../schemas.js';

/** Schemas of the point-of-care API (`/api/poct`). */

const Code = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/)
  .openapi({ example: 'GM-WARD4-01' });
const OperatorId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/)
  .openapi({ example: 'RN1001' });
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .openapi({ example: '2026-01-15' });

export const DeviceCodeParam = z.object({ code: Code });
export const OperatorParam = z.object({ id: OperatorId });
export const CertificationParam = z.object({ id: OperatorId, certificationId: z.string().uuid() });
export const NotificationParam = z.object({ id: z.string().uuid() });

const DeviceTestSchema = z.object({
  deviceCode: z
    .string()
    .trim()
    .min(1)
    .openapi({ description: 'the code the device sends (its own or a LOINC)' }),
  testCode: z.string().trim().min(1).openapi({ description: 'the catalog test', example: 'GLU' }),
});

export const PoctDeviceInputSchema = z
  .object({
    deviceType: z.string().trim().min(1).openapi({ example: 'glucose-meter' }),
    kind: z.enum(['professional', 'patient']),
    model: z.string().trim().min(1),
    serialNumber: z.string().trim().min(1),
    location: z.string().trim().min(1).openapi({ example: 'Ward 4' }),
    patientId: z.string().uuid().optional().openapi({ description: "a patient's own device: whose it is" }),
    dataManager: z
      .string()
      .trim()
      .min(1)
      .optional()
      .openapi({ description: 'HL7 MSH-3 of its data manager' }),
    tests: z.array(DeviceTestSchema).min(1),
    qcIntervalHours: z.number().int().positive().optional(),
    active: z.boolean().optional(),
  })
  .openapi('PoctDeviceInput');

export const PoctDeviceSchema = PoctDeviceInputSchema.omit({
  patientId: true,
  dataManager: true,
  qcIntervalHours: true,
})
  .extend({
    code: Code,
    patientId: z.string().nullable(),
    dataManager: z.string().nullable(),
    qcIntervalHours: z.number().nullable(),
    qcStatus: z.enum(['pass', 'fail']),
    qcCheckedAt: z.string().nullable(),
    active: z.boolean(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .openapi('PoctDevice');

export const QcCheckSchema = z.object({ outcome: z.enum(['pass', 'fail']), comment: z.string().optional() });

export const PoctCertificationSchema = z
  .object({
    id: z.string(),
    deviceType: z.string(),
    certifiedOn: z.string(),
    expiresOn: z.string(),
    revokedAt: z.string().nullable(),
    revokedBy: z.string().nullable(),
    revokeReason: z.string().nullable(),
    current: z.boolean(),
  })
  .openapi('PoctCertification');

export const PoctOperatorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    active: z.boolean(),
    certifications: z.array(PoctCertificationSchema),
  })
  .openapi('PoctOperator');

export const OperatorInputSchema = z.object({
  name: z.string().trim().min(1),
  active: z.boolean().optional(),
});
export const CertificationInputSchema = z.object({
  deviceType: z.string().trim().min(1),
  certifiedOn: Day,
  expiresOn: Day,
});
export const RevocationSchema = z.object({ reason: z.string().trim().min(1) });

export const PoctReadingSchema = z
  .object({
    id: z.string(),
    deviceCode: z.string().nullable(),
    deviceSent: z.string(),
    operatorId: z.string().nullable(),
    patientId: z.string().nullable(),
    testCode: z.string().nullable(),
    codeSent: z.string(),
    value: ResultValueSchema.nullable(),
    unit: z.string().nullable(),
    observedAt: z.string(),
    patientGenerated: z.boolean(),
    channel: z.enum(['fhir', 'hl7']),
    outcome: z.enum(['accepted', 'refused']),
    refusal: z.string().nullable(),
    resultId: z.string().nullable(),
    receivedAt: z.string(),
    receivedBy: z.string(),
  })
  .openapi('PoctReading');

export const ReadingQuery = z.object({
  device: Code.optional(),
  patientId: z.string().uuid().optional(),
  outcome: z.enum(['accepted', 'refused']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const PoctNotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['operator-locked-out', 'device-locked-out', 'discordant', 'unknown-source']),
    deviceCode: z.string().nullable(),
    operatorId: z.string().nullable(),
    readingId: z.string().nullable(),
    message: z.string(),
    detail: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    acknowledgedBy: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
  })
  .openapi('PoctNotification');

export const NotificationQuery = z.object({
  open: z
    .enum(['true', 'false'])
    .default('true')
    .openapi({ description: 'only those not yet acknowledged (default)' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ConcordanceSchema = z
  .object({
    readingId: z.string(),
    deviceCode: z.string().nullable(),
    patientId: z.string(),
    testCode: z.string(),
    poctValue: z.number(),
    poctAt: z.string(),
    patientGenerated: z.boolean(),
    labResultId: z.string(),
    labValue: z.number(),
    labAt: z.string(),
    accession: z.string(),
    minutesApart: z.number(),
    difference: z.number(),
    allowed: z.number().optional(),
    discordant: z.boolean(),
  })
  .openapi('PoctConcordance');

export const ConcordanceQuery = z.object({
  windowMinutes: z.coerce.number().int().min(1).max(1440).default(60),
  since: z.string().datetime({ offset: true }).optional(),
  discordantOnly: z.enum(['true', 'false']).default('true'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
