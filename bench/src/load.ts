/** A closed-loop load generator: `concurrency` requests in flight until `total` have been made. */
import { performance } from 'node:perf_hooks';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  latency: Latency;
  failures: number;
  requestsPerSecond: number;
}

/** Nearest-rank percentiles in ms, to 0.1 ms. */
export function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round((sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

/** Runs request(i) for i in [0, total); request resolves true when the answer was right. */
export async function runLoad(total: number, concurrency: number, request: (i: number) => Promise<boolean>): Promise<LoadResult> {
  const samples: number[] = [];
  let failures = 0;
  let next = 0;
  const began = performance.now();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const start = performance.now();
      let ok = false;
      try {
        ok = await request(i);
      } catch {
        ok = false; // a refused or broken connection counts like a wrong status
      }
      samples.push(performance.now() - start);
      if (!ok) failures++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  const seconds = (performance.now() - began) / 1000;
  return { latency: percentiles(samples), failures, requestsPerSecond: Math.round(total / seconds) };
}

/** Reads `--name value` flags; `--flag` alone is true. */
export function flags(argv: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (!name.startsWith('--')) continue;
    const value = argv[i + 1];
    if (value !== undefined && !value.startsWith('--')) {
      found.set(name.slice(2), value);
      i++;
    } else found.set(name.slice(2), 'true');
  }
  return found;
}
