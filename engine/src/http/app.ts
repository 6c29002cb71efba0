import bodyParser from '@koa/bodyparser';
import Koa from 'koa';
import { Logger } from 'pino';
import { IdentityService } from '../modules/identity/service';
import { apiRouter } from './api-router';
import { AuthState, authMiddleware } from './auth-middleware';
import { errorMiddleware } from './error-middleware';
import { jsonDepthGuard } from './json-depth';
import { AppError, errors } from './errors';
import { RouteSpec } from './route';
import { AuditRecorder } from './route-audit';
import { originGuard, securityHeaders } from './security';
import { webApp } from './web-app';

export interface AppOptions {
  logger: Logger;
  identity: IdentityService;
  routes: RouteSpec[];
  /** Records the audit rows that routes declare. */
  audit: AuditRecorder;
  bodyLimit: string;
  webDist?: string;
  trustProxy?: boolean;
  /** Origins besides the engine's own whose pages may send state-changing requests (TRUSTED_ORIGINS). */
  trustedOrigins?: string[];
  /** Hold each declared answer to its contract (API_RESPONSE_CHECK): a mismatch is a 500. */
  checkResponses?: boolean;
}

export function createApp(options: AppOptions): Koa<AuthState> {
  const app = new Koa<AuthState>({ proxy: options.trustProxy ?? false });
  app.use(securityHeaders());
  app.use(errorMiddleware(options.logger, options.bodyLimit));
  app.use(originGuard(options.trustedOrigins ?? []));
  app.use(
    bodyParser({
      enableTypes: ['json'],
      jsonLimit: options.bodyLimit,
      encoding: 'utf-8',
      onError: (error) => {
        if ((error as { status?: number }).status === 413) throw errors.payloadTooLarge(options.bodyLimit);
        throw new AppError(400, 'invalid_json', 'The request body is not valid JSON');
      },
    }),
  );
  app.use(jsonDepthGuard());
  app.use(authMiddleware(options.identity));
  const api = apiRouter(options.routes, options.audit, { checkResponses: options.checkResponses ?? false, logger: options.logger });
  app.use(api.routes());
  app.use(api.allowedMethods());
  if (options.webDist) app.use(webApp(options.webDist));
  return app;
}
