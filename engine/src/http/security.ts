import helmet from 'koa-helmet';
import { Middleware } from 'koa';
import { errors } from './errors';

/**
 * Security headers on every answer (web app and API). Scripts only from this origin, never inline and never eval (form
 * expressions are interpreted by the forms package, not compiled);
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
        scriptSrc: ["'self'"],
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
