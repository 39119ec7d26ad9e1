import { z } from '@hono/zod-openapi';

/** Schemas of the instrument registry, the message journal and the unmapped queue. */

export const TestCodeMappingSchema = z
  .object({
    instrumentCode: z.string().min(1).max(60).openapi({ example: 'GLU' }),
    testCode: z.string().min(1).max(40).openapi({ example: 'GLU' }),
    instrumentUnit: z.string().max(40).optional().openapi({ example: 'mmol/L' }),
    factor: z.number().positive().optional().openapi({ example: 18.016 }),
    runs: z.boolean().optional(),
  })
  .openapi('TestCodeMapping');

export const SerumIndexCodesSchema = z
  .object({
    hemolysis: z.string().min(1).max(60).optional(),
    icterus: z.string().min(1).max(60).optional(),
    lipemia: z.string().min(1).max(60).optional(),
  })
  .openapi('SerumIndexCodes', {
    description: 'The instrument codes under which the analyzer sends serum indices as results',
    example: { hemolysis: 'H', icterus: 'I', lipemia: 'L' },
  });

export const InstrumentInputSchema = z
  .object({
    code: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/)
      .openapi({ example: 'CHEM1' }),
    name: z.string().min(1).max(200),
    protocol: z.enum(['astm', 'hl7']),
    transport: z.enum(['tcp-server', 'tcp-client']),
    host: z.string().min(1).max(255).optional(),
    port: z.number().int().min(0).max(65535).optional(),
    charset: z.enum(['latin1', 'utf-8', 'windows-1252']).optional(),
    senderIds: z.array(z.string().min(1).max(100)).max(20).optional(),
    qcPatterns: z
      .array(z.string().min(1).max(200))
      .max(20)
      .optional()
      .openapi({ example: ['^QC-'] }),
    contentionPriority: z.enum(['instrument', 'computer']).optional(),
    queryTimeoutMs: z.number().int().positive().optional(),
    serumIndexCodes: SerumIndexCodesSchema.optional(),
    active: z.boolean().optional(),
    testCodes: z.array(TestCodeMappingSchema).max(2000),
  })
  .openapi('InstrumentInput');

export const LinkStatusSchema = z
  .object({
    connection: z.string(),
    instrumentCode: z.string().nullable(),
    protocol: z.enum(['astm', 'hl7']),
    role: z.enum(['listener', 'tcp-server', 'tcp-client']),
    state: z.enum(['listening', 'connected', 'connecting', 'disconnected', 'failed', 'stopped']),
    host: z.string().nullable(),
    port: z.number().int().nullable(),
    peers: z.number().int(),
    since: z.string(),
    lastMessageAt: z.string().nullable(),
    messagesIn: z.number().int(),
    messagesOut: z.number().int(),
    lastError: z.string().nullable(),
  })
  .openapi('LinkStatus');

export const InstrumentSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    protocol: z.enum(['astm', 'hl7']),
    transport: z.enum(['tcp-server', 'tcp-client']),
    host: z.string().nullable(),
    port: z.number().int().nullable(),
    charset: z.enum(['latin1', 'utf-8', 'windows-1252']),
    senderIds: z.array(z.string()),
    qcPatterns: z.array(z.string()),
    contentionPriority: z.enum(['instrument', 'computer']),
    queryTimeoutMs: z.number().int(),
    serumIndexCodes: SerumIndexCodesSchema,
    active: z.boolean(),
    testCodes: z.array(TestCodeMappingSchema),
    updatedAt: z.string(),
    updatedBy: z.string(),
    /** Its own link, and the shared listener it may also use. */
    links: z.array(LinkStatusSchema),
  })
  .openapi('Instrument');

const JournalStateSchema = z.enum([
  'accepted',
  'processed',
  'unmapped',
  'failed',
  'queued',
  'sent',
  'acknowledged',
]);

export const JournalEntrySchema = z
  .object({
    id: z.string(),
    direction: z.enum(['in', 'out']),
    connection: z.string(),
    instrumentCode: z.string().nullable(),
    protocol: z.enum(['astm', 'hl7']),
    messageType: z.string(),
    state: JournalStateSchema,
    error: z.string().nullable(),
    warnings: z.array(z.string()),
    controlId: z.string(),
    sender: z.string(),
    receivedAt: z.string().nullable(),
    sentAt: z.string().nullable(),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    replyTo: z.string().nullable(),
    resultCount: z.number().int(),
    processedAt: z.string().nullable(),
    createdAt: z.string(),
    raw: z.object({
      base64: z.string(),
      text: z
        .string()
        .openapi({ description: 'The message with control characters written as <STX>, <CR>…' }),
      bytes: z.number().int(),
    }),
    frames: z.object({ base64: z.string(), text: z.string() }).nullable(),
  })
  .openapi('JournalEntry');

export const JournalQuery = z.object({
  connection: z.string().max(100).optional(),
  instrument: z.string().max(40).optional(),
  state: JournalStateSchema.optional(),
  direction: z.enum(['in', 'out']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ProcessOutcomeSchema = z
  .object({
    id: z.string(),
    state: JournalStateSchema,
    error: z.string().nullable(),
    resultCount: z.number().int(),
    entry: JournalEntrySchema,
  })
  .openapi('ProcessOutcome');

export const UnmappedCodeSchema = z
  .object({
    instrument: z.string(),
    kind: z.enum(['test', 'sender', 'control']),
    code: z.string(),
    firstSeen: z.string(),
    lastSeen: z.string(),
    count: z.number().int(),
    journalIds: z.array(z.string()),
  })
  .openapi('UnmappedCode');
