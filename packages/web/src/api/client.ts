import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { ProblemError, toProblem } from './problem';

/** The one way the app talks to the server: a fetch client typed by the generated OpenAPI paths. */
export const api = createClient<paths>({ baseUrl: window.location.origin });

let token: string | undefined;
let onUnauthorized: (() => void) | undefined;

/** Sets the bearer token sent with every request, and what to do when the server no longer accepts it. */
export function configureAuth(next: string | undefined, expired?: () => void): void {
  token = next;
  onUnauthorized = expired;
}

const auth: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    const signingIn = new URL(request.url).pathname === '/api/auth/login';
    if (response.status === 401 && token && !signingIn) onUnauthorized?.();
    return response;
  },
};
api.use(auth);

/**
 * The data of an openapi-fetch answer, or a thrown ProblemError carrying the server's OperationOutcome.
 * Screens call `ok(await api.GET(...))` and catch problems where they show them.
 */
export function ok<T>(answer: { data?: T; error?: unknown; response: Response }): T {
  if (answer.response.ok && answer.data !== undefined) return answer.data;
  throw new ProblemError(toProblem(answer.error, answer.response.status));
}

/** For answers without a body (204). */
export function done(answer: { error?: unknown; response: Response }): void {
  if (!answer.response.ok) throw new ProblemError(toProblem(answer.error, answer.response.status));
}
