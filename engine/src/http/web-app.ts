import fs from 'node:fs';
import path from 'node:path';
import { Middleware } from 'koa';
import serve from 'koa-static';

/** A path that decodes to a `..` segment, a NUL or nothing decodable: never a file of the app. */
function outsideTheApp(rawPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return true;
  }
  return decoded.includes('\0') || decoded.split(/[\\/]/).includes('..');
}

/** Serves the built web app; unknown non-API paths get index.html so client routes work on reload. */
export function webApp(dist: string): Middleware {
  const index = path.join(dist, 'index.html');
  const assets = serve(dist, { index: 'index.html', maxage: 0 });
  return async (ctx, next) => {
    if (ctx.path.startsWith('/api')) return next();
    // `%2e%2e/` or `..%2f` reach the file server decoded: answer 404 as for any file that is not there.
    if (outsideTheApp(ctx.path)) {
      ctx.status = 404;
      ctx.type = 'text';
      ctx.body = 'Not found';
      return;
    }
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
