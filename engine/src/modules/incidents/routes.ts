import { z } from 'zod';
import { parseQuery } from '../../http/query';
import { authorOf, currentUser, param, route } from '../../http/route';
import { CaseService } from '../cases/service';
import { IncidentService } from './service';

const ListQuery = z.strictObject({
  /** connector, or a job of the engine's (timer, async continuation): Operaton only. */
  kind: z.enum(['connector', 'timer', 'async', 'job']).optional(),
  /** failedJob or failedExternalTask (Operaton's types). */
  incidentType: z.string().max(64).optional(),
  serviceType: z.string().max(64).optional(),
  /** An area path: only cases under it. */
  area: z.string().max(255).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** Incidents belong to cases: a case outside the user's area scope is not found. */
export function incidentRoutes(incidents: IncidentService, cases: Pick<CaseService, 'find'>) {
  return [
    route({
      method: 'get',
      path: '/incidents',
      summary: 'Open incidents of the cases in the supervisor’s scope, oldest first',
      access: ['admin', 'supervisor'],
      handler: async (ctx) => incidents.open(currentUser(ctx), parseQuery(ListQuery, ctx.query)),
    }),
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
