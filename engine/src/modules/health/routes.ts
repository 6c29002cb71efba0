import { healthReport } from '@careflow/contracts';
import { route } from '../../http/route';
import { HealthService } from './service';

export function healthRoutes(health: HealthService) {
  return [
    route({
      method: 'get',
      path: '/health',
      summary: 'Engine, database and process engine status; 503 when a dependency is down',
      access: 'public',
      response: healthReport,
      handler: async (ctx) => {
        const report = await health.report();
        ctx.status = report.status === 'ok' ? 200 : 503;
        return report;
      },
    }),
  ];
}
