/**
 * The load generator in its own thread: the engine under test keeps its event loop to itself, as it
 * would with clients on other machines. Each kind is a list of request paths and what a right answer is.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { LoadResult, runLoad } from './load';

export type Check = 'ok' | 'matches' | 'oneTotal' | 'hits';
export interface LoadKind {
  name: string;
  paths: string[];
  check: Check;
  /** Another user's session than the job's. */
  cookie?: string;
}
interface Job {
  baseUrl: string;
  cookie: string;
  kinds: LoadKind[];
  requests: number;
  concurrency: number;
  warmUp: number;
}

async function request(job: Job, kind: LoadKind, i: number): Promise<boolean> {
  const res = await fetch(`${job.baseUrl}${kind.paths[i % kind.paths.length]}`, { headers: { cookie: kind.cookie ?? job.cookie } });
  if (res.status !== 200) return false;
  if (kind.check === 'ok') {
    await res.arrayBuffer();
    return true;
  }
  const body = (await res.json()) as { matches?: unknown[]; hits?: unknown[]; total?: number };
  if (kind.check === 'hits') return (body.hits?.length ?? 0) > 0;
  return kind.check === 'matches' ? (body.matches?.length ?? 0) > 0 : Number(body.total) === 1;
}

async function run(job: Job): Promise<Record<string, LoadResult>> {
  const results: Record<string, LoadResult> = {};
  for (const kind of job.kinds) {
    await runLoad(job.warmUp, job.concurrency, (i) => request(job, kind, i));
    results[kind.name] = await runLoad(job.requests, job.concurrency, (i) => request(job, kind, i));
  }
  return results;
}

if (parentPort && workerData) {
  run(workerData as Job).then(
    (results) => parentPort!.postMessage({ results }),
    (error: unknown) => parentPort!.postMessage({ error: String(error) }),
  );
}

/** Runs the kinds one after another in a worker thread and returns their results. */
export function loadInWorker(job: Job): Promise<Record<string, LoadResult>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job });
    worker.once('message', (message: { results?: Record<string, LoadResult>; error?: string }) => (message.results ? resolve(message.results) : reject(new Error(message.error))));
    worker.once('error', reject);
  });
}
