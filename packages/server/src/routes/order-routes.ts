import { createRoute, z } from '@hono/zod-openapi';
import { Priority } from '@aliquot/domain';
import { findOrders, getOrder, placeOrder } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { PageQuery, body, errorResponses, json, page, security } from '../schemas.js';

const priorities = Object.values(Priority) as [Priority, ...Priority[]];

const OrderSchema = z
  .object({
    id: z.string().uuid(),
    orderNumber: z.string(),
    placerOrderNumber: z.string().optional(),
    patientId: z.string().uuid(),
    priority: z.enum(priorities),
    status: z.string(),
    orderedAt: z.string(),
    orderables: z.array(z.string()),
    specimens: z.array(
      z.object({ accessionNumber: z.string(), specimenType: z.string(), container: z.string() }),
    ),
  })
  .openapi('Order');

const NewOrderSchema = z
  .object({
    patientId: z.string().uuid(),
    orderables: z
      .array(z.string().min(1))
      .min(1)
      .openapi({ example: ['BMP'] }),
    priority: z.enum(priorities).default('routine'),
    orderingProviderId: z.string().uuid().optional(),
    placerOrderNumber: z.string().max(64).optional(),
    clinicalInfo: z.string().max(2000).optional(),
  })
  .openapi('NewOrder');

const place = createRoute({
  method: 'post',
  path: '/api/orders',
  tags: ['orders'],
  summary: 'Order tests or panels for a patient; the specimens to collect are created with it',
  security,
  request: { body: body(NewOrderSchema) },
  responses: {
    201: json(OrderSchema, 'Placed'),
    401: errorResponses[401],
    403: errorResponses[403],
    422: errorResponses[422],
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/orders',
  tags: ['orders'],
  summary: 'Orders, newest first',
  security,
  request: { query: PageQuery.extend({ patientId: z.string().uuid().optional() }) },
  responses: { 200: json(page(OrderSchema), 'Orders'), 401: errorResponses[401] },
});

const read = createRoute({
  method: 'get',
  path: '/api/orders/{id}',
  tags: ['orders'],
  summary: 'One order with its specimens',
  security,
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 200: json(OrderSchema, 'The order'), 401: errorResponses[401], 404: errorResponses[404] },
});

export function orderRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(place, async (c) => c.json(await placeOrder(lab, c.get('actor'), c.req.valid('json')), 201));
  app.openapi(list, async (c) => {
    const { patientId, limit, offset } = c.req.valid('query');
    const { items, total } = await findOrders(lab, c.get('actor'), {
      ...(patientId ? { patientId } : {}),
      limit,
      offset,
    });
    return c.json({ items, total, limit, offset }, 200);
  });
  app.openapi(read, async (c) => c.json(await getOrder(lab, c.get('actor'), c.req.valid('param').id), 200));
}
