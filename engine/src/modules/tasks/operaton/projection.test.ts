import pino from 'pino';
import { DataSource } from 'typeorm';
import { OperatonRest } from '../../../operaton/rest';
import { eventually } from '../../../../test/support/api-client';
import { testDatabases } from '../../../../test/support/databases';
import { useTestDataSource } from '../../../../test/support/test-data-source';
import { Task, TaskEntity } from '../entities';
import { caseVariables, deploy, startCase, uniqueProcess } from '../../../../test/support/task-engine-fixtures';
import { CURSOR_NAME, OperatonTaskProjection } from './projection';
import { ProjectionCursors } from './cursor';
import { toEngineDate } from '../../../operaton/tasks';

// A burst of starts on a shared machine can take longer than the client's usual 10 s.
const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL!, timeoutMs: 60_000 });
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe.each(testDatabases())('Operaton task projection on $name', ({ create }) => {
  const database = useTestDataSource(create);
  let dataSource: DataSource;
  const running: OperatonTaskProjection[] = [];

  // Only the test's own process: the run's engine holds every other suite's open tasks too.
  const project = async (processId: string) => {
    const projection = new OperatonTaskProjection(dataSource, rest, { logger, processDefinitionKeys: [processId] });
    running.push(projection);
    await projection.start();
    return projection;
  };
  const rowsOf = (processId: string) => dataSource.getRepository(TaskEntity).find({ where: { bpmnProcessId: processId }, order: { createdAt: 'ASC' } });
  const rowOfInstance = (processInstanceKey: string, what = 'the task row', check: (t: Task) => boolean = () => true) =>
    eventually(async () => {
      const row = await dataSource.getRepository(TaskEntity).findOneBy({ processInstanceKey });
      return row && check(row) ? row : undefined;
    }, 90_000, what);
  const engineTaskOf = async (processInstanceId: string) => (await rest.get<{ id: string }[]>('/task', { processInstanceId }))[0];

  beforeAll(async () => {
    dataSource = database.dataSource;
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()));
  });

  it('given a user task created in Operaton, when the projection runs, then its row carries the task, its case and its candidates', async () => {
    const processId = uniqueProcess('visible');
    await deploy(rest, { processId });
    const events: Task[] = [];
    (await project(processId)).events.on('task.created', (t) => events.push(t));
    const instance = await startCase(rest, processId, caseVariables(1));
    const engineTask = await engineTaskOf(instance);

    const row = await rowOfInstance(instance);
    expect(row).toMatchObject({
      jobKey: engineTask.id,
      name: '回访',
      formKey: 'visit-form',
      status: 'created',
      assignee: null,
      candidateGroups: ['hotline', 'night'],
      candidateUsers: ['agent_a'],
      audience: '|g:hotline|g:night|u:agent_a|',
      caseId: 'case-1',
      caseNumber: 'GD20261202-000001',
      serviceTypeKey: 'rescue',
      areaPath: '/310000/310101/',
      priorityRank: 0,
      enginePriority: 70,
      bpmnProcessId: processId,
      elementId: 'visit',
      dueMissing: 0,
    });
    expect(row.processDefinitionKey).toMatch(new RegExp(`^${processId}:1:`));
    expect(row.elementInstanceKey).toMatch(/^visit:/);
    expect(row.dueAt?.toISOString()).toBe(new Date('2030-01-02T00:00:00').toISOString());
    expect(row.followUpAt?.toISOString()).toBe(new Date('2030-01-01T08:00:00').toISOString());
    expect(row.variables).toMatchObject({ caseId: 'case-1', alarm: { urgent: true, terminal: 'pendant' } });
    expect(events.filter((e) => e.jobKey === engineTask.id)).toHaveLength(1);
  });

  it('given a task is claimed, reassigned and freed in the engine itself, when the projection reads it, then the row follows each change', async () => {
    const processId = uniqueProcess('assigned');
    await deploy(rest, { processId });
    await project(processId);
    const instance = await startCase(rest, processId, caseVariables(2));
    const { id } = await engineTaskOf(instance);
    await rowOfInstance(instance);

    await rest.post(`/task/${id}/claim`, { userId: 'agent_a' });
    await rowOfInstance(instance, 'claimed by agent_a', (t) => t.assignee === 'agent_a');
    await rest.post(`/task/${id}/assignee`, { userId: 'agent_b' });
    await rowOfInstance(instance, 'reassigned to agent_b', (t) => t.assignee === 'agent_b');
    await rest.post(`/task/${id}/identity-links`, { groupId: 'supervisors', type: 'candidate' });
    await rowOfInstance(instance, 'a new candidate group', (t) => t.candidateGroups.includes('supervisors'));
    await rest.post(`/task/${id}/unclaim`);
    const freed = await rowOfInstance(instance, 'freed', (t) => t.assignee === null);
    expect(freed.audience).toBe('|g:hotline|g:night|g:supervisors|u:agent_a|');
  });

  it('given a boundary timer of one second on a task, when it fires, then the task’s row is ended as canceled', async () => {
    const processId = uniqueProcess('timer');
    await deploy(rest, { processId, timer: 'PT1S' });
    const projection = await project(processId);
    // Under load the timer can fire before the first read: the row is then created already ended.
    const updates: Task[] = [];
    projection.events.on('task.updated', (t) => updates.push(t));
    projection.events.on('task.created', (t) => updates.push(t));
    const instance = await startCase(rest, processId, caseVariables(3));
    await rowOfInstance(instance);
    const ended = await rowOfInstance(instance, 'the timer to end the task', (t) => t.status !== 'created');
    expect(ended.status).toBe('canceled');
    expect(ended.completedAt).toBeInstanceOf(Date);
    // The row is written before its event is emitted, so the event may trail the row by a moment.
    await eventually(async () => updates.some((t) => t.processInstanceKey === instance && t.status === 'canceled') || undefined, 10_000, 'the canceled event');
  });

  it('given the periodic comparison with the engine is slow (a storm\'s thousand open tasks), when a task is created meanwhile, then the feed still brings it', async () => {
    const processId = uniqueProcess('beside');
    await deploy(rest, { processId });
    const projection = new OperatonTaskProjection(dataSource, rest, { logger, processDefinitionKeys: [processId], reconcileMs: 50 });
    running.push(projection);
    await projection.start();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let comparisons = 0;
    projection.reconcile = async () => {
      comparisons += 1;
      await held;
      return { inserted: 0, ended: 0, updated: 0 };
    };
    try {
      await eventually(async () => comparisons > 0 || undefined, 30_000, 'the next comparison to begin');
      const instance = await startCase(rest, processId, caseVariables(7));
      expect(await rowOfInstance(instance)).toMatchObject({ status: 'created', caseId: 'case-7' });
      // Still the one comparison, still held: the feed went on without it and started no second one.
      expect(comparisons).toBe(1);
    } finally {
      release();
    }
  });

  it('given the projection is stopped while tasks are created and ended, when it starts again, then it catches up with exactly those rows', async () => {
    const processId = uniqueProcess('catchup');
    await deploy(rest, { processId });
    const first = await project(processId);
    const before = await startCase(rest, processId, caseVariables(10));
    await rowOfInstance(before);
    await first.stop();

    const whileAway = await Promise.all([11, 12, 13].map((n) => startCase(rest, processId, caseVariables(n))));
    await rest.post(`/task/${(await engineTaskOf(before)).id}/complete`, { variables: {} });
    await rest.post(`/task/${(await engineTaskOf(whileAway[0])).id}/complete`, { variables: {} });
    await rest.delete(`/process-instance/${whileAway[1]}`, { deleteReason: 'case canceled' });
    expect((await rowsOf(processId)).map((t) => t.status)).toEqual(['created']);

    await project(processId); // resolves once caught up
    const rows = await rowsOf(processId);
    const statusOf = (instance: string) => rows.filter((t) => t.processInstanceKey === instance).map((t) => t.status);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((t) => t.jobKey)).size).toBe(4);
    expect([before, ...whileAway].map(statusOf)).toEqual([['completed'], ['completed'], ['canceled'], ['created']]);
    expect(rows.find((t) => t.processInstanceKey === whileAway[0])).toMatchObject({ formKey: 'visit-form', candidateGroups: ['hotline', 'night'], caseNumber: 'GD20261202-000011' });
  });

  it('given 200 tasks created at once and two projections reading, when they settle, then there are 200 rows, none twice', async () => {
    const processId = uniqueProcess('burst');
    await deploy(rest, { processId });
    await Promise.all([project(processId), project(processId)]);
    const instances = await Promise.all(Array.from({ length: 200 }, (_, n) => startCase(rest, processId, caseVariables(100 + n))));
    const rows = await eventually(async () => {
      const found = await rowsOf(processId);
      return found.length >= 200 ? found : undefined;
    }, 90_000, '200 rows');
    await new Promise((r) => setTimeout(r, 1_000)); // a late duplicate would show by now
    const settled = await rowsOf(processId);
    expect(settled).toHaveLength(200);
    expect(new Set(settled.map((t) => t.jobKey)).size).toBe(200);
    expect(new Set(rows.map((t) => t.processInstanceKey))).toEqual(new Set(instances));
  });

  it('given a feed that has never seen a task end (a new installation), when a task it read open is ended by its timer, then the feed ends the row, not the next full comparison', async () => {
    const processId = uniqueProcess('first_end');
    await deploy(rest, { processId, timer: 'PT1S' });
    const now = toEngineDate(new Date());
    await new ProjectionCursors(dataSource).save(CURSOR_NAME, { started: now, finished: null, links: now });
    // No full comparison within the test: only the feed can end the row.
    const projection = new OperatonTaskProjection(dataSource, rest, { logger, processDefinitionKeys: [processId], reconcileMs: 3_600_000 });
    running.push(projection);
    await projection.start();
    const instance = await startCase(rest, processId, caseVariables(8));
    expect(await rowOfInstance(instance, 'the timer to end the task', (t) => t.status !== 'created')).toMatchObject({ status: 'canceled' });
  });
});
