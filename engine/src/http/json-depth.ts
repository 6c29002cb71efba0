import { Middleware } from 'koa';
import { AppError } from './errors';

/** Deeper than any form schema or model the API takes; far below what would exhaust a recursive walk. */
export const MAX_JSON_DEPTH = 100;

/** How deep `value` nests, counted without recursion and given up past `limit`. */
export function jsonDepthOver(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * A JSON body nested thousands deep parses, but every recursive walk after (validation, copies,
 * audit) would overflow the stack: it is refused as a bad request before any of them sees it.
 */
export function jsonDepthGuard(limit = MAX_JSON_DEPTH): Middleware {
  return async (ctx, next) => {
    if (jsonDepthOver(ctx.request.body, limit)) throw new AppError(400, 'invalid_json', `The request body nests deeper than ${limit} levels`);
    await next();
  };
}
