import { DataSource } from 'typeorm';
import { toTypedVariables } from '../../../operaton/variables';
import { eventually } from '../../../../test/support/api-client';
import { uniqueProcessId } from '../../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../../test/support/databases';
import { useTestDataSource } from '../../../../test/support/test-data-source';
import { camundaProcess, completeTask, deploy, insertCase, seq, startInstance, tester, testEngine, waitForTasks } from '../../../../test/support/operaton-process-fixtures';
import { AuditLog } from '../../audit/service';
import { CaseTimeline } from '../../cases/timeline';
import { LiveEvents } from '../../../live/events';
import { operatonIncidents } from './index';
import { IncidentView } from './view';

type LockedTask = { id: string; variables: Record<string, { value: unknown }> };

describe.each(testDatabases())('incidents from Operaton on $name', ({ create }) => {
  const rest = testEngine();
  const ids = { connector: uniqueProcessId('inc_connector'), async: uniqueProcessId('inc_async'), timer: uniqueProcessId('inc_timer') };
  const topic = `careflow.test-notify.${ids.connector}`;
  const database = useTestDataSource(create);
  let dataSource: DataSource;
  let incidents: ReturnType<typeof operatonIncidents>;

  const fetchOne = async () => {
    const [task] = await rest.post<LockedTask[]>('/external-task/fetchAndLock', { workerId: 'test-worker', maxTasks: 1, topics: [{ topicName: topic, lockDuration: 30_000 }] });
    return task;
  };
  /** The connector gives up at once (retries 0): the engine raises an incident. */
  const failFetched = async (errorMessage: string) => {
    const task = await eventually(fetchOne, 30_000, 'the notify task');
    await rest.post(`/external-task/${task.id}/failure`, { workerId: 'test-worker', errorMessage, retries: 0, retryTimeout: 0 });
    return task;
  };
  const openOf = async (caseId: string, kind: IncidentView['kind']) =>
    eventually(async () => (await incidents.forCase(caseId)).find((i) => i.kind === kind && i.status === 'open'), 30_000, `an open ${kind} incident`);

  beforeAll(async () => {
    dataSource = database.dataSource;
    incidents = operatonIncidents({ dataSource, rest, timeline: new CaseTimeline(dataSource), audit: new AuditLog(dataSource), live: new LiveEvents(true) });
    await deploy(rest, ids.connector, camundaProcess(ids.connector,
      `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'notify')}<bpmn:serviceTask id="notify" name="通知家属" camunda:type="external" camunda:topic="${topic}"/>
       ${seq('f2', 'notify', 'after')}<bpmn:userTask id="after" name="跟进"/>`));
    // A step whose assignee expression names a variable nobody set, after an async continuation: a failed job.
    await deploy(rest, ids.async, camundaProcess(ids.async,
      `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'review')}<bpmn:userTask id="review" name="复核" camunda:asyncBefore="true" camunda:assignee="\${reviewer}"/>`));
    // The timer fires, and what it continues into fails: the timer's job fails.
    await deploy(rest, ids.timer, camundaProcess(ids.timer,
      `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'wait')}<bpmn:intermediateCatchEvent id="wait" name="等待一秒"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
       ${seq('f2', 'wait', 'followUp')}<bpmn:userTask id="followUp" name="回访" camunda:assignee="\${followUpBy}"/>`));
  }, 60_000);

  it('given a connector out of retries, when a supervisor retries it without and then with the corrected input, then the case shows each attempt and the process moves on', async () => {
    const c = await insertCase(dataSource, { areaPath: '/3701/370102/', serviceTypeKey: 'notify' });
    const pi = await startInstance(rest, ids.connector, c.caseNumber, { note: '联系家属' });
    await failFetched('家属电话未登记');
    const first = await openOf(c.id, 'connector');
    expect(first).toMatchObject({ caseId: c.id, processInstanceKey: pi, elementId: 'notify', elementName: '通知家属', jobType: topic, incidentType: 'failedExternalTask', errorMessage: '家属电话未登记', attempts: 1, variables: { note: '联系家属' } });

    // The supervisors' list shows it within their scope, not outside it.
    const listed = async (filter: Partial<Parameters<typeof incidents.open>[0]>) =>
      (await incidents.open({ scope: null, page: 1, pageSize: 500, ...filter })).incidents.some((i) => i.jobKey === first.jobKey);
    expect(await listed({ kind: 'connector' })).toBe(true);
    expect(await listed({ scope: ['/3701/370102/'], serviceType: 'notify', incidentType: 'failedExternalTask' })).toBe(true);
    expect(await listed({ scope: ['/3701/370103/'] })).toBe(false);
    expect(await listed({ kind: 'timer' })).toBe(false);
    expect(await listed({ serviceType: 'other' })).toBe(false);

    const retried = await incidents.retry(c.id, first.jobKey, {}, tester);
    expect(retried).toMatchObject({ status: 'resolved', resolvedBy: 'tester', attempts: 1 });
    await failFetched('家属电话仍未登记');
    expect(await openOf(c.id, 'connector')).toMatchObject({ jobKey: first.jobKey, attempts: 2, errorMessage: '家属电话仍未登记' });

    await incidents.retry(c.id, first.jobKey, { phone: '13805310001' }, tester);
    const task = await eventually(fetchOne, 30_000, 'the notify task again');
    expect(task.variables.phone?.value).toBe('13805310001');
    await rest.post(`/external-task/${task.id}/complete`, { workerId: 'test-worker', variables: toTypedVariables({ notified: true }) });
    await waitForTasks(rest, pi, ['after']);

    expect(await incidents.forCase(c.id)).toEqual([expect.objectContaining({ jobKey: first.jobKey, status: 'resolved', attempts: 2, resolvedBy: 'tester', variables: {} })]);
    const timeline = await new CaseTimeline(dataSource).list(c.id);
    expect(timeline.map((e) => [e.type, e.actorName, e.data?.corrected])).toEqual([['incident.retried', 'tester', []], ['incident.retried', 'tester', ['phone']]]);
    await expect(incidents.retry(c.id, first.jobKey, {}, tester)).rejects.toMatchObject({ status: 409 });
  });

  it('given an async step whose expression names a missing variable, when retried with that variable, then the step starts with it', async () => {
    const c = await insertCase(dataSource);
    const pi = await startInstance(rest, ids.async, c.caseNumber);
    const incident = await openOf(c.id, 'async');
    expect(incident).toMatchObject({ elementId: 'review', elementName: '复核', jobType: 'async-continuation', incidentType: 'failedJob', errorMessage: expect.stringContaining('reviewer') });

    await expect(incidents.retry(c.id, incident.jobKey, { 'not a name': 1 }, tester)).rejects.toMatchObject({ status: 400 });
    await expect(incidents.retry(c.id, 'no-such-job', {}, tester)).rejects.toMatchObject({ status: 404 });
    await incidents.retry(c.id, incident.jobKey, { reviewer: 'zhang' }, tester);
    await waitForTasks(rest, pi, ['review']);
    const [task] = await rest.get<{ assignee: string }[]>('/task', { processInstanceId: pi });
    expect(task.assignee).toBe('zhang');
    expect((await incidents.forCase(c.id)).map((i) => [i.kind, i.status])).toEqual([['async', 'resolved']]);
  });

  it('given a timer whose continuation fails, when retried with the corrected variable, then the process moves on to the next step', async () => {
    const c = await insertCase(dataSource);
    const pi = await startInstance(rest, ids.timer, c.caseNumber);
    const incident = await openOf(c.id, 'timer');
    expect(incident).toMatchObject({ elementId: 'followUp', elementName: '回访', jobType: 'timer-intermediate-transition', errorMessage: expect.stringContaining('followUpBy') });
    await incidents.retry(c.id, incident.jobKey, { followUpBy: 'li' }, tester);
    await waitForTasks(rest, pi, ['followUp']);
    await completeTask(rest, pi, 'followUp');
    expect((await incidents.forCase(c.id)).map((i) => i.status)).toEqual(['resolved']);
  });
});
