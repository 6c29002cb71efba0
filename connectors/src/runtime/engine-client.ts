/**
 * Connectors reach the engine through its HTTP API only, in-process or not: the same client, the
 * same routes, the same access checks. The engine gives in-process connectors a token of its
 * `connectors` service user; a separate connector process is given one in its configuration.
 */
export interface EngineClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
}

/** The engine refused the request (4xx): retrying the same request will not help. */
export class EngineRequestError extends Error {
  override name = 'EngineRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** How long one engine request may take before it counts as an operational failure. */
const REQUEST_TIMEOUT_MS = 15_000;

/** Signs in and answers a bearer token; called again when the engine says the token has expired. */
export type SignIn = () => Promise<string>;

export class HttpEngineClient implements EngineClient {
  private token?: Promise<string>;

  constructor(
    private readonly baseUrl: string,
    private readonly signIn: SignIn,
  ) {}

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }
  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }
  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }
  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, body);
  }

  private bearer(renew: boolean): Promise<string> {
    if (renew || !this.token) {
      this.token = this.signIn();
      // A failed sign-in is not kept: the next request tries again.
      this.token.catch(() => (this.token = undefined));
    }
    return this.token;
  }

  private async request<T>(method: string, path: string, body?: unknown, renewed = false): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: { authorization: `Bearer ${await this.bearer(renewed)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (res.status === 401 && !renewed) return this.request<T>(method, path, body, true);
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as unknown) : undefined;
    if (res.ok) return parsed as T;
    const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    const message = `${method} ${path}: ${res.status} ${error?.message ?? res.statusText}`;
    // 5xx, 401 after signing in again, 429: the engine may answer later; anything else is final.
    if (res.status >= 500 || res.status === 401 || res.status === 429) throw new Error(message);
    throw new EngineRequestError(res.status, error?.code ?? 'error', message, error?.details);
  }
}

/** Signs in with a username and password (a connector process of its own). */
export const passwordSignIn =
  (baseUrl: string, username: string, password: string): SignIn =>
  async () => {
    const res = await fetch(new URL('/api/auth/token', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`Signing in to the engine as ${username} failed: ${res.status}`);
    return ((await res.json()) as { token: string }).token;
  };
