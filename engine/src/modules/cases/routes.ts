import { z } from 'zod';
import { parseQuery } from '../../http/query';
import { actorOf, currentUser, param, route, RouteContext } from '../../http/route';
import { CHANNELS, PRIORITIES } from '../service-types/schema';
import { CASE_STATUSES } from './entities';
import { CaseService } from './service';

const STAFF = ['admin', 'supervisor', 'agent', 'auditor'] as const;
const WORKERS = ['admin', 'supervisor', 'agent'] as const;
const SUPERVISORS = ['admin', 'supervisor'] as const;
const Text = z.strictObject({ text: z.string().trim().min(1, 'required').max(2000) });

const CaseQuery = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  serviceType: z.string().max(64).optional(),
  channel: z.enum(CHANNELS).optional(),
  caseNumber: z.string().max(32).optional(),
  elderId: z.string().max(36).optional(),
  openedFrom: z.coerce.date().optional(),
  openedTo: z.coerce.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function caseRoutes(cases: CaseService) {
  const id = (ctx: RouteContext) => param(ctx, 'id');
  return [
    route({
      method: 'post',
      path: '/cases',
      summary: 'Open a case: takes a number and starts the service type’s published process',
      access: WORKERS,
      body: z.strictObject({
        serviceType: z.string().min(1).max(64),
        channel: z.enum(CHANNELS),
        elderId: z.string().max(36).optional(),
        priority: z.enum(PRIORITIES).optional(),
        variables: z.record(z.string(), z.json()).default({}),
      }),
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ case: await cases.open(body, currentUser(ctx), actorOf(ctx)) }),
    }),
    route({ method: 'get', path: '/cases', summary: 'Search cases (paged)', access: STAFF, handler: async (ctx) => cases.list(parseQuery(CaseQuery, ctx.query), currentUser(ctx)) }),
    route({ method: 'get', path: '/cases/:id', summary: 'A case with its timeline and tasks', access: STAFF, handler: async (ctx) => cases.get(id(ctx), currentUser(ctx)) }),
    route({
      method: 'post',
      path: '/cases/:id/urge',
      summary: 'Urge the handler (催办)',
      access: WORKERS,
      body: Text,
      audit: 'service',
      handler: async (ctx, body) => cases.note(id(ctx), 'case.urged', body.text, currentUser(ctx), actorOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/cases/:id/supervise',
      summary: 'Escalate to supervision (督办)',
      access: SUPERVISORS,
      body: Text,
      audit: 'service',
      handler: async (ctx, body) => cases.note(id(ctx), 'case.supervised', body.text, currentUser(ctx), actorOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/cases/:id/comments',
      summary: 'Add a comment to the timeline',
      access: WORKERS,
      body: Text,
      audit: 'service',
      handler: async (ctx, body) => cases.note(id(ctx), 'case.comment', body.text, currentUser(ctx), actorOf(ctx)),
    }),
    route({
      method: 'post',
      path: '/cases/:id/cancel',
      summary: 'Cancel a case with a reason (ends its process)',
      access: SUPERVISORS,
      body: z.strictObject({ reason: z.string().trim().min(1, 'required').max(500) }),
      audit: 'service',
      handler: async (ctx, body) => ({ case: await cases.cancel(id(ctx), body.reason, currentUser(ctx), actorOf(ctx)) }),
    }),
  ];
}
