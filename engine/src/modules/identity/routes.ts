import { loginAnswer, loginBody, tokenAnswer, userAnswer } from '@careflow/contracts';
import { SESSION_COOKIE } from '../../http/auth-middleware';
import { actorOf, route } from '../../http/route';
import { IdentityService } from './service';

export function identityRoutes(identity: IdentityService) {
  return [
    route({
      method: 'post',
      path: '/auth/login',
      summary: 'Log in; sets the session cookie',
      access: 'public',
      body: loginBody,
      response: loginAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        const session = await identity.login(body.username, body.password, ctx.ip || null);
        ctx.cookies.set(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: ctx.secure,
          expires: session.expiresAt,
          overwrite: true,
        });
        return { user: session.user, expiresAt: session.expiresAt.toISOString() };
      },
    }),
    route({
      method: 'post',
      path: '/auth/token',
      summary: 'Log in as an API client; returns a bearer token',
      access: 'public',
      body: loginBody,
      response: tokenAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        const session = await identity.login(body.username, body.password, ctx.ip || null);
        return { token: session.token, user: session.user, expiresAt: session.expiresAt.toISOString() };
      },
    }),
    route({
      method: 'post',
      path: '/auth/logout',
      summary: 'End the current session',
      access: 'authenticated',
      audit: 'service',
      handler: async (ctx) => {
        if (ctx.state.token) await identity.logout(ctx.state.token, actorOf(ctx));
        ctx.cookies.set(SESSION_COOKIE, null, { httpOnly: true, sameSite: 'lax' });
        return undefined;
      },
    }),
    route({
      method: 'get',
      path: '/auth/me',
      summary: 'The logged-in user',
      access: 'authenticated',
      response: userAnswer,
      handler: async (ctx) => ({ user: ctx.state.user }),
    }),
  ];
}
