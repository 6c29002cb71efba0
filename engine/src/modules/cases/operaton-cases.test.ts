import { historicInstancesByBusinessKey } from '../../operaton/instances';
import { ApiClient, eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { chain, echoTask, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testEngine } from '../../../test/support/operaton-process-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type CaseView = { id: string; caseNumber: string; status: string; processInstanceKey: string | null; satisfaction: string | null; cancelReason: string | null };
type Detail = {
  case: CaseView;
  timeline: { type: string; actorName: string | null; data: Record<string, unknown> | null }[];
  processHistory: string;
  tasks: { id: string; status: string; elementId: string }[];
};

const INTAKE_FORM = {
  type: 'object',
  properties: { note: { type: 'string', title: '备注', required: true }, satisfaction: { type: 'string', enum: ['very_satisfied', 'satisfied', 'neutral', 'unsatisfied'] } },
};

/** Waits for the provider's answer, which may arrive before the process gets there. */
const waitForAnswer = (processId: string) =>
  chain(
    processId,
    [
      { id: 'answer', xml: '<bpmn:receiveTask id="answer" name="等待接单" messageRef="accepted"/>' },
      { id: 'visit', xml: userTask('visit', 'intake-form', 'agents', '上门回访') },
    ],
  ).replace('</bpmn:definitions>', '<bpmn:message id="accepted" name="provider.accepted"/></bpmn:definitions>');

describe.each(testDatabases())('cases run on Operaton ($name)', ({ create }) => {
  const engine = useTestEngine(create);
  const api = (): ApiClient => engine.admin;
  const detail = async (id: string) => (await api().get<Detail>(`/api/cases/${id}`)).body;
  const openCase = (serviceType = 'household') => api().post<{ case: CaseView }>('/api/cases', { serviceType, channel: 'phone', variables: { address: '历下区文化东路 1 号' } });
  const closedCase = (id: string) =>
    eventually(async () => {
      const d = await detail(id);
      return d.case.status === 'closed' ? d : undefined;
    }, 30_000, 'the case to close');
  const openTask = (id: string, elementId: string) => eventually(async () => (await detail(id)).tasks.find((t) => t.elementId === elementId && t.status === 'created'), 30_000, `the ${elementId} task`);
  const settings = { priority: 'normal', sla: { unit: 'hours', value: 2 }, channels: ['phone'], startRoles: ['agent', 'supervisor', 'admin'] };
  const publish = async (key: string, bpmnXml: string) => {
    await api().post('/api/service-types', { key, names: { 'zh-CN': key, en: key }, category: 'daily-help' });
    expect((await api().post(`/api/service-types/${key}/versions`, { bpmnXml, settings })).status).toBe(201);
    const published = await api().post(`/api/service-types/${key}/publish`, { version: 1 });
    expect(published.status).toBe(200);
  };

  beforeAll(async () => {
    await api().post('/api/forms', { key: 'intake-form', title: '受理', schema: INTAKE_FORM });
    const household = chain(uniqueProcessId('household'), [
      { id: 'intake', xml: userTask('intake', 'intake-form', 'agents', '受理登记') },
      { id: 'echo', xml: echoTask('echo') },
    ]);
    await publish('household', household);
    await publish('answered', waitForAnswer(uniqueProcessId('answered')));
  });

  it('given a published service type, when a case is opened and its task completed, then the process runs the connector, ends, and the case closes with the satisfaction and a timeline from the engine', async () => {
    const opened = await openCase();
    expect(opened.status).toBe(201);
    const c = opened.body.case;
    expect(c.status).toBe('open');
    expect(c.processInstanceKey).toMatch(/^[\w-]{8,64}$/);
    const [instance] = await historicInstancesByBusinessKey(testEngine(), c.caseNumber);
    expect(instance.id).toBe(c.processInstanceKey);

    const task = await openTask(c.id, 'intake');
    expect((await api().post(`/api/tasks/${task.id}/complete`, { variables: { note: '需要保洁', satisfaction: 'satisfied' } })).status).toBe(200);
    const closed = await closedCase(c.id);

    expect(closed.case.satisfaction).toBe('satisfied');
    expect(closed.processHistory).toBe('included');
    const types = closed.timeline.map((e) => e.type);
    expect(types[0]).toBe('case.opened');
    expect(types).toEqual(expect.arrayContaining(['process.started', 'step.started', 'step.completed', 'case.closed']));
    // The steps are named as the model names them: the user task and the connector, each started and completed.
    const steps = closed.timeline.filter((e) => e.type.startsWith('step.')).map((e) => `${e.type}:${String(e.data?.name ?? e.data?.elementId)}`);
    expect(steps).toEqual(['step.started:受理登记', 'step.completed:受理登记', 'step.started:echo', 'step.completed:echo']);
    expect(types.indexOf('case.closed')).toBe(types.length - 1);
  });

  it('given a process that calls another with the case number as business key and the case variables, when its case runs, then the called task is the case\'s and the case closes when the caller ends', async () => {
    const calleeId = uniqueProcessId('home_visit');
    await publish('home-visit', chain(calleeId, [{ id: 'visit', xml: userTask('visit', 'intake-form', 'agents', '上门服务') }]));
    const call = `<bpmn:callActivity id="call" name="上门服务" calledElement="${calleeId}"><bpmn:extensionElements><camunda:in businessKey="\${caseNumber}"/><camunda:in variables="all"/><camunda:out variables="all"/></bpmn:extensionElements></bpmn:callActivity>`;
    await publish('visit-caller', chain(uniqueProcessId('visit_caller'), [{ id: 'call', xml: call }]));

    const c = (await openCase('visit-caller')).body.case;
    const task = await openTask(c.id, 'visit');
    const called = await testEngine().get<{ id: string; businessKey: string; processDefinitionKey: string }[]>('/history/process-instance', { superProcessInstanceId: c.processInstanceKey! });
    expect(called).toEqual([expect.objectContaining({ businessKey: c.caseNumber, processDefinitionKey: calleeId })]);
    const inbox = await api().get<{ tasks: { id: string; caseNumber: string | null }[] }>(`/api/tasks?view=all&caseId=${c.id}`);
    expect(inbox.body.tasks).toEqual([expect.objectContaining({ id: task.id, caseNumber: c.caseNumber })]);

    expect((await api().post(`/api/tasks/${task.id}/complete`, { variables: { note: '已上门', satisfaction: 'very_satisfied' } })).status).toBe(200);
    const closed = await closedCase(c.id);
    // The called process's answer came back to the caller (camunda:out), where the case reads it.
    expect(closed.case.satisfaction).toBe('very_satisfied');
  });

  it('given an open case, when it is canceled with a reason, then its instance is deleted in the engine, its task is canceled and the reason is kept', async () => {
    const c = (await openCase()).body.case;
    const task = await openTask(c.id, 'intake');
    const canceled = await api().post<{ case: CaseView }>(`/api/cases/${c.id}/cancel`, { reason: '来电人撤销' });
    expect(canceled.status).toBe(200);
    expect(canceled.body.case).toMatchObject({ status: 'canceled', cancelReason: '来电人撤销' });
    const [instance] = await historicInstancesByBusinessKey(testEngine(), c.caseNumber);
    expect(instance.state).toBe('EXTERNALLY_TERMINATED');
    expect((await detail(c.id)).tasks.find((t) => t.id === task.id)?.status).toBe('canceled');
    expect((await api().post(`/api/tasks/${task.id}/complete`, { variables: { note: 'x' } })).status).toBe(409);
    expect((await api().post(`/api/cases/${c.id}/cancel`, { reason: '再次' })).status).toBe(409);
  });

  it('given a message sent by case number, when the process reaches its receive task, then it moves on once and a repeat of the same message id changes nothing', async () => {
    const c = (await openCase('answered')).body.case;
    const message = { name: 'provider.accepted', correlationKey: c.caseNumber, messageId: `accepted:${c.id}`, variables: { dispatch: { status: 'accepted' } } };
    const first = await api().post<{ message: { caseId: string }; repeated: boolean }>('/api/messages', message);
    expect(first.status).toBe(201);
    expect(first.body.message.caseId).toBe(c.id);
    await openTask(c.id, 'visit');
    const again = await api().post<{ repeated: boolean }>('/api/messages', message);
    expect(again.status).toBe(200);
    expect(again.body.repeated).toBe(true);
    const timeline = (await detail(c.id)).timeline.map((e) => e.type);
    expect(timeline.filter((t) => t === 'message.received')).toHaveLength(1);
  });
});
