import { EngineClient, EngineRequestError } from '@careflow/connectors/dist/runtime/engine-client';

type Handler = (body: unknown, path: string) => unknown;

/**
 * The engine's connector-effects API kept in memory, for unit tests of the runtime and of
 * connectors: GET answers a recorded effect or 404, PUT keeps the first record. Other routes a
 * test needs are added with `on`, and every request is listed in `requests`.
 */
export class MemoryEngine implements EngineClient {
  readonly effects = new Map<string, unknown>();
  readonly requests: { method: string; path: string; body?: unknown }[] = [];
  private readonly routes = new Map<string, Handler>();

  on(method: string, path: string, handler: Handler): this {
    this.routes.set(`${method} ${path}`, handler);
    return this;
  }

  get<T>(path: string): Promise<T> {
    return this.handle<T>('GET', path);
  }
  post<T>(path: string, body: unknown): Promise<T> {
    return this.handle<T>('POST', path, body);
  }
  put<T>(path: string, body: unknown): Promise<T> {
    return this.handle<T>('PUT', path, body);
  }
  patch<T>(path: string, body: unknown): Promise<T> {
    return this.handle<T>('PATCH', path, body);
  }

  private async handle<T>(method: string, path: string, body?: unknown): Promise<T> {
    this.requests.push({ method, path, ...(body === undefined ? {} : { body }) });
    const effect = /^\/api\/connector-effects\/(.+)$/.exec(path);
    if (effect) {
      const key = decodeURIComponent(effect[1]);
      if (method === 'PUT' && !this.effects.has(key)) this.effects.set(key, (body as { result: unknown }).result);
      if (!this.effects.has(key)) throw new EngineRequestError(404, 'not_found', `Effect ${key} not found`);
      return { effect: { key, result: this.effects.get(key) } } as T;
    }
    const handler = this.routes.get(`${method} ${path.split('?')[0]}`);
    if (!handler) throw new EngineRequestError(404, 'not_found', `${method} ${path} is not a route of this test engine`);
    return handler(body, path) as T;
  }
}
