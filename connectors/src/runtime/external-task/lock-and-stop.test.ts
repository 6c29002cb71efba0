import { echoConnector } from '../../echo/descriptor';
import { c7ElementTemplate } from '../../templates/c7/element-template';
import { templatedTask } from '../../../test/support/c7-task';
import { startTestWorkers, testConnector } from '../../../test/support/external-task-workers';
import { activitiesOf, deleteStartedProcesses, deploy, get, historicVariables, operatonUrl, processXml, reached, startProcess, waitFor } from '../../../test/support/operaton';
import type { ConnectorContext } from '../context';
import { ConnectorDescriptor } from '../descriptor';
import { ExternalTaskClient } from './client';

const echo = echoConnector as unknown as ConnectorDescriptor;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connector whose run waits until the test lets it finish. */
function heldConnector(id: string) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (started = resolve));
  const descriptor = testConnector(id, async (input) => {
    started();
    await released;
    return { result: `done: ${input.note ?? ''}` };
  });
  return { descriptor, running, release };
}

/** A connector whose first run waits until its job's signal aborts (a call still ringing); later runs finish at once. */
function ringingConnector(id: string) {
  let runs = 0;
  let aborted = false;
  let started: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (started = resolve));
  const descriptor = testConnector(id, async () => ({}), {
    run: async (_input: unknown, ctx: ConnectorContext) => {
      if (++runs > 1) return { result: 'answered' };
      started();
      await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
      aborted = true;
      return { result: 'cut short' };
    },
  });
  return { descriptor, running, aborted: () => aborted };
}

interface ExternalTaskRow {
  id: string;
  workerId: string | null;
  lockExpirationTime: string | null;
  retries: number | null;
}
const tasksOf = (processInstanceId: string) => get<ExternalTaskRow[]>(`/external-task?processInstanceId=${processInstanceId}`);

describe('the external-task runtime: locks and stopping', () => {
  let running: ReturnType<typeof startTestWorkers> | undefined;
  afterEach(async () => {
    await running?.workers.close();
    running = undefined;
    await deleteStartedProcesses();
  });

  it('given a call that outlasts its lock, when it runs, then the lock is extended (no other worker gets the task) and it completes', async () => {
    const held = heldConnector('test-held');
    const task = templatedTask(c7ElementTemplate(held.descriptor), 'slow', { note: '慢调用', 'output.result': 'slowResult' });
    await deploy('et_lock', processXml('et_lock', task, 'slow', 'slow'));
    // Extended every 3 s, each time for 6 s: a margin a loaded machine's slow REST calls still keep
    // (with a 3 s lock, one extension coming 1.5 s late let the lock lapse for a moment in CI).
    running = startTestWorkers([held.descriptor], { lockDurationMs: 6_000 });
    const id = await startProcess('et_lock');
    await held.running;
    await sleep(7_000); // longer than the lock duration

    const askedAt = Date.now();
    const [row] = await tasksOf(id);
    expect(row.workerId).toBe(running.workers.workerId);
    // Still locked when asked: extended, not left to run out.
    expect(new Date(row.lockExpirationTime!).getTime()).toBeGreaterThan(askedAt);
    const rival = new ExternalTaskClient({ restUrl: operatonUrl(), workerId: 'rival' });
    const topics = [{ topicName: 'careflow:test-held:1', lockDuration: 10_000, variables: [], localVariables: true }];
    expect(await rival.fetchAndLock({ maxTasks: 1, topics, asyncResponseTimeout: 0 })).toEqual([]);

    held.release();
    await reached(id, 'done');
    expect(await historicVariables(id)).toEqual({ slowResult: 'done: 慢调用' });
  });

  it('given a boundary timer that ends a running call, when the call then finishes, then its answer is dropped and the process has moved on', async () => {
    const held = heldConnector('test-interrupted');
    const timer = `<bpmn:boundaryEvent id="too_slow" attachedToRef="slow"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
      <bpmn:sequenceFlow id="to_escalate" sourceRef="too_slow" targetRef="escalate"/><bpmn:userTask id="escalate"/>`;
    const task = templatedTask(c7ElementTemplate(held.descriptor), 'slow', { 'output.result': 'slowResult' });
    await deploy('et_interrupted', processXml('et_interrupted', `${task}${timer}`, 'slow', 'slow'));
    running = startTestWorkers([held.descriptor]);
    const id = await startProcess('et_interrupted');
    await held.running;
    await reached(id, 'escalate');

    held.release();
    await waitFor('the dropped answer', async () => (running!.infos.some((i) => i.startsWith('external task is gone')) ? true : undefined));
    expect((await activitiesOf(id)).sort()).toEqual(['escalate', 'slow', 'start', 'too_slow']);
    expect(await historicVariables(id)).toEqual({ slowResult: null });
    expect(running.warnings).toEqual([]);
  });

  it('given a call running when the workers stop, when close() is called, then it waits for the call, which completes', async () => {
    const held = heldConnector('test-closing');
    await deploy('et_close_running', processXml('et_close_running', templatedTask(c7ElementTemplate(held.descriptor), 'slow'), 'slow', 'slow'));
    running = startTestWorkers([held.descriptor]);
    const id = await startProcess('et_close_running');
    await held.running;

    const closed = running.workers.close();
    await sleep(300);
    held.release();
    await closed;
    expect(await activitiesOf(id)).toContain('done');
  });

  it('given an open long poll, when the workers stop and a task arrives meanwhile, then close() returns after at most the poll and the task is left unlocked for another worker', async () => {
    await deploy('et_close_idle', processXml('et_close_idle', templatedTask(c7ElementTemplate(echo), 'say', { message: 'hi' }), 'say', 'say'));
    running = startTestWorkers([echo], { pollTimeoutMs: 3_000 });
    await sleep(500); // the long poll is open at Operaton

    const closed = running.workers.close();
    const id = await startProcess('et_close_idle');
    await closed;
    await sleep(300);
    expect(await tasksOf(id)).toEqual([expect.objectContaining({ workerId: null, lockExpirationTime: null })]);
    expect(running.infos.filter((i) => i.startsWith('external task handed back'))).toHaveLength(1);
    expect(running.reports.filter((r) => r.job.processInstanceKey === id)).toEqual([]);
    expect(await activitiesOf(id)).not.toContain('done');
  }, 15_000);

  it('given a call still ringing after the stop grace, when the workers stop, then its connector is stopped and the task handed back unanswered with its retries; the next worker completes it', async () => {
    const ringing = ringingConnector('test-cut-short');
    await deploy('et_cut_short', processXml('et_cut_short', templatedTask(c7ElementTemplate(ringing.descriptor), 'call', { 'output.result': 'callResult' }), 'call', 'call'));
    running = startTestWorkers([ringing.descriptor], { stopGraceMs: 300 });
    const id = await startProcess('et_cut_short');
    await ringing.running;

    await running.workers.close();
    expect(ringing.aborted()).toBe(true);
    expect(await tasksOf(id)).toEqual([expect.objectContaining({ workerId: null, lockExpirationTime: null, retries: null })]);
    expect(running.infos.filter((i) => i.startsWith('external task handed back'))).toHaveLength(1);
    expect(running.reports).toEqual([]);

    running = startTestWorkers([ringing.descriptor]);
    await reached(id, 'done');
    expect(await historicVariables(id)).toEqual({ callResult: 'answered' });
  });

  it('given a call whose process is deleted while it rings, when its lock is next extended, then its connector is stopped and nothing is answered or reported', async () => {
    const ringing = ringingConnector('test-gone');
    await deploy('et_gone', processXml('et_gone', templatedTask(c7ElementTemplate(ringing.descriptor), 'call'), 'call', 'call'));
    running = startTestWorkers([ringing.descriptor], { lockDurationMs: 1_000 });
    await startProcess('et_gone');
    await ringing.running;

    await deleteStartedProcesses();
    await waitFor('the stopped connector', async () => (running!.infos.some((i) => i.startsWith('external task is gone: its connector was stopped')) ? true : undefined));
    expect(ringing.aborted()).toBe(true);
    expect(running.reports).toEqual([]);
  });
});
