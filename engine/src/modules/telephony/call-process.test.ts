import { CallAdapter, simulatorAdapter, useCallAdapter } from '@careflow/connectors';
import { eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Call = { id: string; status: string; outcome: string | null; to: string };
type Detail = { timeline: { type: string; data: Record<string, unknown> | null }[]; tasks: { elementId: string; variables: Record<string, unknown> }[] };

/** Retries and their backoff are task properties on Operaton (the connector runtime reads them as headers). */
const callTask =
  `<bpmn:serviceTask id="call_family" name="机器人外呼" camunda:type="external" camunda:topic="careflow:call:1"><bpmn:extensionElements>` +
  `<camunda:properties><camunda:property name="retries" value="3"/><camunda:property name="retryBackoff" value="PT1S"/></camunda:properties>` +
  `<camunda:inputOutput><camunda:inputParameter name="mode">robot</camunda:inputParameter><camunda:inputParameter name="to">\${phone}</camunda:inputParameter>` +
  `<camunda:inputParameter name="message">\${text}</camunda:inputParameter><camunda:outputParameter name="call">\${call}</camunda:outputParameter></camunda:inputOutput>` +
  `</bpmn:extensionElements></bpmn:serviceTask>`;
/** CALL_NO_ANSWER leads to a task of its own: someone has to reach the family another way. */
const onNoAnswer =
  // The error's variables (the call) are set where no task-local variable of that name is: on the process.
  `<bpmn:boundaryEvent id="no_answer" attachedToRef="call_family">` +
  `<bpmn:outgoing>n1</bpmn:outgoing><bpmn:errorEventDefinition errorRef="err_no_answer"/></bpmn:boundaryEvent>` +
  `${userTask('reach_otherwise', 'call-review')}<bpmn:endEvent id="end_no_answer"/>` +
  `<bpmn:sequenceFlow id="n1" sourceRef="no_answer" targetRef="reach_otherwise"/><bpmn:sequenceFlow id="n2" sourceRef="reach_otherwise" targetRef="end_no_answer"/>`;

describe.each(testDatabases().slice(0, 1))('a call service task on $name on Operaton', ({ create }) => {
  const engine = useTestEngine(create);
  const serviceType = uniqueProcessId('call_family');

  beforeAll(async () => {
    await engine.admin.post('/api/forms', { key: 'call-review', title: '外呼结果', schema: { type: 'object' } });
    await engine.admin.post('/api/service-types', { key: serviceType, names: { 'zh-CN': '通知家属', en: 'Call the family' }, category: 'test' });
    const xml = chain(serviceType, [
      { id: 'call_family', xml: callTask },
      { id: 'review', xml: userTask('review', 'call-review') },
    ], onNoAnswer).replace('</bpmn:definitions>', '<bpmn:error id="err_no_answer" errorCode="CALL_NO_ANSWER"/></bpmn:definitions>');
    expect((await engine.admin.post(`/api/service-types/${serviceType}/versions`, { bpmnXml: xml })).status).toBe(201);
    expect((await engine.admin.post(`/api/service-types/${serviceType}/publish`, { version: 1 })).status).toBe(200);
  });

  afterAll(() => useCallAdapter(undefined));

  const open = async () =>
    (await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType, channel: 'phone', variables: { phone: '13800138000', text: '您的家人触发了紧急呼叫，收到请按1' } })).body.case.id;
  const callsOf = async (caseId: string) => (await engine.admin.get<{ items: Call[] }>(`/api/calls?caseId=${caseId}`)).body.items;
  const ringingCall = (caseId: string) => eventually(async () => (await callsOf(caseId)).find((c) => c.status === 'ringing'), 30_000, 'the call ringing');
  const taskOf = (caseId: string, elementId: string) =>
    eventually(async () => (await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body.tasks.find((t) => t.elementId === elementId), 60_000, `task ${elementId}`);

  it('given a robot call, when the simulator answers with 1, then the process goes on with outcome confirmed in its variables', async () => {
    const caseId = await open();
    const call = await ringingCall(caseId);
    expect((await engine.admin.post(`/api/telephony/simulator/calls/${call.id}/answer`, { digits: '1' })).status).toBe(200);
    const review = await taskOf(caseId, 'review');
    expect(review.variables.call).toEqual({ id: call.id, outcome: 'confirmed', digits: '1' });
  });

  it('given a robot call, when nobody answers, then CALL_NO_ANSWER takes the error path', async () => {
    const caseId = await open();
    const call = await ringingCall(caseId);
    await engine.admin.post(`/api/telephony/simulator/calls/${call.id}/no-answer`);
    const reach = await taskOf(caseId, 'reach_otherwise');
    const { timeline, tasks } = (await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body;
    expect(tasks.map((t) => t.elementId)).toEqual(['reach_otherwise']);
    // The error carries the call's outcome to the path that catches it.
    expect(reach.variables.call).toMatchObject({ id: call.id, outcome: 'no_answer' });
    expect(timeline.find((e) => e.type === 'connector.bpmn_error')?.data).toMatchObject({ elementId: 'call_family', errorCode: 'CALL_NO_ANSWER', error: 'no_answer' });
  });

  it('given the first try fails after the call was placed, when the job is retried, then the second try follows the same call: one record, outcome confirmed', async () => {
    let failures = 0;
    const flaky: CallAdapter = {
      ...simulatorAdapter,
      settle: async (call, request, ctx) => {
        if (failures++ === 0) throw new Error('the line to the switch dropped');
        return simulatorAdapter.settle(call, request, ctx);
      },
    };
    useCallAdapter(flaky);
    const caseId = await open();
    const call = await ringingCall(caseId);
    await eventually(async () => ((await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body.timeline.some((e) => e.type === 'connector.failed') ? true : undefined), 30_000, 'the failed first try');
    await engine.admin.post(`/api/telephony/simulator/calls/${call.id}/answer`, { digits: '1' });
    const review = await taskOf(caseId, 'review');
    expect(review.variables.call).toMatchObject({ id: call.id, outcome: 'confirmed' });
    expect(await callsOf(caseId)).toHaveLength(1);
    expect(failures).toBe(2);
  });
});
