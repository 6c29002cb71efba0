import { Browser, Page, WebSocket as PageSocket } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { ApiClient, eventually } from '../../engine/test/support/api-client';
import { BPMN_HEADER, TEST_HISTORY_TIME_TO_LIVE, uniqueProcessId } from '../../engine/test/support/operaton-fixtures';
import { goIdleAndRaiseAlarm, launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { JINAN_AREAS, WANG_XIUYING } from '../../engine/test/support/registry-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

type Call = { id: string; status: string; answeredAt: string | null; agent: string | null };
type TaskLine = { id: string; caseId: string; name: string; assignee: string | null };

const alarmProcess = (processId: string) =>
  `${BPMN_HEADER}<bpmn:process id="${processId}" isExecutable="true" camunda:historyTimeToLive="${TEST_HISTORY_TIME_TO_LIVE}"><bpmn:startEvent id="start"/>` +
  `<bpmn:userTask id="confirm-alarm" name="确认警情" camunda:formKey="live-note" camunda:candidateGroups="hotline"/>` +
  `<bpmn:endEvent id="end"/><bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="confirm-alarm"/><bpmn:sequenceFlow id="f1" sourceRef="confirm-alarm" targetRef="end"/>` +
  `</bpmn:process></bpmn:definitions>`;

/** 工作台 under pressure: one live socket, a reload mid-call or mid-alarm, answering on take, 话后处理, a relative's call, 接警 claims 确认警情. */
describe('the agent desk keeps its call in Chromium', () => {
  // A long wrap-up: the agent ends it herself here (the engine's own end is in the engine's desk test).
  const config = loadEngineConfig({ WEB_DIST: process.env.WEB_DIST, LOG_LEVEL: 'silent', ALARM_SERVICE_TYPE: 'live-alarm', AFTER_CALL_SECONDS: '600' });
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...config.http, port: 0 }, env: config.env });
  let browser: Browser;
  let agent: Page;
  let agentApi: ApiClient;
  const sockets: PageSocket[] = [];
  const frames: string[] = [];
  const state = (name: string) => agent.getByTestId('agent-state').getByText(name, { exact: true }).waitFor();
  const call = async (id: string) => (await fx.admin.get<{ call: Call }>(`/api/calls/${id}`)).body.call;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await fx.admin.post('/api/areas', area);
    await fx.admin.post('/api/elders', WANG_XIUYING);
    await fx.admin.post('/api/groups', { key: 'hotline', name: '热线坐席组' });
    await fx.admin.post('/api/forms', { key: 'live-note', title: '警情记录', schema: { type: 'object', properties: { note: { type: 'string', title: '记录', 'x-decorator': 'FormItem', 'x-component': 'Input' } } } });
    expect((await fx.admin.post('/api/service-types', { key: 'live-alarm', names: { 'zh-CN': '报警救助', en: 'live-alarm' }, category: 'care' })).status).toBe(201);
    const bpmnXml = alarmProcess(uniqueProcessId('live_alarm'));
    expect((await fx.admin.post('/api/service-types/live-alarm/versions', { bpmnXml, settings: { startRoles: ['admin', 'agent'], priority: 'emergency', channels: ['alarm'], sla: { unit: 'hours', value: 1 } } })).status).toBe(201);
    expect((await fx.admin.post('/api/service-types/live-alarm/publish', { version: 1 })).status).toBe(200);
    expect((await fx.admin.post('/api/users', { username: 'live.agent', password: 'password-123', displayName: '坐席小林', roles: ['agent'], groups: ['hotline'] })).status).toBe(201);
    browser = await launchChromium(fx.running.config.http.webDist);
    agent = await signIn(browser, fx.running.url, 'live.agent', 'password-123');
    agentApi = new ApiClient(fx.running.url);
    await agentApi.login('live.agent', 'password-123');
    agent.on('websocket', (ws) => {
      sockets.push(ws);
      ws.on('framereceived', (frame) => void frames.push(String(frame.payload)));
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given the desk open, when her son calls, then the page has one live socket, the pop arrives once, and the toast says who calls for whom with his number', async () => {
    await agent.goto(`${fx.running.url}/desk`);
    await agent.getByTestId('inbox').waitFor();
    await agent.getByTestId('agent-state-switch').getByText('空闲', { exact: true }).click();
    await state('空闲');
    const raised = await fx.admin.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from: '13905310001' });
    const toast = agent.getByTestId('call-toast');
    await toast.getByText('刘建国（儿子）代王秀英来电 13905310001').waitFor();
    // The bottom-right notice says the same.
    await agent.locator('.ant-notification-notice').getByText('刘建国（儿子）代王秀英来电 13905310001').waitFor();
    expect(sockets.filter((ws) => ws.url().endsWith('/api/events')).length).toBe(1);
    const popFrames = frames.filter((f) => f.includes('"screen.pop"') && f.includes(raised.body.callId));
    expect(popFrames).toHaveLength(1);
    await expect(toast.count()).resolves.toBe(1);
  });

  it('given the son’s call ringing, when she takes it (接听处理) and reloads mid-call, then the call record is answered and the pop, the call bar and 通话中 come back; the hang-up brings 话后处理, which she ends', async () => {
    const [{ callId }] = (await agentApi.get<{ pops: { callId: string }[] }>('/api/telephony/pops')).body.pops;
    expect((await call(callId)).status).toBe('ringing');
    await agent.getByTestId('call-toast').getByTestId('call-take').click();
    await state('通话中');
    const answered = await eventually(async () => ((await call(callId)).status === 'answered' ? call(callId) : undefined), 10_000, 'the call answered');
    expect(answered).toMatchObject({ agent: 'live.agent', answeredAt: expect.any(String) });
    await agent.getByTestId('current-call').getByText('通话中：13905310001').waitFor();
    await expect(agent.getByTestId('call-answer').count()).resolves.toBe(0);

    const opened = sockets.length;
    await agent.reload();
    await state('通话中');
    await agent.getByTestId('screen-pop').getByTestId('pop-who').getByText('刘建国（儿子）代王秀英来电 13905310001').waitFor();
    await agent.getByTestId('screen-pop').getByTestId('elder-conditions').getByText('高血压').waitFor();
    await agent.getByTestId('current-call').waitFor();
    await agent.getByTestId('call-transfer').waitFor();
    // The reloaded page opened one socket of its own.
    expect(sockets.length - opened).toBe(1);

    await agent.getByTestId('call-hangup').click();
    await state('话后处理');
    await agent.getByTestId('wrap-up').getByText(/^剩余 \d+:\d{2}$/).waitFor();
    await agent.getByTestId('current-call').waitFor({ state: 'detached' });
    expect((await call(callId)).status).toBe('ended');
    await agent.getByTestId('wrap-up-end').click();
    await state('空闲');
    await agent.getByTestId('wrap-up').waitFor({ state: 'detached' });
  });

  it('given an alarm from her pendant, when she takes it (接警) and reloads, then 确认警情 is hers, the alarm card and 处理完毕 come back; 处理完毕 brings 话后处理, then 空闲', async () => {
    await goIdleAndRaiseAlarm(agent, agentApi, 'PD-0001');
    await agent.getByTestId('alarm-banner').getByText('王秀英').waitFor();
    await agent.getByTestId('alarm-banner').getByTestId('alarm-take').click();
    await state('通话中');
    const caseId = await eventually(async () => (await agentApi.get<{ pop: { caseId: string | null } | null }>('/api/telephony/pops/current')).body.pop?.caseId ?? undefined, 10_000, 'the alarm case');
    // Claimed as it appears: in her own tasks, not the group's.
    const task = await eventually(async () => (await fx.admin.get<{ tasks: TaskLine[] }>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks.find((t) => t.assignee === 'live.agent'), 30_000, 'the claimed task');
    expect(task.name).toBe('确认警情');
    const mine = (await agentApi.get<{ tasks: TaskLine[] }>('/api/tasks?view=mine')).body.tasks;
    expect(mine.map((t) => t.id)).toContain(task.id);
    await agent.getByTestId('inbox').getByTestId('inbox-task').filter({ hasText: '确认警情' }).getByText('办理人：live.agent').waitFor({ timeout: 30_000 });

    await agent.reload();
    await state('通话中');
    const pop = agent.getByTestId('screen-pop');
    await pop.getByTestId('pop-who').getByText('王秀英').waitFor();
    await pop.getByText('终端：PD-0001').waitFor();
    await pop.getByText('已由 坐席小林 接手').waitFor();
    await agent.getByTestId('current-alarm').waitFor();

    await agent.getByTestId('alarm-finish').click();
    await state('话后处理');
    await agent.getByTestId('alarm-finish').waitFor({ state: 'detached' });
    // A reload while wrapping up keeps the state and the card.
    await agent.reload();
    await state('话后处理');
    await pop.getByTestId('pop-who').getByText('王秀英').waitFor();
    await agent.getByTestId('wrap-up-end').click();
    await state('空闲');
  });
});
