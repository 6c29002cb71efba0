import { selectConnectors, startConnectorWorkers } from '@careflow/connectors';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { EngineConfig, loadEngineConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { RunningEngine, startEngine } from '../engine';
import { createZeebeClient, ZeebeClient } from '../zeebe/client';
import { TestDatabase } from './databases';

export const TEST_ADMIN_PASSWORD = 'admin-password-1';

export function testZeebeAddress(): string {
  const address = process.env.CAREFLOW_TEST_ZEEBE_ADDRESS;
  if (!address) throw new Error('No test broker: run the tests through jest (global setup starts one)');
  return address;
}

export interface TestEngine {
  url: string;
  engine: RunningEngine;
  dataSource: DataSource;
  zeebe: ZeebeClient;
  config: EngineConfig;
  /** Stops the engine, its connectors, its Zeebe client and closes the database (which is kept). */
  stop(): Promise<void>;
}

/** A real engine on a random port against the test broker and the given database, with connectors. */
export async function startTestEngine(db: TestDatabase, overrides: Partial<EngineConfig> = {}): Promise<TestEngine> {
  const base = loadEngineConfig({ PORT: '1', HOST: '127.0.0.1', CAREFLOW_HOME: path.join(os.tmpdir(), 'careflow-test-home'), LOG_LEVEL: 'silent' });
  const config: EngineConfig = { ...base, database: db.config, http: { ...base.http, port: 0 }, ...overrides };
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const dataSource = await openDatabase(config.database);
  const zeebe = createZeebeClient(testZeebeAddress());
  const engine = await startEngine({ config, dataSource, zeebe, zeebeAddress: testZeebeAddress(), logger });
  const workers = startConnectorWorkers(zeebe, selectConnectors('all'), { logger, maxJobsActive: 4 });
  await engine.identity.ensureAdmin(TEST_ADMIN_PASSWORD);
  return {
    url: engine.url,
    engine,
    dataSource,
    zeebe,
    config,
    stop: async () => {
      await engine.stop();
      await workers.close();
      await zeebe.close();
      await dataSource.destroy();
    },
  };
}
