import { timestamp } from '@careflow/contracts';
import Koa from 'koa';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import pino from 'pino';
import { z } from 'zod';
import { apiRouter } from './api-router';
import { errorMiddleware } from './error-middleware';
import { route } from './route';

const answer = z.object({ reading: z.object({ at: timestamp, value: z.number() }) });
const heard: unknown[] = [];

/** Public routes are enough: the router's own steps (query, handler, answer check) are under test. */
const routes = [
  route({
    method: 'get',
    path: '/readings',
    summary: 'A reading, as asked',
    access: 'public',
    query: z.strictObject({ value: z.coerce.number().int().min(0), at: z.iso.date().default('2026-12-01') }),
    response: answer,
    handler: async (_ctx, _body, query) => {
      heard.push(query);
      return { reading: { at: new Date(`${query.at}T08:00:00Z`), value: query.value } };
    },
  }),
  route({
    method: 'get',
    path: '/broken',
    summary: 'An answer outside its contract',
    access: 'public',
    response: answer,
    // A bug the type checker cannot see (the value came from a loose JSON column).
    handler: async () => ({ reading: { at: new Date(0), value: 'seven' as unknown as number } }),
  }),
];

async function serve(checkResponses: boolean) {
  const app = new Koa();
  app.use(errorMiddleware(pino({ level: 'silent' }), '1mb'));
  const router = apiRouter(routes, { record: async () => undefined }, { checkResponses });
  app.use(router.routes());
  const handle = app.callback();
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('api router: declared query and answer', () => {
  let checked: Awaited<ReturnType<typeof serve>>;
  let unchecked: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    checked = await serve(true);
    unchecked = await serve(false);
  });
  afterAll(async () => {
    await checked.close();
    await unchecked.close();
  });

  it('given a declared query, when called with good fields, then the handler gets them parsed and defaulted', async () => {
    heard.length = 0;
    const res = await fetch(`${checked.url}/readings?value=7`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ reading: { at: '2026-12-01T08:00:00.000Z', value: 7 } });
    expect(heard).toEqual([{ value: 7, at: '2026-12-01' }]);
  });

  it.each([
    ['a field that is not a number', '?value=seven', 'value'],
    ['a missing field', '', 'value'],
    ['an unknown field', '?value=1&sort=desc', ''],
  ])('given %s, when called, then 400 names the problem and the handler is not run', async (_what, search, field) => {
    heard.length = 0;
    const res = await fetch(`${checked.url}/readings${search}`);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(res.status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
    if (field) expect(body.error.details.map((d) => d.path)).toContain(field);
    expect(heard).toEqual([]);
  });

  it('given the answer check on, when a handler answers outside its contract, then 500 and nothing of the answer leaks', async () => {
    const res = await fetch(`${checked.url}/broken`);
    const body = (await res.json()) as { error: { code: string }; reading?: unknown };
    expect(res.status).toBe(500);
    expect(body.error.code).toBe('internal');
    expect(body.reading).toBeUndefined();
  });

  it('given the answer check off (production), when a handler answers outside its contract, then the answer goes out unchanged', async () => {
    const res = await fetch(`${unchecked.url}/broken`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ reading: { at: '1970-01-01T00:00:00.000Z', value: 'seven' } });
  });
});
