// Small typed fetch wrapper for the engine's JSON API.
import { errorBody, type ErrorBody, type ErrorCode } from '@careflow/contracts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Body shape of every API error: `{error:{code,message,details?}}` (see contracts). */
export type ApiErrorBody = ErrorBody;

/** Code used when the response carried no error body (proxy errors, HTML pages…). */
export const HTTP_ERROR = 'HTTP_ERROR';
/** Code used when the request never got a response. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/** What went wrong: the engine's error code, or one of the two the browser itself decides. */
export type ApiErrorCode = ErrorCode | typeof HTTP_ERROR | typeof NETWORK_ERROR;

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: unknown;

  constructor(status: number, code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export interface RequestOptions {
  /** JSON-encoded unless it is a Blob (a file upload), which is sent as is. */
  body?: unknown;
  /** Content-Type of a Blob body; defaults to the Blob's own type. */
  contentType?: string;
  signal?: AbortSignal;
  /** Do not treat a 401 as an expired session (login, me, logout, public routes). */
  skipAuthRedirect?: boolean;
  /** Non-2xx statuses whose body is still returned as data (e.g. 503 from /api/health). */
  acceptStatus?: readonly number[];
}

type UnauthorizedHandler = () => void;
let unauthorizedHandler: UnauthorizedHandler | null = null;

/** Registers what happens on a 401; returns a function that unregisters it. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = null;
  };
}

/** A body in the engine's error shape with a code the contract knows. */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return errorBody.safeParse(value).success;
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(res: Response, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { code, message, details } = body.error;
    return new ApiError(res.status, code, message, details);
  }
  return new ApiError(res.status, HTTP_ERROR, `HTTP ${res.status} ${res.statusText}`.trim());
}

export async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof Blob) {
    headers['Content-Type'] = options.contentType ?? (options.body.type || 'application/octet-stream');
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, NETWORK_ERROR, err instanceof Error ? err.message : String(err));
  }

  const data = await readBody(res);
  if (res.ok || options.acceptStatus?.includes(res.status)) return data as T;
  if (res.status === 401 && !options.skipAuthRedirect) unauthorizedHandler?.();
  throw toApiError(res, data);
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

/** A query string from the non-empty values, with the leading `?` (or an empty string). */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    // The engine validates every query field, so empty ones are left out rather than sent as ''.
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
