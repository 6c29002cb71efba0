import { DataSource } from 'typeorm';
import { eventually } from '../../../../test/support/api-client';
import { uniqueProcessId } from '../../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../../test/support/databases';
import { useTestDataSource } from '../../../../test/support/test-data-source';
import { camundaProcess, completeTask, deploy, downEngine, insertCase, recordingLogger, seq, startInstance, tester, testEngine, waitForTasks } from '../../../../test/support/operaton-process-fixtures';
import { CaseTimeline } from '../timeline';
import { operatonCaseTimeline } from './index';

/**
 * intake → dispatch, cut short after 1 s by its timer → escalate → verify (a connector), whose
 * business error is caught by a boundary error event → close.
 */
const rescue = (id: string, topic: string) =>
  camundaProcess(
    id,
    `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'intake')}<bpmn:userTask id="intake" name="受理"/>${seq('f2', 'intake', 'dispatch')}
     <bpmn:userTask id="dispatch" name="派单"/>
     <bpmn:boundaryEvent id="late" name="接单超时" attachedToRef="dispatch"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
     ${seq('f3', 'late', 'escalate')}<bpmn:userTask id="escalate" name="督办"/>${seq('f4', 'escalate', 'verify')}
     <bpmn:serviceTask id="verify" name="核实地址" camunda:type="external" camunda:topic="${topic}"/>
     <bpmn:boundaryEvent id="notFound" name="地址不存在" attachedToRef="verify"><bpmn:errorEventDefinition errorRef="err_not_found"/></bpmn:boundaryEvent>
     ${seq('f5', 'notFound', 'close')}${seq('f6', 'verify', 'close')}<bpmn:userTask id="close" name="结案"/>${seq('f7', 'dispatch', 'close')}`,
    '<bpmn:error id="err_not_found" name="地址不存在" errorCode="address.not_found"/>',
  );

describe.each(testDatabases())('the case timeline from Operaton’s history on $name', ({ create }) => {
  const rest = testEngine();
  const processId = uniqueProcessId('timeline');
  const topic = `careflow.test-verify.${processId}`;
  const { logger } = recordingLogger();
  const database = useTestDataSource(create);
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = database.dataSource;
    await deploy(rest, processId, rescue(processId, topic));
  }, 60_000);

  it('given a case whose step timed out, whose connector failed, was retried and raised a caught error, then its timeline shows those milestones and CareFlow’s own events in time order', async () => {
    const c = await insertCase(dataSource);
    const own = new CaseTimeline(dataSource);
    await own.record(c.id, 'case.opened', tester, { serviceType: 'rescue' });
    const pi = await startInstance(rest, processId, c.caseNumber);
    // What the inbox wrote for a task before the move to Operaton: the engine's history tells it now, so it is left out.
    await own.record(c.id, 'task.created', null, { elementId: 'intake' });
    await completeTask(rest, pi, 'intake');
    await own.record(c.id, 'case.urged', tester, { text: '请尽快派单' });
    await waitForTasks(rest, pi, ['escalate']);
    await own.record(c.id, 'case.supervised', tester, { text: '督办：超时未接单' });
    await completeTask(rest, pi, 'escalate');

    const fetch = () => eventually(async () => (await rest.post<{ id: string }[]>('/external-task/fetchAndLock', { workerId: 'w', maxTasks: 1, topics: [{ topicName: topic, lockDuration: 30_000 }] }))[0], 30_000, 'the verify task');
    const first = await fetch();
    await rest.post(`/external-task/${first.id}/failure`, { workerId: 'w', errorMessage: '地图服务无应答', retries: 0, retryTimeout: 0 });
    await rest.put(`/external-task/${first.id}/retries`, { retries: 1 });
    await rest.post(`/external-task/${(await fetch()).id}/bpmnError`, { workerId: 'w', errorCode: 'address.not_found', errorMessage: '地址不存在' });
    await waitForTasks(rest, pi, ['close']);

    const { timeline, processHistory } = await operatonCaseTimeline({ dataSource, rest, timeline: own, logger }).list(c.id);
    expect(processHistory).toBe('included');
    const times = timeline.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(timeline.map((e) => [e.type, e.data?.name ?? e.data?.text ?? e.data?.error ?? null])).toEqual([
      ['case.opened', null],
      ['step.started', '受理'],
      ['step.completed', '受理'],
      ['step.started', '派单'],
      ['case.urged', '请尽快派单'],
      ['step.canceled', '派单'],
      ['timer.fired', '接单超时'],
      ['step.started', '督办'],
      ['case.supervised', '督办：超时未接单'],
      ['step.completed', '督办'],
      ['step.started', '核实地址'],
      ['incident.raised', '核实地址'],
      ['incident.resolved', '核实地址'],
      ['step.canceled', '核实地址'],
      ['error.caught', '地址不存在'],
      ['step.started', '结案'],
    ]);
    expect(timeline.find((e) => e.type === 'incident.raised')?.data).toMatchObject({ elementId: 'verify', error: '地图服务无应答', jobKey: first.id });
    expect(timeline.find((e) => e.type === 'case.urged')).toMatchObject({ actorName: 'tester' });
    expect(new Set(timeline.map((e) => e.id)).size).toBe(timeline.length);
  });

  it('given the engine is down, when the timeline is read, then CareFlow’s own entries come back, marked as without process history', async () => {
    const c = await insertCase(dataSource);
    const own = new CaseTimeline(dataSource);
    await own.record(c.id, 'case.comment', tester, { text: '家属来电' });
    const read = await operatonCaseTimeline({ dataSource, rest: downEngine(), timeline: own, logger }).list(c.id);
    expect(read).toMatchObject({ processHistory: 'unavailable', timeline: [{ type: 'case.comment' }] });
    await expect(operatonCaseTimeline({ dataSource, rest, timeline: own, logger }).list('no-such-case')).rejects.toMatchObject({ status: 404 });
  });
});
