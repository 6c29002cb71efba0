import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { OperatonRest } from '../../operaton/rest';
import { HealthService } from './service';

interface Report {
  status: string;
  database: { status: string };
  processEngine: { status: string; url: string; version?: string; error?: string };
}

describe.each(testDatabases())('health on $name', ({ create }) => {
  const engine = useTestEngine(create);

  it('given the run’s process engine, when health is asked over HTTP, then it reports the process engine up with Operaton’s version', async () => {
    const res = await new ApiClient(engine.running.url).get<Report>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.processEngine).toEqual({ status: 'up', url: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL, embedded: false, version: expect.stringMatching(/^1\.0\.\d+/) });
  });

  it('given a process engine that does not answer, when health is asked, then it is degraded and says the process engine is down', async () => {
    const deadEngine = { rest: new OperatonRest({ baseUrl: 'http://127.0.0.1:9/engine-rest' }), embedded: false };
    const report = await new HealthService(engine.running.dataSource, engine.running.config.database, 'test', deadEngine).report();
    expect(report.status).toBe('degraded');
    expect(report.database.status).toBe('up');
    expect(report.processEngine).toEqual({ status: 'down', url: 'http://127.0.0.1:9/engine-rest', embedded: false, error: expect.stringMatching(/^process engine is unavailable/) });
  });

  it('given the database is gone, when health is asked over HTTP, then 503 says so and the process engine is still up', async () => {
    await engine.running.dataSource.destroy();
    try {
      const res = await new ApiClient(engine.running.url).get<Report>('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'degraded', database: { status: 'down' }, processEngine: { status: 'up' } });
    } finally {
      await engine.running.dataSource.initialize();
    }
    expect((await new ApiClient(engine.running.url).get('/api/health')).status).toBe(200);
  });
});
