import Router from '@koa/router';
import { z } from 'zod';
import { AuthState } from './auth-middleware';
import { errors, FieldProblem } from './errors';
import { Access, RouteContext, RouteSpec } from './route';

export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
}

function checkAccess(ctx: RouteContext, access: Access): void {
  if (access === 'public') return;
  const user = ctx.state.user;
  if (!user) throw errors.unauthenticated();
  if (access === 'authenticated') return;
  if (!user.roles.some((role) => access.includes(role))) throw errors.forbidden();
}

/** Mounts route specs: access check, then body validation, then the handler. Nothing else. */
export function apiRouter(routes: RouteSpec[]): Router<AuthState> {
  const router = new Router<AuthState>({ prefix: '/api' });
  for (const spec of routes) {
    router[spec.method](spec.path, async (ctx: RouteContext) => {
      checkAccess(ctx, spec.access);
      let body: unknown = undefined;
      if (spec.body) {
        const parsed = spec.body.safeParse((ctx.request as { body?: unknown }).body ?? {});
        if (!parsed.success) throw errors.invalidInput(zodProblems(parsed.error));
        body = parsed.data;
      }
      const result = await spec.handler(ctx, body);
      if (result !== undefined) ctx.body = result;
      else if (ctx.body === undefined) ctx.status = 204;
      if (spec.created) ctx.status = 201;
    });
  }
  return router;
}
