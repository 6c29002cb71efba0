import { connectors, jobType } from '@careflow/connectors';
import fs from 'node:fs';
import path from 'node:path';
import { OperatonRest } from '../../../operaton/rest';
import { processVariableDefaults } from '../../service-types/bpmn-model';
import { fromTypedVariables, toTypedVariables, TypedVariables } from '../../../operaton/variables';

const url = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL!;
const EMERGENCY = fs.readFileSync(path.join(__dirname, 'emergency-rescue.bpmn'), 'utf8');
/** What CareFlow starts every case of the model with unless the case says otherwise: its deadlines. */
const DEFAULTS = processVariableDefaults(EMERGENCY, 'emergency_rescue');
const WORKER = 'emergency-walk';
type Variables = Parameters<typeof toTypedVariables>[0];

type ExternalTask = { id: string; activityId: string; topicName: string; executionId: string };

/**
 * Walks the converted 紧急救助 on the run's Operaton as CareFlow will: user tasks completed with their
 * form values, connectors (external tasks) completed with their outputs, timers fired, messages
 * correlated by case number. Each step names the element it expects, so a changed path fails here.
 * There are no case-event steps to complete: on Operaton the timeline comes from the engine's history,
 * so what a "记录" task used to tell at an ending is the end event's name, read back from that history.
 */
describe('the Operaton 紧急救助 walked step by step on the run’s engine', () => {
  const rest = new OperatonRest({ baseUrl: url });
  let caseNumber = '';
  let instance = '';
  let definition = '';

  beforeAll(async () => {
    const form = new FormData();
    form.append('deployment-name', 'emergency-walk');
    form.append('emergency.bpmn', new Blob([EMERGENCY], { type: 'application/xml' }), 'emergency.bpmn');
    const deployed = await rest.postForm<{ deployedProcessDefinitions: Record<string, { id: string }> }>('/deployment/create', form);
    definition = Object.values(deployed.deployedProcessDefinitions)[0].id;
  });

  const start = async (number: string, variables: Variables) => {
    caseNumber = number;
    const base = { caseId: `case-${number}`, caseNumber: number, serviceType: 'emergency-rescue', channel: 'alarm', priority: 'emergency', elderAreaCode: null, caseAreaPath: null, caseDueAt: null, ...DEFAULTS };
    instance = (await rest.post<{ id: string }>(`/process-definition/${definition}/start`, { businessKey: number, variables: toTypedVariables({ ...base, ...variables }) })).id;
  };
  const userTask = async (key: string, variables: Variables = {}) => {
    const tasks = await rest.get<{ id: string; taskDefinitionKey: string }[]>('/task', { processInstanceId: instance });
    const task = tasks.find((t) => t.taskDefinitionKey === key);
    if (!task) throw new Error(`no user task ${key}; waiting at ${tasks.map((t) => t.taskDefinitionKey).join(', ')}`);
    await rest.post(`/task/${task.id}/complete`, { variables: toTypedVariables(variables) });
  };
  /** Completes the connector step `activityId` and returns the inputs its mapping gave it. */
  const connector = async (activityId: string, topic: string, output: Variables = {}) => {
    const tasks = await rest.get<ExternalTask[]>('/external-task', { processInstanceId: instance });
    const task = tasks.find((t) => t.activityId === activityId);
    if (!task) throw new Error(`no external task ${activityId}; waiting at ${tasks.map((t) => t.activityId).join(', ')}`);
    expect(task.topicName).toBe(topic);
    const inputs = fromTypedVariables(await rest.get<TypedVariables>(`/execution/${task.executionId}/localVariables`, { deserializeValues: false }));
    await rest.post(`/external-task/${task.id}/lock`, { workerId: WORKER, lockDuration: 60_000 });
    // As the connector runtime answers: its declared outputs (null when not given) land on the task's scope, and the model's output parameters carry them on.
    const declared = Object.keys(connectors.find((d) => jobType(d) === topic)?.output ?? {});
    const local = Object.fromEntries(declared.map((name) => [name, output[name] ?? null]));
    await rest.post(`/external-task/${task.id}/complete`, { workerId: WORKER, localVariables: toTypedVariables(local as Variables) });
    return inputs;
  };
  const fireTimer = async (activityId: string) => {
    const jobs = await rest.get<{ id: string }[]>('/job', { processInstanceId: instance, activityId, timers: true });
    expect(jobs).toHaveLength(1);
    await rest.post(`/job/${jobs[0].id}/execute`);
  };
  /** How the instance ended: its state and the plain end events it reached (the process's and its sub-processes'). */
  const ended = async () => ({
    state: (await rest.get<{ state: string }>(`/history/process-instance/${instance}`)).state,
    ends: (await rest.get<{ activityId: string }[]>('/history/activity-instance', { processInstanceId: instance, activityType: 'noneEndEvent' })).map((a) => a.activityId).sort(),
  });
  /** The name the history gives an element the instance passed, as the case timeline shows it. */
  const passed = async (activityId: string) => (await rest.get<{ activityName: string | null }[]>('/history/activity-instance', { processInstanceId: instance, activityId })).map((a) => a.activityName);
  const waitingAt = async () => (await rest.get<{ taskDefinitionKey: string }[]>('/task', { processInstanceId: instance })).map((t) => t.taskDefinitionKey).sort();

  it('given an alarm from an elder with a relative and an area, when the relative confirms by robot call and a worker accepts, then the case runs through to closed', async () => {
    await start('GD20261202-910001', { elderId: 'elder-1', elderName: '王秀英', elderRelatives: [{ name: '李明', phone: '13800138000' }], elderAreaCode: '310101' });
    await userTask('confirm-alarm', { alarmOutcome: 'real' });
    await userTask('classify', { emergencyType: 'fall', responseMode: 'dispatch' });

    const call = await connector('call-relative', 'careflow:call:1', { call: { outcome: 'confirmed' } });
    expect(call).toMatchObject({ mode: 'robot', to: '13800138000', toName: '李明', confirmDigit: '1', message: expect.stringContaining('您的家人王秀英刚刚触发了紧急呼叫') });
    expect(await passed('relatives-end')).toEqual(['已电话联系到亲属']);

    const dispatch = await connector('dispatch-worker', 'careflow:dispatch:1', { dispatch: { id: 'd-1', providerName: '阳光社区' } });
    expect(dispatch).toMatchObject({ serviceItem: 'emergency_visit', areaCode: '310101', note: `紧急救助 ${caseNumber}：请社区工作人员立即上门查看` });
    await rest.post('/message', { messageName: 'provider.accepted', businessKey: caseNumber });

    await userTask('onsite-result', { onsiteOutcome: 'hospitalized' });
    await userTask('return-visit', { satisfaction: 'satisfied' });
    expect(await ended()).toEqual({ state: 'COMPLETED', ends: ['end', 'relatives-end'] });
    expect(await passed('end')).toEqual(['已结案']);
  });

  it('given an alarm without an elder file handed over to 120, when the relatives deadline passes, then the supervisors are notified and the case still closes', async () => {
    await start('GD20261202-910002', { elderId: null });
    await userTask('confirm-alarm', { alarmOutcome: 'real' });
    await userTask('classify', { emergencyType: 'other', responseMode: 'handover' });
    expect(await waitingAt()).toEqual(['confirm-relatives', 'record-handover']);

    await fireTimer('relatives-overdue');
    const notify = await connector('notify-supervisor-relatives', 'careflow:notify:1');
    expect(notify).toMatchObject({ level: 'urgent', title: `紧急救助 ${caseNumber}：未能及时联系到亲属`, body: `工单 ${caseNumber} 的老人亲属在规定时间内未联系上，请值班长跟进。` });
    expect(await passed('relatives-escalation-end')).toEqual(['亲属联系超时已升级']);
    await userTask('confirm-relatives');
    expect(await passed('relatives-done')).toEqual(['亲属已联系']);

    await userTask('record-handover', { handoverTo: '120' });
    await userTask('onsite-result', { onsiteOutcome: 'resolved' });
    await userTask('return-visit', { satisfaction: 'satisfied' });
    expect(await ended()).toEqual({ state: 'COMPLETED', ends: ['end', 'relatives-done', 'relatives-escalation-end'] });
  });

  // Lists and maps the engine builds from camunda:list / camunda:map are stored as JSON (the process
  // engine's default serialization format), so connectors read them like the variables CareFlow sets.
  it('given a relative who does not confirm the robot call, when the SMS and the supervisors’ notice go out, then their list and map inputs read as JSON', async () => {
    await start('GD20261202-910004', { elderId: 'elder-3', elderName: '赵兰', elderRelatives: [{ name: '赵强', phone: '13900139000' }] });
    await userTask('confirm-alarm', { alarmOutcome: 'real' });
    await userTask('classify', { emergencyType: 'illness', responseMode: 'handover' });
    await connector('call-relative', 'careflow:call:1', { call: { outcome: 'no_answer' } });
    expect(await connector('sms-relatives', 'careflow:sms:1', { sms: { sent: 1, failed: 0 } })).toMatchObject({
      recipients: { relativesOf: 'elder-3' },
      content: `【养老服务热线】您的家人赵兰触发了紧急呼叫，热线正在处理，请尽快回电。案件号 ${caseNumber}`,
    });
    expect(await waitingAt()).toEqual(['confirm-relatives', 'record-handover']);
    await fireTimer('relatives-overdue');
    expect(await connector('notify-supervisor-relatives', 'careflow:notify:1')).toMatchObject({ groups: ['supervisors'] });
  });

  it('given a dispatched worker who does not accept in time, when the accept deadline passes, then the case goes to the supervisors’ 值班长安排上门 task', async () => {
    await start('GD20261202-910003', { elderId: 'elder-2', elderName: '张建国', elderRelatives: [], elderAreaCode: '310102' });
    await userTask('confirm-alarm', { alarmOutcome: 'real' });
    await userTask('classify', { emergencyType: 'illness', responseMode: 'dispatch' });
    await connector('dispatch-worker', 'careflow:dispatch:1', { dispatch: { id: 'd-2', providerName: '康乐' } });
    await fireTimer('worker-accept-overdue');
    await connector('notify-supervisor-worker', 'careflow:notify:1');
    const tasks = await rest.get<{ taskDefinitionKey: string; formKey: string }[]>('/task', { processInstanceId: instance, candidateGroup: 'supervisors' });
    expect(tasks).toEqual([expect.objectContaining({ taskDefinitionKey: 'worker-escalation', formKey: 'emergency-escalation' })]);
  });

  it('given the walks above, when their external tasks are read back from the history, then each was a connector’s and none was on the case-event topic', async () => {
    const log = await rest.get<{ topicName: string }[]>('/history/external-task-log', { processDefinitionId: definition, creationLog: true });
    expect([...new Set(log.map((l) => l.topicName))].sort()).toEqual(['careflow:call:1', 'careflow:dispatch:1', 'careflow:notify:1', 'careflow:sms:1']);
  });
});
