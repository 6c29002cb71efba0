import fs from 'node:fs';
import path from 'node:path';
import { OperatonRest } from '../../../operaton/rest';
import { fromTypedVariables, toTypedVariables, TypedVariables } from '../../../operaton/variables';

const url = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL!;
const EMERGENCY = fs.readFileSync(path.join(__dirname, 'emergency-rescue.operaton.bpmn'), 'utf8');
const WORKER = 'emergency-walk';
type Variables = Parameters<typeof toTypedVariables>[0];

type ExternalTask = { id: string; activityId: string; topicName: string; executionId: string };

/**
 * Walks the converted 紧急救助 on the run's Operaton as CareFlow will: user tasks completed with their
 * form values, connectors (external tasks) completed with their outputs, timers fired, messages
 * correlated by case number. Each step names the element it expects, so a changed path fails here.
 */
describe('the Operaton 紧急救助 walked step by step on the run’s engine', () => {
  const rest = new OperatonRest({ baseUrl: url });
  let caseNumber = '';
  let instance = '';

  beforeAll(async () => {
    const form = new FormData();
    form.append('deployment-name', 'emergency-walk');
    form.append('emergency.bpmn', new Blob([EMERGENCY], { type: 'application/xml' }), 'emergency.bpmn');
    await rest.postForm('/deployment/create', form);
  });

  const start = async (number: string, variables: Variables) => {
    caseNumber = number;
    const base = { caseId: `case-${number}`, caseNumber: number, serviceType: 'emergency-rescue', channel: 'alarm', priority: 'emergency', elderAreaCode: null, caseAreaPath: null, caseDueAt: null };
    instance = (await rest.post<{ id: string }>('/process-definition/key/emergency_rescue/start', { businessKey: number, variables: toTypedVariables({ ...base, ...variables }) })).id;
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
    await rest.post(`/external-task/${task.id}/complete`, { workerId: WORKER, variables: toTypedVariables(output) });
    return inputs;
  };
  const fireTimer = async (activityId: string) => {
    const jobs = await rest.get<{ id: string }[]>('/job', { processInstanceId: instance, activityId, timers: true });
    expect(jobs).toHaveLength(1);
    await rest.post(`/job/${jobs[0].id}/execute`);
  };
  const ended = async () => (await rest.get<{ state: string }>(`/history/process-instance/${instance}`)).state;
  const CASE_EVENT = 'careflow:case-event:1';

  it('given an alarm from an elder with a relative and an area, when the relative confirms by robot call and a worker accepts, then the case runs through to closed', async () => {
    await start('GD20261202-910001', { elderId: 'elder-1', elderName: '王秀英', elderRelatives: [{ name: '李明', phone: '13800138000' }], elderAreaCode: '310101' });
    await userTask('confirm-alarm', { alarmOutcome: 'real' });
    expect(await connector('alarm-confirmed', CASE_EVENT)).toMatchObject({ event: 'alarm.confirmed', message: '回拨确认：警情属实' });
    await userTask('classify', { emergencyType: 'fall', responseMode: 'dispatch' });
    expect(await connector('classified', CASE_EVENT)).toMatchObject({ message: '警情类别：跌倒' });

    const call = await connector('call-relative', 'careflow:call:1', { call: { outcome: 'confirmed' } });
    expect(call).toMatchObject({ mode: 'robot', to: '13800138000', toName: '李明', confirmDigit: '1', message: expect.stringContaining('您的家人王秀英刚刚触发了紧急呼叫') });
    expect(await connector('relatives-reached', CASE_EVENT)).toMatchObject({ event: 'relatives.reached' });

    const dispatch = await connector('dispatch-worker', 'careflow:dispatch:1', { dispatch: { id: 'd-1', providerName: '阳光社区' } });
    expect(dispatch).toMatchObject({ serviceItem: 'emergency_visit', areaCode: '310101', note: `紧急救助 ${caseNumber}：请社区工作人员立即上门查看` });
    expect(await connector('worker-dispatched', CASE_EVENT)).toMatchObject({ message: '已派单给 阳光社区' });
    await rest.post('/message', { messageName: 'provider.accepted', businessKey: caseNumber });
    await connector('worker-accepted', CASE_EVENT);

    await userTask('onsite-result', { onsiteOutcome: 'hospitalized' });
    expect(await connector('onsite-recorded', CASE_EVENT)).toMatchObject({ message: '现场处置：已送医' });
    await userTask('return-visit', { satisfaction: 'satisfied' });
    expect(await connector('closed', CASE_EVENT)).toMatchObject({ event: 'closed' });
    expect(await ended()).toBe('COMPLETED');
  });

  it('given an alarm without an elder file handed over to 120, when the relatives deadline passes, then the supervisors are notified and the case still closes', async () => {
    await start('GD20261202-910002', { elderId: null });
    await userTask('confirm-alarm', { alarmOutcome: 'real' });
    await connector('alarm-confirmed', CASE_EVENT);
    await userTask('classify', { emergencyType: 'other', responseMode: 'handover' });
    expect(await connector('classified', CASE_EVENT)).toMatchObject({ message: '警情类别：其他' });

    await fireTimer('relatives-overdue');
    const notify = await connector('notify-supervisor-relatives', 'careflow:notify:1');
    expect(notify).toMatchObject({ level: 'urgent', title: `紧急救助 ${caseNumber}：未能及时联系到亲属`, body: `工单 ${caseNumber} 的老人亲属在规定时间内未联系上，请值班长跟进。` });
    await connector('relatives-escalated', CASE_EVENT);
    await userTask('confirm-relatives');
    await connector('relatives-contacted', CASE_EVENT);

    await userTask('record-handover', { handoverTo: '120' });
    expect(await connector('handover-recorded', CASE_EVENT)).toMatchObject({ message: '已转 120' });
    await userTask('onsite-result', { onsiteOutcome: 'resolved' });
    await connector('onsite-recorded', CASE_EVENT);
    await userTask('return-visit', { satisfaction: 'satisfied' });
    await connector('closed', CASE_EVENT);
    expect(await ended()).toBe('COMPLETED');
  });

  // Lists and maps the engine builds from camunda:list / camunda:map are stored as JSON (the process
  // engine's default serialization format), so connectors read them like the variables CareFlow sets.
  it('given a relative who does not confirm the robot call, when the SMS and the supervisors’ notice go out, then their list and map inputs read as JSON', async () => {
    await start('GD20261202-910004', { elderId: 'elder-3', elderName: '赵兰', elderRelatives: [{ name: '赵强', phone: '13900139000' }] });
    await userTask('confirm-alarm', { alarmOutcome: 'real' });
    await connector('alarm-confirmed', CASE_EVENT);
    await userTask('classify', { emergencyType: 'illness', responseMode: 'handover' });
    await connector('classified', CASE_EVENT);
    await connector('call-relative', 'careflow:call:1', { call: { outcome: 'no_answer' } });
    expect(await connector('sms-relatives', 'careflow:sms:1', { sms: { sent: 1, failed: 0 } })).toMatchObject({
      recipients: { relativesOf: 'elder-3' },
      content: `【养老服务热线】您的家人赵兰触发了紧急呼叫，热线正在处理，请尽快回电。案件号 ${caseNumber}`,
    });
    expect(await connector('relatives-texted', CASE_EVENT)).toMatchObject({ event: 'relatives.sms_sent' });
    await fireTimer('relatives-overdue');
    expect(await connector('notify-supervisor-relatives', 'careflow:notify:1')).toMatchObject({ groups: ['supervisors'] });
  });

  it('given a dispatched worker who does not accept in time, when the accept deadline passes, then the case goes to the supervisors’ 值班长安排上门 task', async () => {
    await start('GD20261202-910003', { elderId: 'elder-2', elderName: '张建国', elderRelatives: [], elderAreaCode: '310102' });
    await userTask('confirm-alarm', { alarmOutcome: 'real' });
    await connector('alarm-confirmed', CASE_EVENT);
    await userTask('classify', { emergencyType: 'illness', responseMode: 'dispatch' });
    await connector('classified', CASE_EVENT);
    await connector('dispatch-worker', 'careflow:dispatch:1', { dispatch: { id: 'd-2', providerName: '康乐' } });
    await connector('worker-dispatched', CASE_EVENT);
    await fireTimer('worker-accept-overdue');
    await connector('notify-supervisor-worker', 'careflow:notify:1');
    await connector('worker-escalated', CASE_EVENT);
    const tasks = await rest.get<{ taskDefinitionKey: string; formKey: string }[]>('/task', { processInstanceId: instance, candidateGroup: 'supervisors' });
    expect(tasks).toEqual([expect.objectContaining({ taskDefinitionKey: 'worker-escalation', formKey: 'emergency-escalation' })]);
  });
});
