import { incidentAnswer, incidentListAnswer, incidentListQuery, incidentPage, retryIncidentBody } from '@careflow/contracts';
import { authorOf, currentUser, param, route } from '../../http/route';
import { CaseService } from '../cases/service';
import { IncidentService } from './service';

/** Incidents belong to cases: a case outside the user's area scope is not found. */
export function incidentRoutes(incidents: IncidentService, cases: Pick<CaseService, 'find'>) {
  return [
    route({
      method: 'get',
      path: '/incidents',
      summary: 'Open incidents of the cases in the supervisor’s scope, oldest first',
      access: ['admin', 'supervisor'],
      query: incidentListQuery,
      response: incidentPage,
      handler: async (ctx, _body, query) => incidents.open(currentUser(ctx), query),
    }),
    route({
      method: 'get',
      path: '/cases/:id/incidents',
      summary: 'Connector jobs of a case that ran out of retries',
      access: ['admin', 'supervisor', 'agent', 'auditor'],
      response: incidentListAnswer,
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
      body: retryIncidentBody,
      response: incidentAnswer,
      audit: 'service',
      handler: async (ctx, body) => {
        await cases.find(param(ctx, 'id'), currentUser(ctx));
        return { incident: await incidents.retry(param(ctx, 'id'), param(ctx, 'key'), body.variables, authorOf(ctx)) };
      },
    }),
  ];
}
