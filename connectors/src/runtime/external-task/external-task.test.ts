import { echoConnector } from '../../echo/descriptor';
import { c7ElementTemplate } from '../../templates/c7/element-template';
import { templatedTask } from '../../../test/support/c7-task';
import { startTestWorkers, testConnector } from '../../../test/support/external-task-workers';
import { activitiesOf, deleteStartedProcesses, deploy, get, historicVariables, processXml, reached, startProcess, waitFor } from '../../../test/support/operaton';
import { ConnectorDescriptor } from '../descriptor';

const echo = echoConnector as unknown as ConnectorDescriptor;
const echoTask = (id: string, values: Record<string, string>) => templatedTask(c7ElementTemplate(echo), id, values);

interface ExternalTaskLog {
  externalTaskId: string;
  retries: number | null;
  creationLog: boolean;
  failureLog: boolean;
  successLog: boolean;
  timestamp: string;
}
const taskLog = (processInstanceId: string) => get<ExternalTaskLog[]>(`/history/external-task-log?processInstanceId=${processInstanceId}&sortBy=timestamp&sortOrder=asc`);

describe('connectors on Operaton external tasks', () => {
  let running: ReturnType<typeof startTestWorkers> | undefined;
  afterEach(async () => {
    await running?.workers.close();
    running = undefined;
    await deleteStartedProcesses();
  });
  const reportsOf = (processInstanceId: string) => running?.reports.filter((r) => r.job.processInstanceKey === processInstanceId) ?? [];

  it('given the echo template on a task, when the process runs, then the connector gets the mapped input and its output lands in the variable the analyst chose', async () => {
    await deploy('et_echo', processXml('et_echo', echoTask('say', { message: '${note}', 'output.echo': 'reply' }), 'say', 'say'));
    running = startTestWorkers([echo]);
    const id = await startProcess('et_echo', { note: '老人需要上门助餐', caseId: 'case-1' });
    await reached(id, 'done');

    const [log] = (await taskLog(id)).filter((l) => l.successLog);
    const variables = await historicVariables(id);
    expect(variables.reply).toEqual({ message: '老人需要上门助餐', jobKey: log.externalTaskId, at: expect.any(String) });
    // The connector's own names stay on the task: no process variable `echo` or `message`.
    expect(Object.keys(variables).sort()).toEqual(['caseId', 'note', 'reply']);
    expect(reportsOf(id)).toEqual([
      expect.objectContaining({ jobType: 'careflow:echo:1', outcome: expect.objectContaining({ kind: 'complete' }), job: expect.objectContaining({ key: log.externalTaskId, elementId: 'say', idempotencyKey: `careflow:echo:1/${log.externalTaskId}` }) }),
    ]);
    expect(reportsOf(id)[0].variables).toMatchObject({ caseId: 'case-1', message: '老人需要上门助餐' });
  });

  it('given a connector that raises a BPMN error, when the process runs, then the boundary event with that code catches it and the task is never retried', async () => {
    const boundary = `<bpmn:boundaryEvent id="unreachable" attachedToRef="say"><bpmn:errorEventDefinition errorRef="err_unreachable"/></bpmn:boundaryEvent>
      <bpmn:sequenceFlow id="to_handle" sourceRef="unreachable" targetRef="handle"/><bpmn:userTask id="handle"/>`;
    const xml = processXml('et_bpmn_error', `${echoTask('say', { message: '呼叫亲属', raiseErrorCode: 'FAMILY_UNREACHABLE' })}${boundary}`, 'say', 'say').replace(
      '<bpmn:process',
      '<bpmn:error id="err_unreachable" errorCode="FAMILY_UNREACHABLE"/><bpmn:process',
    );
    await deploy('et_bpmn_error', xml);
    running = startTestWorkers([echo]);
    const id = await startProcess('et_bpmn_error');
    await reached(id, 'handle');

    expect((await activitiesOf(id)).sort()).toEqual(['handle', 'say', 'start', 'unreachable']);
    // The output parameter runs on the early end too: the result variable says "no result", it does not fail.
    expect(await historicVariables(id)).toEqual({ echo: null });
    expect((await taskLog(id)).filter((l) => l.failureLog)).toEqual([]);
    expect(reportsOf(id).map((r) => r.outcome)).toEqual([{ kind: 'bpmnError', errorCode: 'FAMILY_UNREACHABLE', errorMessage: 'Echo was asked to raise FAMILY_UNREACHABLE' }]);
  });

  it('given a connector that keeps failing, when it runs, then it is retried with growing pauses and Operaton raises an incident when the retries are used up', async () => {
    const tries: { at: number; retries: number }[] = [];
    const flaky = testConnector('test-flaky', async () => {
      throw new Error('SMSC connection reset');
    });
    const failing: ConnectorDescriptor = { ...flaky, run: (input, ctx) => (tries.push({ at: Date.now(), retries: ctx.job.retries }), flaky.run(input, ctx)) };
    await deploy('et_incident', processXml('et_incident', templatedTask(c7ElementTemplate(flaky), 'send'), 'send', 'send'));
    running = startTestWorkers([failing]);
    const id = await startProcess('et_incident');

    const incident = await waitFor('the incident', async () => (await get<{ incidentType: string; activityId: string; incidentMessage: string }[]>(`/incident?processInstanceId=${id}`))[0]);
    expect(incident).toMatchObject({ incidentType: 'failedExternalTask', activityId: 'send', incidentMessage: 'SMSC connection reset' });
    expect(tries.map((t) => t.retries)).toEqual([3, 2, 1]);
    // Operaton offers the task again only after retryTimeout: 1 s, then 2 s (lower bounds, not a speed).
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(950);
    expect(tries[2].at - tries[1].at).toBeGreaterThanOrEqual(1950);
    // The log keeps the retries a task had when it failed (null: never failed before).
    expect((await taskLog(id)).filter((l) => l.failureLog).map((l) => l.retries)).toEqual([null, 2, 1]);
    expect(await get(`/external-task?processInstanceId=${id}`)).toEqual([expect.objectContaining({ retries: 0, errorMessage: 'SMSC connection reset' })]);
    expect(await activitiesOf(id)).not.toContain('done');
  });

  it('given a task that names its retries and backoff, when its input cannot work, then the incident is raised at once without retries', async () => {
    const strict = testConnector('test-strict', async () => ({ result: 'never' }));
    const task = templatedTask(c7ElementTemplate(strict), 'check', { note: '{{secrets.NOT_SET}}', retries: '5', retryBackoff: 'PT1S' });
    await deploy('et_input_incident', processXml('et_input_incident', task, 'check', 'check'));
    running = startTestWorkers([strict]);
    const id = await startProcess('et_input_incident');

    const incident = await waitFor('the incident', async () => (await get<{ incidentMessage: string }[]>(`/incident?processInstanceId=${id}`))[0]);
    expect(incident.incidentMessage).toContain('Secrets not set: NOT_SET');
    expect((await taskLog(id)).filter((l) => l.failureLog)).toHaveLength(1);
    expect(await get(`/external-task?processInstanceId=${id}`)).toEqual([expect.objectContaining({ retries: 0 })]);
  });
});
