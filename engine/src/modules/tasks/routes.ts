import {
  ACCESS,
  assignTaskBody,
  completeTaskBody,
  createTaskFilterBody,
  inboxPage,
  inboxQuery,
  saveDraftBody,
  taskAnswer,
  taskFilterAnswer,
  taskFilterListAnswer,
  taskWithForm,
} from '@careflow/contracts';
import { actorOf, currentUser, param, route } from '../../http/route';
import { Task } from './entities';
import { TaskFilterService } from './filters';
import { TaskService } from './service';
import { taskView } from './view';

const WORKERS = ACCESS.tasks.work;

/** Answers show a task's view, never its inbox-index columns. */
const withView = <T extends { task: Task }>(answer: T) => ({ ...answer, task: taskView(answer.task) });

export function taskRoutes(tasks: TaskService, filters: TaskFilterService) {
  const act = (fn: (id: string, user: ReturnType<typeof currentUser>, actor: ReturnType<typeof actorOf>) => Promise<Task>) =>
    async (ctx: Parameters<typeof currentUser>[0]) => ({ task: taskView(await fn(param(ctx, 'id'), currentUser(ctx), actorOf(ctx))) });
  return [
    route({
      method: 'get',
      path: '/tasks',
      summary: 'Task inbox: view (visible, mine, groups, unassigned, all), filters, emergencies first',
      access: WORKERS,
      query: inboxQuery,
      response: inboxPage,
      handler: async (ctx, _body, query) => tasks.inbox(currentUser(ctx), query),
    }),
    route({ method: 'get', path: '/tasks/:id', summary: 'One task with its form', access: WORKERS, response: taskWithForm, handler: async (ctx) => withView(await tasks.get(param(ctx, 'id'), currentUser(ctx))) }),
    route({ method: 'post', path: '/tasks/:id/claim', summary: 'Take a task', access: WORKERS, response: taskAnswer, audit: 'service', handler: act((id, u, a) => tasks.claim(id, u, a)) }),
    route({ method: 'post', path: '/tasks/:id/unclaim', summary: 'Give a task back', access: WORKERS, response: taskAnswer, audit: 'service', handler: act((id, u, a) => tasks.unclaim(id, u, a)) }),
    route({
      method: 'post',
      path: '/tasks/:id/assign',
      summary: 'Assign a task to a user (supervisors)',
      access: ['admin', 'supervisor'],
      body: assignTaskBody,
      response: taskAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ task: taskView(await tasks.assign(param(ctx, 'id'), body.username, currentUser(ctx), actorOf(ctx))) }),
    }),
    route({
      method: 'post',
      path: '/tasks/:id/draft',
      summary: 'Save form values without submitting',
      access: WORKERS,
      body: saveDraftBody,
      response: taskAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ task: taskView(await tasks.saveDraft(param(ctx, 'id'), body.values, currentUser(ctx), actorOf(ctx))) }),
    }),
    route({
      method: 'post',
      path: '/tasks/:id/complete',
      summary: 'Complete a task with its form values (checked against the form)',
      access: WORKERS,
      body: completeTaskBody,
      response: taskAnswer,
      audit: 'service',
      handler: async (ctx, body) => ({ task: taskView(await tasks.complete(param(ctx, 'id'), currentUser(ctx), body.variables, actorOf(ctx))) }),
    }),
    route({ method: 'get', path: '/task-filters', summary: 'My saved inbox filters and shared ones', access: WORKERS, response: taskFilterListAnswer, handler: async (ctx) => ({ filters: await filters.list(currentUser(ctx)) }) }),
    route({
      method: 'post',
      path: '/task-filters',
      summary: 'Save an inbox filter',
      access: WORKERS,
      body: createTaskFilterBody,
      response: taskFilterAnswer,
      created: true,
      handler: async (ctx, body) => ({ filter: await filters.create(currentUser(ctx), body) }),
      audit: { action: 'task_filter.create', entity: 'task_filter', summary: ({ result }) => ({ name: result.filter.name, shared: result.filter.shared }) },
    }),
    route({ method: 'delete', path: '/task-filters/:id', summary: 'Delete my saved filter', access: WORKERS, handler: async (ctx) => filters.remove(currentUser(ctx), param(ctx, 'id')), audit: { action: 'task_filter.delete', entity: 'task_filter' } }),
  ];
}
