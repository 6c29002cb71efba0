import { z } from 'zod';
import { parseQuery } from '../../http/query';
import { actorOf, currentUser, param, route } from '../../http/route';
import { TASK_STATUSES } from './entities';
import { TaskFilterService } from './filters';
import { INBOX_VIEWS } from './inbox';
import { TaskService } from './service';

const InboxQuerySchema = z.strictObject({
  view: z.enum(INBOX_VIEWS).default('visible'),
  status: z.enum(TASK_STATUSES).default('created'),
  caseId: z.string().max(36).optional(),
  serviceType: z.string().max(64).optional(),
  processInstanceKey: z.string().regex(/^[\w-]{1,64}$/, 'must be a process instance key or id').optional(),
  bpmnProcessId: z.string().max(255).optional(),
  sort: z.enum(['priority', 'due', 'created']).default('priority'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

const Values = z.record(z.string(), z.json());
const WORKERS = ['admin', 'supervisor', 'agent'] as const;

export function taskRoutes(tasks: TaskService, filters: TaskFilterService) {
  const act = <T>(fn: (id: string, user: ReturnType<typeof currentUser>, actor: ReturnType<typeof actorOf>) => Promise<T>) =>
    async (ctx: Parameters<typeof currentUser>[0]) => ({ task: await fn(param(ctx, 'id'), currentUser(ctx), actorOf(ctx)) });
  return [
    route({
      method: 'get',
      path: '/tasks',
      summary: 'Task inbox: view (visible, mine, groups, unassigned, all), filters, emergencies first',
      access: WORKERS,
      handler: async (ctx) => tasks.inbox(currentUser(ctx), parseQuery(InboxQuerySchema, ctx.query)),
    }),
    route({ method: 'get', path: '/tasks/:id', summary: 'One task with its form', access: WORKERS, handler: async (ctx) => tasks.get(param(ctx, 'id'), currentUser(ctx)) }),
    route({ method: 'post', path: '/tasks/:id/claim', summary: 'Take a task', access: WORKERS, audit: 'service', handler: act((id, u, a) => tasks.claim(id, u, a)) }),
    route({ method: 'post', path: '/tasks/:id/unclaim', summary: 'Give a task back', access: WORKERS, audit: 'service', handler: act((id, u, a) => tasks.unclaim(id, u, a)) }),
    route({
      method: 'post',
      path: '/tasks/:id/assign',
      summary: 'Assign a task to a user (supervisors)',
      access: ['admin', 'supervisor'],
      body: z.strictObject({ username: z.string().min(1).max(64) }),
      audit: 'service',
      handler: async (ctx, body) => ({ task: await tasks.assign(param(ctx, 'id'), body.username, currentUser(ctx), actorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/tasks/:id/draft',
      summary: 'Save form values without submitting',
      access: WORKERS,
      body: z.strictObject({ values: Values }),
      audit: 'service',
      handler: async (ctx, body) => ({ task: await tasks.saveDraft(param(ctx, 'id'), body.values, currentUser(ctx), actorOf(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/tasks/:id/complete',
      summary: 'Complete a task with its form values (checked against the form)',
      access: WORKERS,
      body: z.strictObject({ variables: Values.default({}) }),
      audit: 'service',
      handler: async (ctx, body) => ({ task: await tasks.complete(param(ctx, 'id'), currentUser(ctx), body.variables, actorOf(ctx)) }),
    }),
    route({ method: 'get', path: '/task-filters', summary: 'My saved inbox filters and shared ones', access: WORKERS, handler: async (ctx) => ({ filters: await filters.list(currentUser(ctx)) }) }),
    route({
      method: 'post',
      path: '/task-filters',
      summary: 'Save an inbox filter',
      access: WORKERS,
      body: z.strictObject({ name: z.string().trim().min(1).max(100), query: InboxQuerySchema.partial(), shared: z.boolean().default(false) }),
      created: true,
      handler: async (ctx, body) => ({ filter: await filters.create(currentUser(ctx), body) }),
      audit: { action: 'task_filter.create', entity: 'task_filter', summary: ({ result }) => ({ name: result.filter.name, shared: result.filter.shared }) },
    }),
    route({ method: 'delete', path: '/task-filters/:id', summary: 'Delete my saved filter', access: WORKERS, handler: async (ctx) => filters.remove(currentUser(ctx), param(ctx, 'id')), audit: { action: 'task_filter.delete', entity: 'task_filter' } }),
  ];
}
