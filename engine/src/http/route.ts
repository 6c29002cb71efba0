import { ParameterizedContext } from 'koa';
import { z } from 'zod';
import { Role } from '../modules/identity/entities';
import { parseQuery } from './query';
import { AuthState } from './auth-middleware';

/** Who may call a route: anyone, any logged-in user, or the listed roles. Every route says. */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type RouteContext = ParameterizedContext<AuthState>;

/**
 * A webhook signed with CareFlow's one scheme (HMAC-SHA256 over `<timestamp>.<raw body>`, see
 * contracts): the router checks the signature before the body is read, and answers 401
 * `bad_signature` with `refusal: <why>` to anything forged, unsigned or stale.
 */
export interface SignedBy {
  /** The secret of the caller the request names, with who that is; or why there is none. */
  secret(ctx: RouteContext): Promise<{ signer: string; secret: string } | { refused: string }>;
  /** How the 401 begins, e.g. `Event refused`. */
  refusal: string;
}

/** What a route's call gives the audit declaration to describe it with. */
export interface AuditedCall<B, R, Q = unknown> {
  ctx: RouteContext;
  body: B;
  /** The checked query string (the route's `query`), e.g. an export's filter. */
  query: Q;
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
export type RouteAudit<B = unknown, R = unknown, Q = unknown> =
  | 'service'
  | { none: string }
  | {
      action: string;
      entity: string;
      id?: (call: AuditedCall<B, R, Q>) => string | null | undefined;
      summary?: (call: AuditedCall<B, R, Q>) => Record<string, unknown> | undefined;
    };

export interface RouteSpec<B extends z.ZodType = z.ZodType, R = unknown, Q extends z.ZodType = z.ZodType> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  access: Access;
  body?: B;
  /** The query string's fields: checked like the body (a bad one is a 400 naming it), handed to the handler. */
  query?: Q;
  /**
   * The success answer's schema, from @careflow/contracts: it types the handler's result, describes
   * the answer in the OpenAPI document, and is checked against every answer when API_RESPONSE_CHECK=1.
   */
  response?: z.ZodType<R>;
  /** Answers 201 Created instead of 200 (or another success status, such as 202 Accepted). */
  created?: boolean;
  status?: 202;
  /** Public webhooks: the signature the router checks first; the handler finds the signer in ctx.state.signedBy. */
  signed?: SignedBy;
  /** The body is a file of one of these types (not JSON), handed to the handler as a Buffer. */
  upload?: { types: readonly string[]; limitBytes: number };
  handler: (ctx: RouteContext, body: z.infer<B>, query: z.infer<Q>) => Promise<R>;
  /** How the call is audited: required of writes (post, put, patch, delete), declared by sensitive reads. */
  audit?: RouteAudit<z.infer<B>, R, z.infer<Q>>;
}

/** Keeps the body, query and answer types of each route tied to their schemas. */
export function route<B extends z.ZodType = z.ZodUndefined, R = unknown, Q extends z.ZodType = z.ZodUndefined>(spec: RouteSpec<B, R, Q>): RouteSpec {
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
