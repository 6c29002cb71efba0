import { DataSource } from 'typeorm';
import { describeDatabase } from '../../db/data-source';
import { DatabaseConfig } from '../../config';
import { ProcessEngineLink, ProcessEngineSupervision, processEngineVersion } from '../../operaton/engine-info';
import { withTimeout, ZeebeClient } from '../../zeebe/client';

export interface HealthReport {
  status: 'ok' | 'degraded';
  engine: { status: 'up'; version: string; uptimeSeconds: number };
  database: { status: 'up' | 'down'; type: string; error?: string };
  /** The Zeebe broker; absent when cases run on Operaton (no broker is started). */
  zeebe?: {
    status: 'up' | 'down';
    address: string;
    gatewayVersion?: string;
    brokerVersion?: string;
    clusterSize?: number;
    partitions?: { partitionId: number; role: string; health: string }[];
    error?: string;
  };
  /** Operaton; absent when this engine was started without one. */
  processEngine?: {
    status: 'up' | 'down';
    url: string;
    /** Started and supervised by CareFlow (npm start) rather than external. */
    embedded: boolean;
    version?: string;
    supervision?: ProcessEngineSupervision;
    error?: string;
  };
}

const PROBE_TIMEOUT_MS = 3000;

export class HealthService {
  private readonly startedAt = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    private readonly database: DatabaseConfig,
    private readonly zeebe: { client: ZeebeClient; address: string } | undefined,
    private readonly version: string,
    private readonly processEngine?: ProcessEngineLink,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, zeebe, processEngine] = await Promise.all([this.database_(), this.zeebe_(), this.processEngine_()]);
    const up = database.status === 'up' && (zeebe?.status ?? 'up') === 'up' && (processEngine?.status ?? 'up') === 'up';
    return {
      status: up ? 'ok' : 'degraded',
      engine: { status: 'up', version: this.version, uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000) },
      database,
      ...(zeebe ? { zeebe } : {}),
      ...(processEngine ? { processEngine } : {}),
    };
  }

  /** Up when its REST API answers; a supervised engine that is restarting is down whatever answers. */
  private async processEngine_(): Promise<HealthReport['processEngine']> {
    if (!this.processEngine) return undefined;
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

  /** Up means every partition has a healthy leader. */
  private async zeebe_(): Promise<HealthReport['zeebe']> {
    if (!this.zeebe) return undefined;
    const { client, address } = this.zeebe;
    try {
      const topology = await withTimeout(client.topology(), PROBE_TIMEOUT_MS, 'Zeebe gateway');
      const partitions = topology.brokers.flatMap((b) =>
        b.partitions.map((p) => ({ partitionId: p.partitionId, role: String(p.role), health: String(p.health) })),
      );
      const leaders = new Set(partitions.filter((p) => p.role === 'LEADER' && p.health === 'HEALTHY').map((p) => p.partitionId));
      const healthy = topology.partitionsCount > 0 && leaders.size === topology.partitionsCount;
      return {
        status: healthy ? 'up' : 'down',
        address,
        gatewayVersion: topology.gatewayVersion,
        brokerVersion: (topology.brokers[0] as { version?: string } | undefined)?.version, // sent by the gateway, missing from the SDK's type
        clusterSize: topology.clusterSize,
        partitions,
        ...(healthy ? {} : { error: 'not every partition has a healthy leader' }),
      };
    } catch (error) {
      return { status: 'down', address, error: (error as Error).message };
    }
  }
}
