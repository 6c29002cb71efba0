import helmet from 'koa-helmet';
import { Middleware } from 'koa';
import { errors } from './errors';

/**
 * formily compiles a form's `{{…}}` expressions with `new Function` in the browser until a safe
 * evaluator is registered as its compiler (issue 14, forms part); until then task forms with
 * reactions need eval. Remove this (script-src 'self' alone) once that evaluator is in.
 */
const FORMILY_EVAL = "'unsafe-eval'";

/**
 * Security headers on every answer (web app and API). Scripts only from this origin, never inline;
 * styles may be inline because antd and bpmn-js write their CSS at run time; nothing may frame the
 * app (click-jacking); no MIME sniffing; no referrer leaves for another site.
 */
export function securityHeaders(): Middleware {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'", FORMILY_EVAL],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a browser's `Origin` is this site (its host as the request names it) or one the admin trusts. */
export function trustedOrigin(origin: string, host: string, trusted: readonly string[]): boolean {
  if (trusted.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" (sandboxed frames, file:) and garbage
  }
}

/**
 * Refuses a state-changing request that a page on another site sent (CSRF): browsers always say
 * where a cross-site request comes from. Without `Origin` (servers, signed webhooks, curl) it passes.
 */
export function originGuard(trusted: readonly string[]): Middleware {
  return async (ctx, next) => {
    const origin = ctx.get('origin');
    if (origin && !SAFE_METHODS.has(ctx.method) && !trustedOrigin(origin, ctx.host, trusted)) {
      throw errors.forbidden(`A request from ${origin} may not change anything here`);
    }
    await next();
  };
}
