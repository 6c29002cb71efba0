import fs from 'node:fs';
import path from 'node:path';
import { Middleware } from 'koa';
import serve from 'koa-static';

/** Serves the built web app; unknown non-API paths get index.html so client routes work on reload. */
export function webApp(dist: string): Middleware {
  const index = path.join(dist, 'index.html');
  const assets = serve(dist, { index: 'index.html', maxage: 0 });
  return async (ctx, next) => {
    if (ctx.path.startsWith('/api')) return next();
    await assets(ctx, async () => undefined);
    if (ctx.body !== undefined || ctx.method !== 'GET') return next();
    if (fs.existsSync(index)) {
      ctx.type = 'html';
      ctx.body = fs.createReadStream(index);
    } else {
      ctx.type = 'text';
      ctx.body = 'The web app is not built: run `npm run build`.';
    }
  };
}
