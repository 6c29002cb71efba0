import { ApiClient } from '../../testing/api-client';
import { testDatabases } from '../../testing/databases';
import { useTestEngine } from '../../testing/test-engine';
import { createZeebeClient } from '../../zeebe/client';
import { HealthService } from './service';

interface Report {
  status: string;
  database: { status: string };
  zeebe: { status: string; error?: string };
}

describe.each(testDatabases())('health on $name', ({ create }) => {
  const engine = useTestEngine(create);

  it('given Zeebe that does not answer, when health is asked, then 503 says Zeebe is down and the database up', async () => {
    // Nothing listens on port 9 (discard) on loopback: a gateway that is down.
    const deadZeebe = createZeebeClient('127.0.0.1:9');
    try {
      const report = await new HealthService(engine.running.dataSource, engine.running.config.database, deadZeebe, '127.0.0.1:9', 'test').report();
      expect(report).toMatchObject({ status: 'degraded', database: { status: 'up' }, zeebe: { status: 'down', address: '127.0.0.1:9' } });
    } finally {
      await deadZeebe.close();
    }
  });

  it('given the database is gone, when health is asked over HTTP, then 503 says so and Zeebe is still up', async () => {
    await engine.running.dataSource.destroy();
    try {
      const res = await new ApiClient(engine.running.url).get<Report>('/api/health');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'degraded', database: { status: 'down' }, zeebe: { status: 'up' } });
    } finally {
      await engine.running.dataSource.initialize();
    }
    expect((await new ApiClient(engine.running.url).get('/api/health')).status).toBe(200);
  });
});
