/** A small HTTP client for tests that keeps the session cookie like a browser does. */
export class ApiClient {
  private cookie?: string;

  constructor(readonly baseUrl: string) {}

  /** The session cookie as a Cookie header value, for other clients (a WebSocket) of the same user. */
  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    const json = text ? (JSON.parse(text) as T) : ({} as T);
    return { status: res.status, body: json, headers: res.headers };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body ?? {}, headers);
  }

  /** Sends a file as the raw body (as the import dialog does). */
  async upload<T = Record<string, unknown>>(path: string, file: Buffer, contentType: string) {
    const res = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType, ...(this.cookie ? { cookie: this.cookie } : {}) }, body: file });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
  }

  /** A file download: the bytes and the headers. */
  async download(path: string) {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {} });
    return { status: res.status, file: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }

  async login(username: string, password: string): Promise<void> {
    const res = await this.post('/api/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** Polls until the check returns a value (not undefined) or the time is up. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
