import { ParameterizedContext } from 'koa';
import { z } from 'zod';
import { Role } from '../modules/identity/entities';
import { parseQuery } from './query';
import { AuthState } from './auth-middleware';

/** Who may call a route: anyone, any logged-in user, or the listed roles. Every route says. */
export type Access = 'public' | 'authenticated' | readonly Role[];

export type RouteContext = ParameterizedContext<AuthState>;

export interface RouteSpec<B extends z.ZodType = z.ZodType> {
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
  handler: (ctx: RouteContext, body: z.infer<B>) => Promise<unknown>;
}

/** Keeps the body type of each route tied to its schema. */
export function route<B extends z.ZodType = z.ZodUndefined>(spec: RouteSpec<B>): RouteSpec {
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
