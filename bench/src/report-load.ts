/**
 * What the report benches share: an engine keeping report answers for a given time, a supervisor
 * signed in, and each report read under load with what it counted checked.
 */
import type { EngineConfig } from '@careflow/engine/dist/config';
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import type { DataSource } from 'typeorm';
import { scalar } from './bench-database';
import { runLoad, type LoadResult } from './load';
import { startEngineWithoutProcesses } from './process-engine';

const LEAD = 'bench-lead';
const PASSWORD = 'bench-password-1';

export interface ReportUnderLoad {
  name: string;
  path: string;
  /** What the answer counted (cases opened, calls offered…): a read that counted nothing failed. */
  counted: (body: Record<string, unknown>) => number;
}

export type ReportFigures = Record<string, LoadResult & { counted: number }>;

/** Each report read `requests` times by `users` at once, on an engine keeping answers `cacheSeconds`. */
export async function timeReports(
  o: { dataSource: DataSource; config: EngineConfig; cacheSeconds: number; users: number; requests: number; log: (line: string) => void },
  reports: ReportUnderLoad[],
): Promise<ReportFigures> {
  const engine = await startEngineWithoutProcesses({ ...o.config, reports: { cacheSeconds: o.cacheSeconds } }, o.dataSource);
  try {
    // A kept database (--keep, or an earlier phase) has the user already.
    if ((await scalar(o.dataSource, `SELECT COUNT(*) FROM users WHERE username = '${LEAD}'`)) === 0)
      await engine.users.create({ username: LEAD, displayName: '值班长', password: PASSWORD, roles: ['supervisor'], groups: [] }, { id: null, username: 'system', ip: null });
    const lead = new ApiClient(engine.url);
    await lead.login(LEAD, PASSWORD);
    const figures: ReportFigures = {};
    for (const report of reports) {
      let counted = 0;
      const result = await runLoad(o.requests, o.users, async () => {
        const res = await lead.get<Record<string, unknown>>(report.path);
        counted = report.counted(res.body);
        return res.status === 200 && counted > 0;
      });
      figures[report.name] = { ...result, counted };
      o.log(`${report.name}, answers kept ${o.cacheSeconds} s, ${o.users} users: p50 ${result.latency.p50} ms, p95 ${result.latency.p95} ms, ${result.failures} failures (${counted} counted)`);
    }
    return figures;
  } finally {
    await engine.stop();
  }
}

/** The `total.<figure>` of a report's answer, 0 when absent. */
export const totalOf =
  (figure: string) =>
  (body: Record<string, unknown>): number =>
    Number((body.total as Record<string, unknown> | undefined)?.[figure] ?? 0);
