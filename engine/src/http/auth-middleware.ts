import { Middleware } from 'koa';
import { PublicUser } from '../modules/identity/entities';
import { IdentityService } from '../modules/identity/service';

export const SESSION_COOKIE = 'careflow_session';

export interface AuthState {
  user?: PublicUser;
  token?: string;
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
      }
    }
    await next();
  };
}
