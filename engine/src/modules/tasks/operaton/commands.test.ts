import crypto from 'node:crypto';
import pino from 'pino';
import { DataSource, QueryFailedError } from 'typeorm';
import { asRow } from '../../../db/columns';
import { openDatabase } from '../../../db/data-source';
import { OperatonRest } from '../../../operaton/rest';
import { fromTypedVariables, TypedVariables } from '../../../operaton/variables';
import { eventually } from '../../../../test/support/api-client';
import { TestDatabase, testDatabases } from '../../../../test/support/databases';
import { CaseEventEntity } from '../../cases/entities';
import { Task, TaskEntity } from '../entities';
import { OperatonTaskCommands } from './commands';
import { caseVariables, deploy, startCase, uniqueProcess } from '../../../../test/support/task-engine-fixtures';

const completer = { id: 'user-1', username: 'agent1' };
import { OperatonTaskProjection } from './projection';

const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL!, timeoutMs: 60_000 });
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe.each(testDatabases())('Operaton task commands on $name', ({ create }) => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let projection: OperatonTaskProjection;
  let commands: OperatonTaskCommands;
  const processId = uniqueProcess('commands');

  const rowOf = (instance: string, elementId = 'visit') =>
    eventually(async () => (await dataSource.getRepository(TaskEntity).findOneBy({ processInstanceKey: instance, elementId })) ?? undefined, 60_000, `the ${elementId} row`);
  const engineTask = async (id: string) => rest.get<{ assignee: string | null }>(`/task/${id}`);

  beforeAll(async () => {
    db = await create();
    dataSource = await openDatabase(db.config);
    await deploy(rest, { processId, next: true });
    // Only this suite's process: the run's engine holds every other suite's open tasks too.
    projection = new OperatonTaskProjection(dataSource, rest, { logger, processDefinitionKeys: [processId] });
    commands = new OperatonTaskCommands(dataSource, rest, projection.events);
    await projection.start();
  });

  afterAll(async () => {
    await projection.stop();
    await dataSource.destroy();
    await db.drop();
  });

  it('given an open task, when it is claimed, reassigned and freed, then the engine holds each assignee and so does the row', async () => {
    const task = await rowOf(await startCase(rest, processId, caseVariables(1)));
    expect((await commands.claim(task.id, 'agent_a')).assignee).toBe('agent_a');
    expect((await engineTask(task.jobKey)).assignee).toBe('agent_a');
    await expect(commands.claim(task.id, 'agent_b')).rejects.toMatchObject({ status: 409 });
    expect((await engineTask(task.jobKey)).assignee).toBe('agent_a');
    expect((await commands.assign(task.id, 'agent_b')).assignee).toBe('agent_b');
    expect((await engineTask(task.jobKey)).assignee).toBe('agent_b');
    expect((await commands.unclaim(task.id)).assignee).toBeNull();
    expect((await engineTask(task.jobKey)).assignee).toBeNull();
    await new Promise((r) => setTimeout(r, 1_000)); // the projection reads the same changes: it must not undo them
    expect((await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task.id })).assignee).toBeNull();
  });

  it('given an open task, when it is completed with values, then they are process variables, the row is completed and the next task appears', async () => {
    const instance = await startCase(rest, processId, caseVariables(2));
    const task = await rowOf(instance);
    const done = await commands.complete(task.id, { note: '已派社区网格员', satisfied: true, visit: { minutes: 20 } }, completer);
    expect(done).toMatchObject({ status: 'completed', completedBy: 'user-1', assignee: 'agent1', result: { note: '已派社区网格员', satisfied: true, visit: { minutes: 20 } } });
    const variables = fromTypedVariables(await rest.get<TypedVariables>(`/process-instance/${instance}/variables`, { deserializeValues: false }));
    expect(variables).toMatchObject({ note: '已派社区网格员', satisfied: true, visit: { minutes: 20 } });
    const review = await rowOf(instance, 'review');
    expect(review).toMatchObject({ status: 'created', formKey: 'review-form', candidateGroups: ['supervisors'] });
    expect(review.variables).toMatchObject({ note: '已派社区网格员', caseNumber: 'GD20261202-000002' });
    await expect(commands.complete(task.id, {}, completer)).rejects.toMatchObject({ status: 409 });
  });

  it('given a task the engine has ended (its case canceled) before the projection heard, when it is completed, then 409 and nothing in CareFlow changes', async () => {
    const instance = await startCase(rest, processId, caseVariables(3));
    const task = await rowOf(instance);
    await projection.stop();
    try {
      await rest.delete(`/process-instance/${instance}`, { deleteReason: 'case canceled' });
      const before = await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task.id });
      await expect(commands.complete(task.id, { note: 'x' }, completer)).rejects.toMatchObject({ status: 409, code: 'conflict' });
      await expect(commands.claim(task.id, 'agent_a')).rejects.toMatchObject({ status: 409 });
      expect(await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task.id })).toEqual(before);
    } finally {
      await projection.start();
    }
    const ended = await eventually(async () => {
      const row = await dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task.id });
      return row.status === 'created' ? undefined : row;
    }, 30_000, 'the projection to end the row');
    expect(ended).toMatchObject<Partial<Task>>({ status: 'canceled', completedBy: null, result: null });
  });

  it('given the database picks the completion as a deadlock victim, when a task is completed, then it is written again: completed once, with one of its records', async () => {
    const instance = await startCase(rest, processId, caseVariables(4));
    const task = await rowOf(instance);
    let attempts = 0;
    const done = await commands.complete(task.id, { note: '已回访' }, completer, async (m) => {
      attempts++;
      await m.getRepository(CaseEventEntity).insert(asRow({ id: crypto.randomUUID(), caseId: 'case-4', at: new Date(), type: 'task.completed', actorId: null, actorName: null, data: { attempt: attempts } }));
      // What InnoDB answers the transaction it rolls back (gap locks of neighbouring keys, a closing case).
      if (attempts === 1) throw new QueryFailedError('UPDATE tasks', [], Object.assign(new Error('Deadlock found when trying to get lock'), { code: 'ER_LOCK_DEADLOCK' }));
    });
    expect(attempts).toBe(2);
    expect(done).toMatchObject({ status: 'completed', completedBy: 'user-1', result: { note: '已回访' } });
    const records = await dataSource.getRepository(CaseEventEntity).findBy({ caseId: 'case-4' });
    expect(records.map((r) => r.data)).toEqual([{ attempt: 2 }]);
  });

  it('given an unknown task id, when a command names it, then 404', async () => {
    await expect(commands.complete('no-such-task', {}, completer)).rejects.toMatchObject({ status: 404 });
  });
});
