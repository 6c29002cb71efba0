import { ParameterizedContext } from 'koa';
import { z } from 'zod';
import { Role } from '../modules/identity/entities';
import { parseQuery } from './query';
import { AuthState } from './auth-middleware';

/** Who may call a route: anyone, any logged-in user, or the listed roles. Every route says. */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type RouteContext = ParameterizedContext<AuthState>;

/** What a route's call gives the audit declaration to describe it with. */
export interface AuditedCall<B, R> {
  ctx: RouteContext;
  body: B;
  result: R;
}

/**
 * How a route is audited. Every write route says (the route-audit test walks the table), and so do
 * sensitive reads:
 * - `{ action, entity }`: the router records a row after the handler succeeds, with the caller, the
 *   entity id (`id`, else the `:id` path parameter, else the `id` of the result's object) and `summary`
 *   as the row's `after`. Never put secrets or unmasked personal data in a summary.
 * - `'service'`: the service records a richer row itself (before/after, in the change's transaction).
 * - `{ none: reason }`: not a business write (machine bookkeeping, marking one's own notification read…).
 */
export type RouteAudit<B = unknown, R = unknown> =
  | 'service'
  | { none: string }
  | {
      action: string;
      entity: string;
      id?: (call: AuditedCall<B, R>) => string | null | undefined;
      summary?: (call: AuditedCall<B, R>) => Record<string, unknown> | undefined;
    };

export interface RouteSpec<B extends z.ZodType = z.ZodType, R = unknown> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  access: Access;
  body?: B;
  /** Answers 201 Created instead of 200 (or another success status, such as 202 Accepted). */
  created?: boolean;
  status?: 202;
  /** The body is a file of one of these types (not JSON), handed to the handler as a Buffer. */
  upload?: { types: readonly string[]; limitBytes: number };
  handler: (ctx: RouteContext, body: z.infer<B>) => Promise<R>;
  /** How the call is audited: required of writes (post, put, patch, delete), declared by sensitive reads. */
  audit?: RouteAudit<z.infer<B>, R>;
}

/** Keeps the body type of each route tied to its schema. */
export function route<B extends z.ZodType = z.ZodUndefined, R = unknown>(spec: RouteSpec<B, R>): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** The caller of a route whose access is not public. */
export function currentUser(ctx: RouteContext) {
  const user = ctx.state.user;
  if (!user) throw new Error('currentUser() called on a public route');
  return user;
}

/** The caller as the audit log records them. */
export function actorOf(ctx: RouteContext) {
  const user = ctx.state.user;
  return { id: user?.id ?? null, username: user?.username ?? null, ip: ctx.ip || null };
}

/** A path parameter (`:id` in the route's path) as a string. */
export function param(ctx: RouteContext, name: string): string {
  return String((ctx as unknown as { params: Record<string, string> }).params[name]);
}

/** A path parameter checked like a query field: a bad one is a 400 naming it. */
export function checkedParam<S extends z.ZodType>(ctx: RouteContext, name: string, schema: S): z.infer<S> {
  return parseQuery(z.object({ [name]: schema }), { [name]: param(ctx, name) })[name] as z.infer<S>;
}

/** The caller as the author of a change: an audit actor with a user id. */
export function authorOf(ctx: RouteContext) {
  return { ...actorOf(ctx), id: currentUser(ctx).id };
}
