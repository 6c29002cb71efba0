import { FieldError, FormSchemaNode, validateFormValues } from '@careflow/forms';
import { DataSource, Repository } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { Variables } from '../../operaton/json';
import { AreaService } from '../areas/service';
import { Actor, AuditLog } from '../audit/service';
import { CaseTimeline } from '../cases/timeline';
import { FormService } from '../forms/service';
import { PublicUser, UserEntity } from '../identity/entities';
import { Task, TaskEntity } from './entities';
import { canSeeTask, InboxQuery, queryInbox, seesAllTasks } from './inbox';
import type { OperatonRuntime } from '../../kernel/operaton';
import { completeOnOperaton } from './operaton-complete';
import { pinnedForm, TaskForm } from './pinned-form';
import type { AlsoRecord } from './operaton/commands';

/** Task actions: claim, unclaim, assign, draft, complete (validated against the task's form). */
export class TaskService {
  private readonly tasks: Repository<Task>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly timeline: CaseTimeline,
    private readonly forms: FormService,
    private readonly areas: AreaService,
    private readonly operaton: OperatonRuntime,
  ) {
    this.tasks = dataSource.getRepository(TaskEntity);
  }

  async inbox(user: PublicUser, query: InboxQuery) {
    if (query.view === 'all' && !seesAllTasks(user)) throw errors.forbidden('Only supervisors and admins see every task');
    return queryInbox(this.dataSource, user, await this.areas.scopeOf(user), query);
  }

  /** A task with the form it shows, if the user may see it. */
  async get(id: string, user: PublicUser): Promise<{ task: Task; form: TaskForm | null }> {
    const task = await this.visible(id, user);
    const form = await this.formOf(task);
    return { task, form };
  }

  private async visible(id: string, user: PublicUser): Promise<Task> {
    const task = await this.tasks.findOneBy({ id });
    if (!task || !canSeeTask(task, user, await this.areas.scopeOf(user))) throw errors.notFound(`Task ${id}`);
    return task;
  }

  async claim(id: string, user: PublicUser, actor: Actor): Promise<Task> {
    const task = await this.open(id, user);
    if (task.assignee && task.assignee !== user.username) throw errors.conflict(`Task ${id} is held by ${task.assignee}`);
    return this.operaton.tasks.claim(task, user.username, this.decided(task, user.username, 'task.claimed', actor));
  }

  /**
   * Claims a case's first open task for the user (接警 takes the alarm's 确认警情): null when the
   * case has no open task yet or another holds it; the user's own is returned as it is. `onlyFirstStep`:
   * only while the case has had no other task (its later steps are claimed by whoever works them).
   */
  async claimFirstOpen(caseId: string, user: PublicUser, actor: Actor, onlyFirstStep = false): Promise<Task | null> {
    if (onlyFirstStep && (await this.tasks.countBy({ caseId })) > 1) return null;
    const first = await this.tasks.findOne({ where: { caseId, status: 'created' }, order: { createdAt: 'ASC' } });
    if (!first || first.assignee === user.username) return first;
    return first.assignee ? null : this.claim(first.id, user, actor);
  }

  async unclaim(id: string, user: PublicUser, actor: Actor): Promise<Task> {
    const task = await this.open(id, user);
    if (task.assignee !== user.username && !seesAllTasks(user)) throw errors.conflict(`Task ${id} is not held by you`);
    return this.operaton.tasks.unclaim(task, this.decided(task, null, 'task.unclaimed', actor));
  }

  async assign(id: string, username: string, user: PublicUser, actor: Actor): Promise<Task> {
    if (!seesAllTasks(user)) throw errors.forbidden('Only supervisors and admins assign tasks');
    const task = await this.open(id, user);
    const target = await this.dataSource.getRepository(UserEntity).findOneBy({ username, active: true });
    if (!target) throw errors.invalidInput([{ path: 'username', message: `no active user ${username}` }]);
    return this.operaton.tasks.assign(task, username, this.decided(task, username, 'task.assigned', actor));
  }

  async saveDraft(id: string, values: Variables, user: PublicUser, actor: Actor): Promise<Task> {
    const task = await this.open(id, user);
    if (task.assignee && task.assignee !== user.username) throw errors.conflict(`Task ${id} is held by ${task.assignee}`);
    await this.tasks.update({ id }, asRow<Task>({ draft: values }));
    await this.audit.record(actor, { action: 'task.draft', entityType: 'task', entityId: id });
    return { ...task, draft: values };
  }

  /**
   * Validates the values against the task's form, then completes the task with them as process
   * variables named by the form's fields. Invalid → 400 per field, and the engine hears nothing.
   * The engine decides before the row changes (operaton-complete.ts).
   */
  async complete(id: string, user: PublicUser, submitted: Variables, actor: Actor): Promise<Task> {
    const task = await this.open(id, user);
    if (task.assignee && task.assignee !== user.username) throw errors.conflict(`Task ${id} is held by ${task.assignee}`);
    const form = await this.formOf(task);
    let variables = submitted;
    if (form) {
      const checked = validateFormValues(form.schema as FormSchemaNode, submitted);
      if (checked.errors.length > 0) throw errors.invalidInput(checked.errors.map((e: FieldError) => ({ path: e.path, message: e.message, code: e.code })), 'The form has errors');
      variables = checked.values as Variables;
    }
    return completeOnOperaton(this.operaton.tasks, { timeline: this.timeline, audit: this.audit }, task, user, variables, actor);
  }

  /** An open task the user may act on. */
  private async open(id: string, user: PublicUser): Promise<Task> {
    const task = await this.visible(id, user);
    if (task.status !== 'created') throw errors.conflict(`Task ${id} is already ${task.status}`);
    return task;
  }

  /**
   * What the timeline and the audit log hear once Operaton took a change of holder: written with
   * the row, in its transaction (the commands tell the live socket).
   */
  private decided(task: Task, assignee: string | null, type: string, actor: Actor): AlsoRecord {
    const change = { assignee };
    return async (m) => {
      if (task.caseId) await this.timeline.record(task.caseId, type, actor, { taskId: task.id, elementId: task.elementId, name: task.name, ...change }, m);
      await this.audit.record(actor, { action: type, entityType: 'task', entityId: task.id, before: { assignee: task.assignee }, after: change }, m);
    };
  }

  /** The form version pinned by the case's service type version, else the latest in the library. */
  private async formOf(task: Task): Promise<TaskForm | null> {
    if (!task.formKey) return null;
    const pinned = task.caseId ? await pinnedForm(this.dataSource, task.caseId, task.formKey) : null;
    if (pinned) return pinned;
    const version = (await this.forms.latestVersions([task.formKey])).get(task.formKey);
    if (version === undefined) return null;
    const found = await this.forms.version(task.formKey, version);
    return { key: found.formKey, version: found.version, schema: found.schema };
  }
}
