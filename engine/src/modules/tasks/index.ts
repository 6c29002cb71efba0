import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { formsModule } from '../forms';
import { Task, TaskEntity, TaskFilterEntity } from './entities';
import { TaskFilterService } from './filters';
import { canSeeTask } from './inbox';
import { Inbox1764200000000 } from './migrations/1764200000000-inbox';
import { InboxOrder1764500000000 } from './migrations/1764500000000-inbox-order';
import { InboxAudience1764600000000 } from './migrations/1764600000000-inbox-audience';
import { TaskCaseNumber1765300000000 } from './migrations/1765300000000-task-case-number';
import { OperatonTasks1766200100000 } from './migrations/1766200100000-operaton-tasks';
import { ProjectionCursorEntity } from './operaton/cursor';
import { taskRoutes } from './routes';
import { TaskService } from './service';
import { taskView } from './view';

/** 任务: the human steps of every process, projected from the engine into the inbox, and their forms. */
export const tasksModule = defineModule({
  name: 'tasks',
  entities: [TaskEntity, TaskFilterEntity, ProjectionCursorEntity],
  migrations: [Inbox1764200000000, InboxOrder1764500000000, InboxAudience1764600000000, TaskCaseNumber1765300000000, OperatonTasks1766200100000],
  needs: { forms: formsModule, areas: areasModule },
  start: ({ dataSource, audit, timeline, operaton, live, logger }, uses) => {
    const tasks = new TaskService(dataSource, audit, timeline, uses.forms.forms, uses.areas.areas, operaton);
    operaton.projection.events.on('task.created', (task: Task) => {
      live.emit({ type: 'task.created', task: taskView(task) });
      if (!task.caseId) return;
      const data = { taskId: task.id, elementId: task.elementId, name: task.name, formKey: task.formKey, candidateGroups: task.candidateGroups };
      timeline.record(task.caseId, 'task.created', null, data).catch((error: unknown) => logger.error({ err: error }, 'timeline write failed'));
    });
    // Ended by the engine (a boundary timer, a cancel) or changed there: the inbox hears of it as of a user's action.
    operaton.projection.events.on('task.updated', (task) => live.emit({ type: 'task.updated', task: taskView(task) }));
    return {
      gives: { tasks },
      routes: taskRoutes(tasks, new TaskFilterService(dataSource)),
      audience: {
        'task.created': (user, scope, event) => canSeeTask(event.task, user, scope),
        'task.updated': (user, scope, event) => canSeeTask(event.task, user, scope),
      },
    };
  },
});
