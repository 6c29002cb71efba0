import { z } from 'zod';
import { authorOf, param, route } from '../../http/route';
import { IncidentService } from './service';

export function incidentRoutes(incidents: IncidentService) {
  return [
    route({
      method: 'get',
      path: '/cases/:id/incidents',
      summary: 'Connector jobs of a case that ran out of retries',
      access: ['admin', 'supervisor', 'agent', 'auditor'],
      handler: async (ctx) => ({ incidents: await incidents.forCase(param(ctx, 'id')) }),
    }),
    route({
      method: 'post',
      path: '/cases/:id/incidents/:key/retry',
      summary: 'Run the connector again, optionally with corrected process variables',
      access: ['admin', 'supervisor'],
      body: z.strictObject({ variables: z.record(z.string(), z.json()).default({}) }),
      handler: async (ctx, body) => ({
        incident: await incidents.retry(param(ctx, 'id'), param(ctx, 'key'), body.variables, authorOf(ctx)),
      }),
    }),
  ];
}
