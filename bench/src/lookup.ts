/**
 * Elder lookup latency on MySQL/MariaDB at city scale (the target: phone lookup p95 ≤ 20 ms).
 * Usage: npx tsc -b && node bench/dist/lookup.js [--url mysql://root@127.0.0.1:3306/careflow_lookup]
 *   [--elders 100000] [--requests 3000] [--concurrency 20] [--keep]
 * Seeds 100,000 elders with 300,000 relatives and terminals by bulk INSERTs, starts the engine in
 * this process and times lookups (the load comes from a worker thread) by the elder's phone, a relative's phone, a pendant's device id
 * and a name prefix, with `concurrency` requests in flight. The last line is JSON.
 */
import { openDatabase } from '@careflow/engine';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import os from 'node:os';
import { BenchDatabase, positiveInt, scalar } from './bench-database';
import { startEngineWithoutProcesses } from './process-engine';
import { flags, LoadResult } from './load';
import { LoadKind, loadInWorker } from './load-worker';
import { elderPhone, relativePhone, seedElders } from './seed-elders';
import { prng } from './seed-rows';

const opts = flags(process.argv.slice(2));
const int = (name: string, fallback: number) => positiveInt(opts, name, fallback);
const elderCount = int('elders', 100_000);
const requests = int('requests', 3000);
const concurrency = int('concurrency', 20);
const bench = new BenchDatabase(opts, 'careflow_lookup');
const log = (line: string) => process.stderr.write(`${line}\n`);
const PASSWORD = 'bench-password-1';

async function main() {
  await bench.prepare();
  const dataSource = await openDatabase(bench.config);
  const existing = await scalar(dataSource, 'SELECT COUNT(*) FROM elders');
  let seedSeconds = 0;
  if (existing === 0) {
    log(`seeding ${elderCount} elders…`);
    seedSeconds = (await seedElders(dataSource, elderCount)).seconds;
    log(`seeded in ${seedSeconds.toFixed(1)} s`);
  } else log(`reusing ${existing} elders in ${bench.name}`);
  const counts = Object.fromEntries(
    await Promise.all(['elders', 'elder_relatives', 'elder_terminals', 'elder_phone_links'].map(async (t) => [t, await scalar(dataSource, `SELECT COUNT(*) FROM ${t}`)])),
  );
  const seeded = counts.elders as number;

  const engine = await startEngineWithoutProcesses(bench.engineConfig(), dataSource);
  const results: Record<string, LoadResult> = {};
  try {
    const found: { id: string }[] = await dataSource.query("SELECT id FROM users WHERE username = 'bench-agent'");
    if (found.length === 0) await engine.users.create({ username: 'bench-agent', displayName: '话务员', password: PASSWORD, roles: ['agent'], groups: [] }, { id: null, username: 'system', ip: null });
    const agent = new ApiClient(engine.url);
    await agent.login('bench-agent', PASSWORD);
    const rand = prng(7);
    const picks = Array.from({ length: requests }, () => Math.floor(rand() * seeded));
    const names: { n: string }[] = await dataSource.query('SELECT LEFT(name, 2) AS n FROM elders ORDER BY RAND() LIMIT 200');
    const lookups = (query: (i: number) => string): string[] => picks.map((p) => `/api/elders/lookup?${query(p)}`);
    const kinds: LoadKind[] = [
      { name: 'authMe', paths: ['/api/auth/me'], check: 'ok' },
      { name: 'phone', paths: lookups((i) => `phone=${elderPhone(i)}`), check: 'matches' },
      { name: 'relativePhone', paths: lookups((i) => `phone=${relativePhone(i, 2)}`), check: 'matches' },
      { name: 'device', paths: lookups((i) => `deviceId=PD-${String(i).padStart(7, '0')}`), check: 'matches' },
      { name: 'name', paths: names.map((n) => `/api/elders/lookup?name=${encodeURIComponent(n.n)}`), check: 'matches' },
    ];
    Object.assign(results, await loadInWorker({ baseUrl: engine.url, cookie: agent.sessionCookie ?? '', kinds, requests, concurrency, warmUp: 200 }));
    for (const [name, result] of Object.entries(results)) log(`${name}: ${JSON.stringify(result)}`);
  } finally {
    await engine.stop();
    await dataSource.destroy();
  }
  await bench.finish();
  const latency = (name: string) => results[name]?.latency;
  process.stdout.write(
    `${JSON.stringify({
      bench: 'lookup', db: 'mysql', ...counts, concurrency, requests, seedSeconds: Math.round(seedSeconds * 10) / 10,
      phone: latency('phone'), relativePhone: latency('relativePhone'), device: latency('device'), name: latency('name'), authMe: latency('authMe'),
      failures: Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.failures])),
      loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
      phoneTargetMet: (latency('phone')?.p95 ?? Infinity) <= 20,
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
