import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ChangeFeed } from '@aliquot/storage';
import type { Actor, LabContext } from '@aliquot/services';
import type { InstrumentLinks } from './instruments/instrument-hub.js';

export interface AppEnv {
  Variables: {
    /** The signed-in user, set by the authentication middleware on every route but health and login. */
    actor: Actor;
  };
}

export type App = OpenAPIHono<AppEnv>;

/** What the routes need to know about the running server. */
export interface ServerInfo {
  readonly lab: LabContext;
  readonly database: { readonly kind: 'embedded' | 'server'; readonly version: string };
  readonly startedAt: Date;
  readonly version: string;
  /** The instrument links, when the server runs them (not when only the OpenAPI document is built). */
  readonly instruments?: InstrumentLinks;
  /** Changes to the lab's work from any node, for live screens (absent when no database runs). */
  readonly changes?: ChangeFeed;
}
