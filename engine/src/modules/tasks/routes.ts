import { z } from 'zod';
import { parseQuery } from '../../http/query';
import { actorOf, currentUser, route } from '../../http/route';
import { TASK_STATUSES } from './entities';
import { TaskService } from './service';

const TaskQuery = z.strictObject({
  status: z.enum(TASK_STATUSES).optional(),
  processInstanceKey: z.string().regex(/^\d+$/, 'must be a process instance key').optional(),
  bpmnProcessId: z.string().max(255).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const CompleteBody = z.strictObject({
  variables: z.record(z.string(), z.json()).default({}),
});

const WORKERS = ['admin', 'supervisor', 'agent'] as const;

export function taskRoutes(tasks: TaskService) {
  return [
    route({
      method: 'get',
      path: '/tasks',
      summary: 'Task inbox',
      access: WORKERS,
      handler: async (ctx) => ({ tasks: await tasks.list(parseQuery(TaskQuery, ctx.query)) }),
    }),
    route({
      method: 'get',
      path: '/tasks/:id',
      summary: 'One task',
      access: WORKERS,
      handler: async (ctx) => ({ task: await tasks.get(String(ctx.params.id)) }),
    }),
    route({
      method: 'post',
      path: '/tasks/:id/complete',
      summary: 'Complete a task with its form values',
      access: WORKERS,
      body: CompleteBody,
      handler: async (ctx, body) => ({ task: await tasks.complete(String(ctx.params.id), currentUser(ctx), body.variables, actorOf(ctx)) }),
    }),
  ];
}
