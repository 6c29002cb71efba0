import { DataSource } from 'typeorm';
import { deleteProcessInstance, getProcessInstance } from '../../../operaton/instances';
import { toTypedVariables } from '../../../operaton/variables';
import { testDatabases } from '../../../../test/support/databases';
import { useTestDataSource } from '../../../../test/support/test-data-source';
import { Actor } from '../../audit/service';
import { LiveEvent } from '../../../live/events';
import { Case, CaseEntity, CaseEventEntity } from '../entities';
import { DELETED_IN_ENGINE } from './closer';
import { LifecycleDeps } from './deps';
import { CaseProcessStartEntity } from './entities';
import { acceptCase, deadEngine, deployModels, instancesByBusinessKey, lifecycleDeps, liveEngine, testLifecycle, uniquePrefix } from '../../../../test/support/case-lifecycle-fixtures';

const number = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;
const agent: Actor = { id: 'user-1', username: 'agent1', ip: '127.0.0.1' };

beforeAll(() => deployModels(liveEngine()));

describe.each(testDatabases())('closing cases when their Operaton instance ends ($name)', ({ create }) => {
  const database = useTestDataSource(create);
  let dataSource: DataSource;
  let deps: LifecycleDeps;
  const caseRow = (id: string) => dataSource.getRepository(CaseEntity).findOneByOrFail({ id });
  const startRow = (caseId: string) => dataSource.getRepository(CaseProcessStartEntity).findOneByOrFail({ caseId });
  const timeline = async (caseId: string) => (await dataSource.getRepository(CaseEventEntity).find({ where: { caseId }, order: { at: 'ASC' } })).map((e) => e.type);
  const startedCase = async (caseNumber: string, definitionKey?: string): Promise<Case & { instanceId: string }> => {
    const accepted = await acceptCase(dataSource, caseNumber, definitionKey);
    expect(await testLifecycle(deps).startNow(accepted.id)).toBe('started');
    return { ...accepted, instanceId: (await startRow(accepted.id)).instanceId! };
  };
  const completeTask = async (instanceId: string, variables: Record<string, string> = {}) => {
    const [task] = await deps.rest.get<{ id: string }[]>('/task', { processInstanceId: instanceId });
    await deps.rest.post(`/task/${task.id}/complete`, { variables: toTypedVariables(variables) });
  };

  beforeAll(async () => {
    dataSource = database.dataSource;
    deps = lifecycleDeps(dataSource);
  });
  beforeEach(() => void (deps.rest = liveEngine()));

  it('given a running case, when its instance reaches its end event, then the watcher closes the case as completed with the satisfaction the process recorded', async () => {
    const watcher = testLifecycle(deps).watcher;
    const running = await startedCase(number(uniquePrefix(), 1));
    await watcher.runOnce();
    expect((await caseRow(running.id)).status).toBe('open');

    await completeTask(running.instanceId, { satisfaction: 'satisfied' });
    expect(await watcher.runOnce()).toBeGreaterThanOrEqual(1);
    expect(await caseRow(running.id)).toMatchObject({ status: 'closed', satisfaction: 'satisfied', cancelReason: null, closedAt: expect.any(Date) });
    expect(await watcher.runOnce()).toBe(0);
    expect(await timeline(running.id)).toEqual(['process.started', 'case.closed']);
  });

  it('given a running case, when a task of its instance ends, then taskEnded closes the case at once (no watcher round) and leaves a running one open', async () => {
    const lifecycle = testLifecycle(deps);
    const [running, ending] = [await startedCase(number(uniquePrefix(), 1)), await startedCase(number(uniquePrefix(), 2))];
    await lifecycle.taskEnded(running.instanceId);
    expect((await caseRow(running.id)).status).toBe('open');

    // The live socket scopes the close by the case's area: it must carry the right one.
    await dataSource.getRepository(CaseEntity).update({ id: ending.id }, { areaPath: '/3701/370102/' });
    const heard: LiveEvent[] = [];
    const unsubscribe = deps.live.subscribe((e) => heard.push(e));
    await completeTask(ending.instanceId, { satisfaction: 'satisfied' });
    await lifecycle.taskEnded(ending.instanceId);
    unsubscribe();
    expect(await caseRow(ending.id)).toMatchObject({ status: 'closed', satisfaction: 'satisfied' });
    expect(heard).toEqual([{ type: 'case.updated', caseId: ending.id, status: 'closed', change: 'case.closed', areaPath: '/3701/370102/' }]);
    expect(await timeline(ending.id)).toEqual(['process.started', 'case.closed']);
    // What a watcher round reads next finds it closed already: once is all.
    await lifecycle.watcher.runOnce();
    expect(await timeline(ending.id)).toEqual(['process.started', 'case.closed']);
  });

  it('given a process that ends at a terminate end event while starting, when the case starts, then it is closed at once as completed', async () => {
    const ended = await startedCase(number(uniquePrefix(), 1), 'careflow_lifecycle_terminate');
    expect(await caseRow(ended.id)).toMatchObject({ status: 'closed', satisfaction: null });
    const [closed] = await dataSource.getRepository(CaseEventEntity).findBy({ caseId: ended.id, type: 'case.closed' });
    expect(closed.data).toMatchObject({ instanceId: ended.instanceId, engineState: 'COMPLETED' });
  });

  it('given a running case, when its instance is deleted in the engine from outside, then the case is canceled with a reason saying so', async () => {
    const running = await startedCase(number(uniquePrefix(), 1));
    expect(await deleteProcessInstance(deps.rest, running.instanceId)).toBe(true);
    expect(await testLifecycle(deps).watcher.runOnce()).toBeGreaterThanOrEqual(1);
    expect(await caseRow(running.id)).toMatchObject({ status: 'canceled', cancelReason: DELETED_IN_ENGINE });
    expect(await timeline(running.id)).toEqual(['process.started', 'case.canceled']);
  });

  it('given a running case, when an agent cancels it, then its instance is deleted and the case is canceled once with the reason, even after the watcher reads the end', async () => {
    const lifecycle = testLifecycle(deps);
    const running = await startedCase(number(uniquePrefix(), 1));
    await lifecycle.cancel(running.id, '家属已到场，无需救助', agent);
    expect(await getProcessInstance(deps.rest, running.instanceId)).toBeNull();
    expect(await caseRow(running.id)).toMatchObject({ status: 'canceled', cancelReason: '家属已到场，无需救助' });
    await lifecycle.watcher.runOnce();
    expect(await timeline(running.id)).toEqual(['process.started', 'case.canceled']);
    await expect(lifecycle.cancel(running.id, 'again', agent)).rejects.toMatchObject({ status: 409 });
  });

  it('given CareFlow crashed after deleting the instance of a case it cancels, when the watcher reads the end, then the case is canceled with the reason given', async () => {
    const running = await startedCase(number(uniquePrefix(), 1));
    // What cancel writes before it deletes; the crash comes before the case is marked.
    await dataSource.getRepository(CaseProcessStartEntity).update({ caseId: running.id }, { cancelReason: '误报' });
    await deleteProcessInstance(deps.rest, running.instanceId);
    await testLifecycle(deps).watcher.runOnce();
    expect(await caseRow(running.id)).toMatchObject({ status: 'canceled', cancelReason: '误报' });
  });

  it('given a case still pending while the engine is down, when it is canceled, then nothing is ever started for it', async () => {
    const prefix = uniquePrefix();
    const lifecycle = testLifecycle(deps);
    const neverTried = await acceptCase(dataSource, number(prefix, 1));
    deps.rest = deadEngine();
    const tried = await acceptCase(dataSource, number(prefix, 2));
    expect(await lifecycle.startNow(tried.id)).toBe('pending');
    await lifecycle.cancel(neverTried.id, '重复报警', agent);
    await lifecycle.cancel(tried.id, '重复报警', agent);
    expect((await startRow(neverTried.id)).state).toBe('discarded');
    expect((await startRow(tried.id)).state).toBe('discarding');

    deps.rest = liveEngine();
    expect(await lifecycle.starter.runOnce()).toMatchObject({ started: 0, discarded: 1 });
    expect((await startRow(tried.id)).state).toBe('discarded');
    expect((await instancesByBusinessKey(deps.rest, prefix)).size).toBe(0);
    for (const c of [neverTried, tried]) expect(await caseRow(c.id)).toMatchObject({ status: 'canceled', cancelReason: '重复报警' });
  });

  it('given the watcher is down while instances end, when a watcher starts again, then it catches up from its cursor and closes each with its outcome', async () => {
    const prefix = uniquePrefix();
    const before = testLifecycle(deps);
    const [completed, deleted, stillRunning] = [await startedCase(number(prefix, 1)), await startedCase(number(prefix, 2)), await startedCase(number(prefix, 3))];
    await before.watcher.runOnce();
    // Down: nothing reads history while two instances end.
    await completeTask(completed.instanceId);
    await deleteProcessInstance(deps.rest, deleted.instanceId);

    expect(await testLifecycle(deps, 'node-after-restart').watcher.runOnce()).toBeGreaterThanOrEqual(2);
    expect((await caseRow(completed.id)).status).toBe('closed');
    expect(await caseRow(deleted.id)).toMatchObject({ status: 'canceled', cancelReason: DELETED_IN_ENGINE });
    expect((await caseRow(stillRunning.id)).status).toBe('open');
  });

  it('given half-done cases at start, when CareFlow reconciles, then pending ones start, ended ones close and one whose instance is gone is flagged', async () => {
    const prefix = uniquePrefix();
    const lifecycle = testLifecycle(deps);
    const pending = await acceptCase(dataSource, number(prefix, 1));
    const ended = await startedCase(number(prefix, 2));
    await completeTask(ended.instanceId);
    // Recorded as started, but the engine has no trace of it (it lost its last commits when killed, say).
    const lost = await acceptCase(dataSource, number(prefix, 3));
    await dataSource.getRepository(CaseProcessStartEntity).update({ caseId: lost.id }, { state: 'started', instanceId: 'no-such-instance', attempts: 1, variables: null });
    await dataSource.getRepository(CaseEntity).update({ id: lost.id }, { status: 'open' });

    const result = await lifecycle.reconcile();
    expect(result.starts.started).toBeGreaterThanOrEqual(1);
    expect(result.closed).toBeGreaterThanOrEqual(1);
    expect(result.flagged).toBeGreaterThanOrEqual(1);
    expect((await caseRow(pending.id)).status).toBe('open');
    expect((await caseRow(ended.id)).status).toBe('closed');
    expect((await caseRow(lost.id)).status).toBe('open');
    const problems = await lifecycle.problems();
    expect(problems.filter((p) => p.caseId === lost.id).map((p) => [p.kind, p.detail])).toEqual([['instance_missing', expect.stringContaining('no-such-instance')]]);
    expect(problems.filter((p) => p.caseId !== lost.id && p.caseNumber.startsWith(prefix))).toEqual([]);

    // A supervisor starts it again: one new instance, and the flag is gone.
    expect(await lifecycle.restartMissing(lost.id)).toBe(true);
    expect(await lifecycle.restartMissing(lost.id)).toBe(false);
    expect((await caseRow(lost.id)).status).toBe('opening');
    expect((await lifecycle.starter.runOnce()).started).toBe(1);
    const restarted = await startRow(lost.id);
    expect(restarted).toMatchObject({ state: 'started', problem: null });
    expect((await instancesByBusinessKey(deps.rest, lost.caseNumber)).get(lost.caseNumber)!.map((i) => i.id)).toEqual([restarted.instanceId]);
    expect((await lifecycle.problems()).filter((p) => p.caseId === lost.id)).toEqual([]);
  });

  it('given the loops run, when a case is accepted and its instance ends, then it is started and closed without being asked', async () => {
    const lifecycle = testLifecycle(deps);
    lifecycle.start();
    try {
      const accepted = await acceptCase(dataSource, number(uniquePrefix(), 1));
      const until = async (check: () => Promise<boolean>) => {
        for (const deadline = Date.now() + 20_000; !(await check()); ) {
          if (Date.now() > deadline) throw new Error('timed out');
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      await until(async () => (await startRow(accepted.id)).state === 'started');
      await completeTask((await startRow(accepted.id)).instanceId!);
      await until(async () => (await caseRow(accepted.id)).status === 'closed');
    } finally {
      await lifecycle.stop();
    }
  });
});
