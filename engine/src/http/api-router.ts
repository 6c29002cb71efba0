import { allows } from '@careflow/contracts';
import { SIGNATURE_HEADER, signatureProblem, TIMESTAMP_HEADER } from '@careflow/contracts/dist/signing';
import Router from '@koa/router';
import { Logger } from 'pino';
import { AuthState } from './auth-middleware';
import { AppError, contractProblems, errors, zodProblems } from './errors';
import { parseQuery } from './query';
import { Access, RouteContext, RouteSpec } from './route';
import { AuditRecorder, recordDeclaredAudit } from './route-audit';

function checkAccess(ctx: RouteContext, access: Access): void {
  if (access === 'public') return;
  const user = ctx.state.user;
  if (!user) throw errors.unauthenticated();
  if (access === 'authenticated') return;
  if (!allows(user.roles, access)) throw errors.forbidden();
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

export interface RouterOptions {
  /** Hold each answer of a route that declares its response to that schema (API_RESPONSE_CHECK). */
  checkResponses: boolean;
  logger?: Logger;
}

/**
 * An answer that breaks its route's contract is a bug: the browser and API clients are typed by it.
 * Checked as the client reads it, after JSON (Dates are strings then).
 */
function checkResponse(spec: RouteSpec, result: unknown, logger?: Logger): void {
  if (!spec.response || result === undefined) return;
  const problems = contractProblems(spec.response, result);
  if (problems.length === 0) return;
  logger?.error({ route: `${spec.method.toUpperCase()} ${spec.path}`, problems }, 'answer breaks its declared response contract');
  throw new Error(`${spec.method.toUpperCase()} ${spec.path} answered outside its contract: ${problems.join('; ')}`);
}

/** A signed webhook's request is read only once its signature over the raw bytes checks out. */
async function checkSignature(ctx: RouteContext, signed: NonNullable<RouteSpec['signed']>): Promise<void> {
  const found = await signed.secret(ctx);
  const raw = (ctx.request as { rawBody?: string }).rawBody ?? '';
  const problem = 'refused' in found ? found.refused : signatureProblem(found.secret, ctx.get(TIMESTAMP_HEADER) || undefined, ctx.get(SIGNATURE_HEADER) || undefined, raw);
  if (problem) throw new AppError(401, 'bad_signature', `${signed.refusal}: ${problem}`);
  ctx.state.signedBy = 'signer' in found ? found.signer : undefined;
}

/** Mounts route specs: access check, then body and query validation, then the handler, then the audit row it declares. */
export function apiRouter(routes: RouteSpec[], audit: AuditRecorder, options: RouterOptions = { checkResponses: false }): Router<AuthState> {
  const router = new Router<AuthState>({ prefix: '/api' });
  for (const spec of routes) {
    router[spec.method](spec.path, async (ctx: RouteContext) => {
      checkAccess(ctx, spec.access);
      if (spec.signed) await checkSignature(ctx, spec.signed);
      let body: unknown = undefined;
      if (spec.upload) body = await readUpload(ctx, spec.upload);
      else if (ctx.request.length && !ctx.is('application/json')) throw errors.unsupportedMediaType();
      if (spec.body) {
        const parsed = spec.body.safeParse((ctx.request as { body?: unknown }).body ?? {});
        if (!parsed.success) throw errors.invalidInput(zodProblems(parsed.error));
        body = parsed.data;
      }
      const query: unknown = spec.query ? parseQuery(spec.query, ctx.query) : undefined;
      const result = await spec.handler(ctx, body, query);
      if (options.checkResponses) checkResponse(spec, result, options.logger);
      await recordDeclaredAudit(audit, spec, ctx, body, query, result);
      if (result !== undefined) ctx.body = result;
      else if (ctx.body === undefined) ctx.status = 204;
      if (spec.created) ctx.status = 201;
      if (spec.status) ctx.status = spec.status;
    });
  }
  return router;
}
