import { selectConnectors } from '@careflow/connectors';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { EngineConfig, loadEngineConfig } from '@careflow/engine/dist/config';
import { openDatabase } from '@careflow/engine/dist/db/data-source';
import { RunningEngine, startEngine } from '@careflow/engine/dist/engine';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import { ApiClient } from './api-client';
import { TestDatabase } from './databases';
import { deleteLeftoverInstances } from './leftover-instances';

export const TEST_ADMIN_PASSWORD = 'Careflow-test-1';

/** Six capital letters no other suite on the shared process engine uses (a case number prefix). */
const uniqueCasePrefix = () => Array.from(crypto.randomBytes(6), (b) => String.fromCharCode(65 + (b % 26))).join('');

export interface TestEngine {
  url: string;
  engine: RunningEngine;
  dataSource: DataSource;
  config: EngineConfig;
  /** Stops the engine and its connectors, and closes the database (which is kept). */
  stop(): Promise<void>;
}

/** A real engine on a random port against the run's process engine and the given database, with connectors. */
export async function startTestEngine(db: TestDatabase, overrides: Partial<EngineConfig> = {}, connectorIds: 'all' | string[] = 'all'): Promise<TestEngine> {
  // Test partners (webhooks, HTTP servers) listen on 127.0.0.1: allowed as an admin would allow them.
  const base = loadEngineConfig({ PORT: '1', HOST: '127.0.0.1', CAREFLOW_HOME: path.join(os.tmpdir(), 'careflow-test-home'), LOG_LEVEL: 'silent', OUTBOUND_ALLOW_HOSTS: '127.0.0.1' });
  // Forced password changes are tested on their own; elsewhere the users an admin makes just work.
  const config: EngineConfig = { ...base, database: db.config, http: { ...base.http, port: 0 }, passwordChangeOnFirstLogin: false, ...overrides };
  // Every answer a route declares is held to its contract in the tests (API_RESPONSE_CHECK=1).
  config.http = { ...config.http, checkResponses: true };
  // Suites share one process engine, where a case number is the business key: each engine numbers its own.
  if (!overrides.cases) config.cases = { ...config.cases, numberPrefix: uniqueCasePrefix() };
  // A test reads its report right after the events it made: nothing kept, unless the test asks.
  if (!overrides.reports) config.reports = { cacheSeconds: 0 };
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const dataSource = await openDatabase(config.database);
  // A short long poll and grace: stopping waits for the open poll and running tasks (a robot call rings
  // for up to 45 s), and suites stop two engines each.
  const connectors = { descriptors: selectConnectors(connectorIds), maxTasksActive: 4, pollTimeoutMs: 1000, stopGraceMs: 1000 };
  // The run's process engine, linked as npm start links an external one.
  const processEngineUrl = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL;
  if (!processEngineUrl) throw new Error('No test process engine: run the tests through jest (global setup starts one)');
  const processEngine = { rest: new OperatonRest({ baseUrl: processEngineUrl }), embedded: false };
  const engine = await startEngine({ config, dataSource, logger, connectors, processEngine });
  await engine.users.ensureAdmin(TEST_ADMIN_PASSWORD);
  return {
    url: engine.url,
    engine,
    dataSource,
    config,
    stop: async () => {
      await engine.stop();
      await dataSource.destroy();
    },
  };
}

export interface EngineFixture {
  db: TestDatabase;
  running: TestEngine;
  /** Logged in as admin. */
  admin: ApiClient;
  /** Stops the engine and starts it again on the same database (a restart). */
  restart(overrides?: Partial<EngineConfig>): Promise<void>;
}

/**
 * Registers beforeAll/afterAll that give a describe block its own database and running engine.
 * The returned object is filled in once beforeAll has run. `connectorIds`: the connectors the engine
 * runs ([] for a suite that plays the connectors itself).
 */
export function useTestEngine(create: () => Promise<TestDatabase>, overrides: Partial<EngineConfig> = {}, connectorIds: 'all' | string[] = 'all'): EngineFixture {
  const fixture = {} as EngineFixture;
  const boot = async (config: Partial<EngineConfig>) => {
    fixture.running = await startTestEngine(fixture.db, config, connectorIds);
    fixture.admin = new ApiClient(fixture.running.url);
    await fixture.admin.login('admin', TEST_ADMIN_PASSWORD);
  };
  fixture.restart = async (config = overrides) => {
    await fixture.running.stop();
    await boot(config);
  };
  let began = new Date();
  beforeAll(async () => {
    began = new Date();
    fixture.db = await create();
    await boot(overrides);
  });
  afterAll(async () => {
    await fixture.running?.stop();
    await fixture.db?.drop();
    // The next block (the same tests on the other database) starts with an engine of its own.
    await deleteLeftoverInstances(began);
  }, 180_000);
  return fixture;
}
