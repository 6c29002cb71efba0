import { OutboundPolicy, OutboundRefusedError } from '../outbound/policy';
import type { ConnectorContext } from '../runtime/context';
import { ConnectorBpmnError, ConnectorInputError } from '../runtime/errors';
import { fill, fillDeep, jsonStringContent, MissingVariablesError, pick } from './template';

export interface HttpInput {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: string | Record<string, unknown> | unknown[];
  resultMapping: Record<string, string>;
  timeoutSeconds: number;
}

interface Answer {
  status: number;
  body: unknown;
}

const MAX_RESPONSE_BYTES = 1024 * 1024;

function build(input: HttpInput, variables: Record<string, unknown>): { url: URL; headers: Record<string, string>; body?: string } {
  try {
    const url = new URL(fill(input.url, variables, encodeURIComponent));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConnectorInputError(`Only http and https URLs are called, not ${url.protocol}`);
    const headers = Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), fill(v, variables)]));
    if (input.body === undefined || input.method === 'GET') return { url, headers };
    const body = typeof input.body === 'string' ? fill(input.body, variables, headers['content-type']?.includes('json') || /^\s*[[{]/.test(input.body) ? jsonStringContent : undefined) : JSON.stringify(fillDeep(input.body, variables));
    if (!headers['content-type']) headers['content-type'] = typeof input.body === 'string' && !/^\s*[[{]/.test(input.body) ? 'text/plain; charset=utf-8' : 'application/json';
    return { url, headers, body };
  } catch (error) {
    if (error instanceof MissingVariablesError) throw new ConnectorInputError(error.message);
    if (error instanceof TypeError) throw new ConnectorInputError(`Not a valid URL: ${(error as Error).message}`);
    throw error;
  }
}

async function call(req: ReturnType<typeof build>, method: string, timeoutMs: number, signal: AbortSignal, outbound: OutboundPolicy): Promise<Answer> {
  let res: Awaited<ReturnType<OutboundPolicy['fetch']>>;
  try {
    // Redirects are followed through the same policy: a public URL cannot bounce the call inside.
    res = await outbound.fetch(req.url, { method, headers: req.headers, body: req.body, redirect: 'follow', signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) });
  } catch (error) {
    if (error instanceof OutboundRefusedError) throw new ConnectorInputError(`${method} ${req.url.host}: ${error.message}`);
    throw new Error(`${method} ${req.url.host}: ${(error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message}`);
  }
  const buffer = Buffer.from(await res.arrayBuffer());
  if (buffer.length > MAX_RESPONSE_BYTES) throw new ConnectorInputError(`${method} ${req.url.host}: the answer is larger than 1 MB`);
  const text = buffer.toString('utf8');
  let body: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  // 4xx: the partner refused this request; the process may branch on the status. 5xx: try again.
  if (res.status >= 400 && res.status < 500) throw new ConnectorBpmnError(`HTTP_${res.status}`, `${method} ${req.url.host}${req.url.pathname} answered ${res.status}`);
  if (res.status >= 500) throw new Error(`${method} ${req.url.host}${req.url.pathname} answered ${res.status}`);
  return { status: res.status, body };
}

/**
 * A generic REST call: a new partner is a template, not code. Writes (anything but GET) run once
 * per job, so a retried job does not post twice after the partner answered.
 */
export async function callHttp(input: HttpInput, ctx: ConnectorContext): Promise<Record<string, unknown>> {
  const req = build(input, ctx.variables);
  const run = () => call(req, input.method, input.timeoutSeconds * 1000, ctx.signal, ctx.outbound);
  const answer = input.method === 'GET' ? await run() : await ctx.once('http', run);
  ctx.note({ what: 'http.called', to: [req.url.host], result: String(answer.status), detail: { method: input.method, path: req.url.pathname } });
  const entries = Object.entries(input.resultMapping);
  if (entries.length === 0) return { response: answer };
  return Object.fromEntries(entries.map(([variable, pointer]) => [variable, pick(answer.body, pointer) ?? null]));
}
