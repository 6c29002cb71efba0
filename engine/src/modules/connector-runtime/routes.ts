import { z } from 'zod';
import { errors } from '../../http/errors';
import { param, route } from '../../http/route';
import { IncidentService } from '../incidents/service';
import { ConnectorEffectStore } from './service';

const CONNECTOR = ['connector'] as const;
const EffectKey = z.string().min(1).max(255);
const EngineKey = z.string().regex(/^[\w:.-]{1,64}$/);

const JobReportBody = z.strictObject({
  jobType: z.string().regex(/^[\w.:-]{1,100}$/),
  job: z.strictObject({
    // The process engine's ids (an external task's, its instance's, its activity instance's).
    key: EngineKey,
    processInstanceKey: EngineKey,
    elementId: z.string().max(255),
    elementInstanceKey: EngineKey,
    retries: z.number().int(),
    idempotencyKey: z.string().max(255),
    headers: z.record(z.string(), z.string()),
  }),
  variables: z.record(z.string(), z.json()),
  outcome: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('complete'), variables: z.record(z.string(), z.json()) }),
    z.strictObject({ kind: z.literal('bpmnError'), errorCode: z.string(), errorMessage: z.string(), variables: z.record(z.string(), z.json()).optional() }),
    z.strictObject({ kind: z.literal('fail'), errorMessage: z.string(), retries: z.number().int(), retryBackOffMs: z.number().int() }),
  ]),
  notes: z
    .array(z.strictObject({ what: z.string().max(100), to: z.array(z.string().max(100)).max(100).optional(), result: z.string().max(200).optional(), detail: z.record(z.string(), z.json()).optional() }))
    .max(200)
    .default([]),
});

/** What connectors (in-process or not) ask of the engine besides their own modules' routes. */
export function connectorRuntimeRoutes(effects: ConnectorEffectStore, incidents: IncidentService) {
  return [
    route({
      method: 'get',
      path: '/connector-effects/:key',
      summary: 'A side effect already performed under this idempotency key (404 when none)',
      access: CONNECTOR,
      handler: async (ctx) => {
        const key = EffectKey.parse(param(ctx, 'key'));
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
      body: z.strictObject({ jobType: z.string().max(100), caseId: z.string().max(36).nullable().default(null), result: z.json() }),
      audit: { none: 'idempotency bookkeeping of a connector job; the effect itself is audited where it lands' },
      handler: async (ctx, body) => {
        const { effect } = await effects.record({ key: EffectKey.parse(param(ctx, 'key')), ...body });
        return { effect };
      },
    }),
    route({
      method: 'post',
      path: '/connector-reports',
      summary: 'What a connector job came to, for the case timeline and incidents',
      access: CONNECTOR,
      body: JobReportBody,
      audit: { none: 'a connector job’s outcome, kept on the case timeline and as incidents' },
      handler: async (_ctx, body) => {
        await incidents.report(body);
        return { reported: true };
      },
    }),
  ];
}
