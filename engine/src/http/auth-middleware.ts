import { Middleware } from 'koa';
import { PublicUser } from '../modules/identity/entities';
import { IdentityService } from '../modules/identity/service';
import { errors } from './errors';

export const SESSION_COOKIE = 'careflow_session';

/** All a session may do while its user must still replace a password an admin chose. */
const WHILE_PASSWORD_CHANGE_REQUIRED = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout', 'GET /api/health']);

export interface AuthState {
  user?: PublicUser;
  token?: string;
  /** Who signed a signed webhook's request (a switch id, a provider id), once the router has checked it. */
  signedBy?: string;
}

/** Resolves the caller from the session cookie or a bearer token; routes decide what to allow. */
export function authMiddleware(identity: IdentityService): Middleware<AuthState> {
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const token = bearer ?? ctx.cookies.get(SESSION_COOKIE);
    if (token) {
      const user = await identity.authenticate(token);
      if (user) {
        ctx.state.user = user;
        ctx.state.token = token;
        if (user.passwordChangeRequired && ctx.path.startsWith('/api/') && !WHILE_PASSWORD_CHANGE_REQUIRED.has(`${ctx.method} ${ctx.path}`)) throw errors.passwordChangeRequired();
      }
    }
    await next();
  };
}
