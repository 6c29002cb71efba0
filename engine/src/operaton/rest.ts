import { basicAuthorization } from '@careflow/connectors';
import { errors } from '../http/errors';

/** Where the process engine's REST API is and how CareFlow talks to it. */
export interface OperatonRestOptions {
  /** e.g. `http://127.0.0.1:8080/engine-rest` */
  baseUrl: string;
  /** A request that takes longer counts as the engine being down. */
  timeoutMs?: number;
  /** HTTP basic credentials, when the engine requires them (production). */
  credentials?: { user: string; password: string };
}

/**
 * The engine answered with its own error: 4xx when the request is wrong or does not fit the
 * engine's state (a parse error, a missing instance, a message nobody waits for), 500 when the
 * process failed on it (an expression error). `retryable` marks the one 500 that is a race.
 */
export class ProcessEngineRejection extends Error {
  override name = 'ProcessEngineRejection';
  constructor(
    readonly status: number,
    /** Operaton's exception type, e.g. `ParseException`, `InvalidRequestException`, `RestException`. */
    readonly type: string,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }

  get retryable(): boolean {
    return this.type === 'OptimisticLockingException';
  }
}

export type Query = Record<string, string | number | boolean | undefined>;

const PROCESS_ENGINE = 'process engine';

/**
 * The one HTTP core of the Operaton client. Whatever is not a 4xx answer (refused connection,
 * timeout, 5xx) is an operational error: the engine is down or failing, and the caller may retry.
 */
export class OperatonRest {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly authorization?: string;

  constructor(options: OperatonRestOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 10_000;
    if (options.credentials) this.authorization = basicAuthorization(options.credentials.user, options.credentials.password);
  }

  get url(): string {
    return this.baseUrl;
  }

  /** The headers every request carries (the credentials), for clients with their own HTTP core (the external-task workers). */
  get headers(): Record<string, string> {
    return this.authorization ? { authorization: this.authorization } : {};
  }

  get<T>(path: string, query?: Query, timeoutMs?: number): Promise<T> {
    return this.request<T>('GET', path + queryString(query), undefined, timeoutMs);
  }

  post<T>(path: string, body?: unknown, timeoutMs?: number): Promise<T> {
    return this.request<T>('POST', path, body === undefined ? undefined : JSON.stringify(body), timeoutMs);
  }

  put<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>('PUT', path, body === undefined ? undefined : JSON.stringify(body));
  }

  delete<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>('DELETE', path + queryString(query));
  }

  /** multipart/form-data, as `/deployment/create` takes it. */
  postForm<T>(path: string, form: FormData): Promise<T> {
    return this.request<T>('POST', path, form);
  }

  private async request<T>(method: string, path: string, body?: string | FormData, timeoutMs = this.timeoutMs): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (typeof body === 'string') headers['content-type'] = 'application/json';
    if (this.authorization) headers.authorization = this.authorization;
    let response: Response;
    try {
      response = await fetch(this.baseUrl + path, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (cause) {
      throw errors.unavailable(PROCESS_ENGINE, cause);
    }
    const text = await response.text().catch(() => '');
    const parsed = parseJson(text);
    if (response.ok) return parsed as T;
    const { type, message } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { type?: string; message?: string };
    // 401/403 means CareFlow's own credentials are wrong: a set-up fault, not the caller's.
    if (response.status === 401 || response.status === 403 || (response.status >= 500 && !type)) {
      throw errors.unavailable(PROCESS_ENGINE, new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`));
    }
    throw new ProcessEngineRejection(response.status, type ?? 'RestException', message ?? `${method} ${path} was refused (${response.status})`, parsed);
  }
}

function queryString(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
