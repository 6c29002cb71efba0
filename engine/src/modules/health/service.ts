import type { HealthReport } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { describeDatabase } from '../../db/describe';
import { DatabaseConfig } from '../../config';
import { ProcessEngineLink, processEngineVersion } from '../../operaton/engine-info';
import { withTimeout } from '../../time';


const PROBE_TIMEOUT_MS = 3000;

export class HealthService {
  private readonly startedAt = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    private readonly database: DatabaseConfig,
    private readonly version: string,
    private readonly processEngine: ProcessEngineLink,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, processEngine] = await Promise.all([this.database_(), this.processEngine_()]);
    const up = database.status === 'up' && processEngine.status === 'up';
    return {
      status: up ? 'ok' : 'degraded',
      engine: { status: 'up', version: this.version, uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000) },
      database,
      processEngine,
    };
  }

  /** Up when its REST API answers; a supervised engine that is restarting is down whatever answers. */
  private async processEngine_(): Promise<HealthReport['processEngine']> {
    const { rest, embedded, supervisor } = this.processEngine;
    const supervision = supervisor?.describe();
    const base = { url: rest.url, embedded, ...(supervision ? { supervision } : {}) };
    if (supervision && supervision.state !== 'up') {
      return { status: 'down', ...base, error: supervision.lastExit ? `${supervision.state}: ${supervision.lastExit}` : supervision.state };
    }
    try {
      return { status: 'up', ...base, version: await processEngineVersion(rest, PROBE_TIMEOUT_MS) };
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause;
      return { status: 'down', ...base, error: cause?.message ? `${(error as Error).message} (${cause.message})` : (error as Error).message };
    }
  }

  private async database_(): Promise<HealthReport['database']> {
    const type = describeDatabase(this.database).split(' ')[0];
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), PROBE_TIMEOUT_MS, 'database');
      return { status: 'up', type };
    } catch (error) {
      return { status: 'down', type, error: (error as Error).message };
    }
  }
}
