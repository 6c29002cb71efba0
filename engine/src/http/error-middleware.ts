import { Middleware } from 'koa';
import { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError, errors, OperationalError } from './errors';

interface HttpLikeError {
  status?: number;
  message?: string;
}

/** Translates thrown errors into `{error:{code,message,details?}}`; the only place that does. */
export function errorMiddleware(logger: Logger, bodyLimit: string): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined && ctx.path.startsWith('/api')) {
        throw errors.notFound(`Route ${ctx.method} ${ctx.path}`);
      }
    } catch (thrown) {
      const error = normalise(thrown, bodyLimit);
      if (error instanceof AppError) {
        ctx.status = error.status;
        ctx.body = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
      } else if (error instanceof OperationalError) {
        logger.warn({ err: error.cause, dependency: error.dependency }, error.message);
        ctx.status = 503;
        ctx.body = { error: { code: 'unavailable', message: error.message } };
      } else {
        logger.error({ err: error, method: ctx.method, path: ctx.path }, 'unhandled error');
        ctx.status = 500;
        ctx.body = { error: { code: 'internal', message: 'Something went wrong on our side' } };
      }
    }
  };
}

/** Koa's own errors (ctx.throw, http-errors) carry a status; map the ones a client causes. */
function normalise(thrown: unknown, bodyLimit: string): unknown {
  if (thrown instanceof AppError || thrown instanceof OperationalError) return thrown;
  // A database that is down is not a bug of ours: 503 tells clients and load balancers to retry.
  if (isDatabaseUnavailable(thrown)) return errors.unavailable('The database', thrown);
  const http = thrown as HttpLikeError;
  if (http?.status === 413) return errors.payloadTooLarge(bodyLimit);
  if (http?.status === 415) return errors.unsupportedMediaType();
  if (http?.status === 405) return new AppError(405, 'method_not_allowed', http.message ?? 'Method not allowed');
  return thrown;
}
