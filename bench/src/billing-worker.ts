/**
 * The billing bench's load generator in its own thread (like load-worker.ts), for calls that each
 * carry their own session: the provider portal's admins, or the hotline's admin. One job is one
 * list of calls made `requests` times round, `concurrency` in flight, timed end to end.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { LoadResult, runLoad } from './load';

export interface Call {
  path: string;
  cookie: string;
}
/** ok: status 200; json: 200 with a JSON body; pdf: 200 with a PDF file. */
export type Expect = 'ok' | 'json' | 'pdf';
export interface CallsJob {
  baseUrl: string;
  calls: Call[];
  requests: number;
  concurrency: number;
  warmUp: number;
  expect: Expect;
}
export interface CallsResult extends LoadResult {
  requests: number;
  seconds: number;
  /** Mean response size in bytes. */
  meanBytes: number;
}

async function call(job: CallsJob, c: Call, sizes: number[]): Promise<boolean> {
  const res = await fetch(`${job.baseUrl}${c.path}`, { headers: { cookie: c.cookie } });
  const body = Buffer.from(await res.arrayBuffer());
  sizes.push(body.length);
  if (res.status !== 200) return false;
  if (job.expect === 'pdf') return (res.headers.get('content-type') ?? '').startsWith('application/pdf') && body.subarray(0, 5).toString() === '%PDF-';
  if (job.expect === 'json') return typeof JSON.parse(body.toString('utf8')) === 'object';
  return true;
}

async function run(job: CallsJob): Promise<CallsResult> {
  const calls = job.calls;
  await runLoad(job.warmUp, job.concurrency, (i) => call(job, calls[i % calls.length], []));
  const sizes: number[] = [];
  const began = performance.now();
  const result = await runLoad(job.requests, job.concurrency, (i) => call(job, calls[i % calls.length], sizes));
  const seconds = (performance.now() - began) / 1000;
  const meanBytes = sizes.length ? Math.round(sizes.reduce((t, s) => t + s, 0) / sizes.length) : 0;
  return { ...result, requests: job.requests, seconds: Math.round(seconds * 100) / 100, meanBytes };
}

if (parentPort && workerData) {
  run(workerData as CallsJob).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: String(error) }),
  );
}

/** Runs the job in a worker thread and returns its figures. */
export function callsInWorker(job: CallsJob): Promise<CallsResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job });
    worker.once('message', (message: { result?: CallsResult; error?: string }) => (message.result ? resolve(message.result) : reject(new Error(message.error))));
    worker.once('error', reject);
  });
}
