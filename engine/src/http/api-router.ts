import Router from '@koa/router';
import { z } from 'zod';
import { AuthState } from './auth-middleware';
import { errors, FieldProblem } from './errors';
import { Access, RouteContext, RouteSpec } from './route';
import { AuditRecorder, recordDeclaredAudit } from './route-audit';

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

/** Reads a file body of an allowed type, refusing it once it grows past the limit. */
async function readUpload(ctx: RouteContext, upload: NonNullable<RouteSpec['upload']>): Promise<Buffer> {
  if (!upload.types.some((type) => ctx.is(type))) throw errors.unsupportedMediaType(upload.types.join(' or '));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > upload.limitBytes) throw errors.payloadTooLarge(`${Math.round(upload.limitBytes / 1024 / 1024)} MB`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) throw errors.invalidInput([{ path: '(body)', message: 'the file is empty' }]);
  return Buffer.concat(chunks);
}

/** Mounts route specs: access check, then body validation, then the handler, then the audit row it declares. */
export function apiRouter(routes: RouteSpec[], audit: AuditRecorder): Router<AuthState> {
  const router = new Router<AuthState>({ prefix: '/api' });
  for (const spec of routes) {
    router[spec.method](spec.path, async (ctx: RouteContext) => {
      checkAccess(ctx, spec.access);
      let body: unknown = undefined;
      if (spec.upload) body = await readUpload(ctx, spec.upload);
      else if (ctx.request.length && !ctx.is('application/json')) throw errors.unsupportedMediaType();
      if (spec.body) {
        const parsed = spec.body.safeParse((ctx.request as { body?: unknown }).body ?? {});
        if (!parsed.success) throw errors.invalidInput(zodProblems(parsed.error));
        body = parsed.data;
      }
      const result = await spec.handler(ctx, body);
      await recordDeclaredAudit(audit, spec, ctx, body, result);
      if (result !== undefined) ctx.body = result;
      else if (ctx.body === undefined) ctx.status = 204;
      if (spec.created) ctx.status = 201;
      if (spec.status) ctx.status = spec.status;
    });
  }
  return router;
}
