import { connectorReportAnswer, effectAnswer, effectKey, jobReport, recordEffectBody } from '@careflow/contracts';
import { errors } from '../../http/errors';
import { param, route } from '../../http/route';
import { ConnectorReports } from './reports';
import { ConnectorEffectStore } from './service';

const CONNECTOR = ['connector'] as const;

/** What connectors (in-process or not) ask of the engine besides their own modules' routes. */
export function connectorRuntimeRoutes(effects: ConnectorEffectStore, reports: ConnectorReports) {
  return [
    route({
      method: 'get',
      path: '/connector-effects/:key',
      summary: 'A side effect already performed under this idempotency key (404 when none)',
      access: CONNECTOR,
      response: effectAnswer,
      handler: async (ctx) => {
        const key = effectKey.parse(param(ctx, 'key'));
        const effect = await effects.recall(key);
        if (!effect) throw errors.notFound(`Effect ${key}`);
        return { effect };
      },
    }),
    route({
      method: 'put',
      path: '/connector-effects/:key',
      summary: 'Record a side effect; the first record under a key is kept and returned',
      access: CONNECTOR,
      body: recordEffectBody,
      response: effectAnswer,
      audit: { none: 'idempotency bookkeeping of a connector job; the effect itself is audited where it lands' },
      handler: async (ctx, body) => {
        const { effect } = await effects.record({ key: effectKey.parse(param(ctx, 'key')), ...body });
        return { effect };
      },
    }),
    route({
      method: 'post',
      path: '/connector-reports',
      summary: 'What a connector job came to, for the case timeline and incidents',
      access: CONNECTOR,
      body: jobReport,
      response: connectorReportAnswer,
      audit: { none: 'a connector job’s outcome, kept on the case timeline and as incidents' },
      handler: async (_ctx, body) => {
        await reports.record(body);
        return { reported: true };
      },
    }),
  ];
}
