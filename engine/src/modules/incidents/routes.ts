import { z } from 'zod';
import { authorOf, currentUser, param, route } from '../../http/route';
import { CaseService } from '../cases/service';
import { IncidentService } from './service';

/** Incidents belong to cases: a case outside the user's area scope is not found. */
export function incidentRoutes(incidents: IncidentService, cases: Pick<CaseService, 'find'>) {
  return [
    route({
      method: 'get',
      path: '/cases/:id/incidents',
      summary: 'Connector jobs of a case that ran out of retries',
      access: ['admin', 'supervisor', 'agent', 'auditor'],
      handler: async (ctx) => {
        await cases.find(param(ctx, 'id'), currentUser(ctx));
        return { incidents: await incidents.forCase(param(ctx, 'id')) };
      },
    }),
    route({
      method: 'post',
      path: '/cases/:id/incidents/:key/retry',
      summary: 'Run the connector again, optionally with corrected process variables',
      access: ['admin', 'supervisor'],
      body: z.strictObject({ variables: z.record(z.string(), z.json()).default({}) }),
      audit: 'service',
      handler: async (ctx, body) => {
        await cases.find(param(ctx, 'id'), currentUser(ctx));
        return { incident: await incidents.retry(param(ctx, 'id'), param(ctx, 'key'), body.variables, authorOf(ctx)) };
      },
    }),
  ];
}
