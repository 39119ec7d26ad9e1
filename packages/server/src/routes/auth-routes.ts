import { createRoute, z } from '@hono/zod-openapi';
import { Role } from '@aliquot/domain';
import { changeUser, createUser, listStaff, login, logout } from '@aliquot/services';
import type { App, ServerInfo } from '../app-env.js';
import { body, errorResponses, json, security } from '../schemas.js';

const UserSchema = z
  .object({
    id: z.string().uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(Object.values(Role) as [Role, ...Role[]])),
    active: z.boolean(),
  })
  .openapi('User');

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['auth'],
  summary: 'Sign in; the token is accepted as a bearer token by every API',
  request: { body: body(z.object({ username: z.string().min(1), password: z.string().min(1) })) },
  responses: {
    200: json(z.object({ token: z.string(), expiresAt: z.string(), user: UserSchema }), 'Signed in'),
    401: errorResponses[401],
    422: errorResponses[422],
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['auth'],
  summary: 'End this session',
  security,
  responses: { 204: { description: 'Signed out' }, 401: errorResponses[401] },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/auth/me',
  tags: ['auth'],
  summary: 'Who is signed in',
  security,
  responses: {
    200: json(
      z.object({ id: z.string(), username: z.string(), displayName: z.string(), roles: z.array(z.string()) }),
      'The user',
    ),
    401: errorResponses[401],
  },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['users'],
  summary: 'Add a staff member (admin)',
  security,
  request: {
    body: body(
      z.object({
        username: z.string().min(2),
        displayName: z.string().min(1),
        password: z.string().min(10),
        roles: z.array(z.enum(Object.values(Role) as [Role, ...Role[]])).min(1),
      }),
    ),
  },
  responses: {
    201: json(UserSchema, 'Created'),
    401: errorResponses[401],
    403: errorResponses[403],
    409: errorResponses[409],
    422: errorResponses[422],
  },
});

const listUsersRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['users'],
  summary: 'Staff list',
  security,
  responses: { 200: json(z.object({ items: z.array(UserSchema) }), 'Staff'), 401: errorResponses[401] },
});

const changeUserRoute = createRoute({
  method: 'put',
  path: '/api/users/{id}',
  tags: ['users'],
  summary: 'Change a staff member’s roles or deactivate them (admin; not oneself)',
  security,
  request: {
    params: z.object({ id: z.string().uuid() }),
    body: body(
      z.object({
        roles: z.array(z.enum(Object.values(Role) as [Role, ...Role[]])).min(1),
        active: z.boolean(),
      }),
    ),
  },
  responses: {
    200: json(UserSchema, 'Changed'),
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
    409: errorResponses[409],
    422: errorResponses[422],
  },
});

export function authRoutes(app: App, { lab }: ServerInfo): void {
  app.openapi(loginRoute, async (c) => {
    const { username, password } = c.req.valid('json');
    const session = await login(lab, username, password);
    return c.json(
      { token: session.token, expiresAt: session.expiresAt.toISOString(), user: session.user },
      200,
    );
  });
  app.openapi(logoutRoute, async (c) => {
    await logout(lab, c.req.header('authorization')?.replace(/^Bearer\s+/i, '') ?? '');
    return c.body(null, 204);
  });
  app.openapi(meRoute, (c) => {
    const actor = c.get('actor');
    return c.json(
      { id: actor.id, username: actor.username, displayName: actor.displayName, roles: [...actor.roles] },
      200,
    );
  });
  app.openapi(createUserRoute, async (c) =>
    c.json(await createUser(lab, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(changeUserRoute, async (c) =>
    c.json(await changeUser(lab, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(listUsersRoute, async (c) => c.json({ items: await listStaff(lab, c.get('actor')) }, 200));
}
