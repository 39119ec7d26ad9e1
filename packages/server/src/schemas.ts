import { z } from '@hono/zod-openapi';

/** Schemas shared by several routes. Each validates requests and documents itself in the OpenAPI file. */

export const OperationOutcomeSchema = z
  .object({
    resourceType: z.literal('OperationOutcome'),
    issue: z.array(
      z.object({
        severity: z.enum(['fatal', 'error', 'warning', 'information']),
        code: z.string(),
        diagnostics: z.string().optional(),
        expression: z.array(z.string()).optional(),
      }),
    ),
  })
  .openapi('OperationOutcome');

export const errorResponses = {
  401: { description: 'Not signed in', content: { 'application/json': { schema: OperationOutcomeSchema } } },
  403: {
    description: 'Not allowed for this role',
    content: { 'application/json': { schema: OperationOutcomeSchema } },
  },
  404: { description: 'Not found', content: { 'application/json': { schema: OperationOutcomeSchema } } },
  409: {
    description: 'Conflicts with the current state',
    content: { 'application/json': { schema: OperationOutcomeSchema } },
  },
  422: {
    description: 'Invalid request',
    content: { 'application/json': { schema: OperationOutcomeSchema } },
  },
} as const;

export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .openapi({ description: 'Items per page (1–500)' }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'Items to skip' }),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const security = [{ Bearer: [] }];

export const ResultValueSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('numeric'),
      value: z.number(),
      comparator: z.enum(['<', '<=', '>', '>=']).optional(),
    }),
    z.object({ kind: z.literal('text'), text: z.string().min(1) }),
    z.object({
      kind: z.literal('coded'),
      code: z.string().min(1),
      display: z.string().optional(),
      system: z.string().optional(),
    }),
    z.object({
      kind: z.literal('structured'),
      gene: z.string().min(1),
      hgvs: z.string().min(1),
      alleleFraction: z.number().min(0).max(1).optional(),
      interpretation: z.string().optional(),
    }),
  ])
  .openapi('ResultValue');
