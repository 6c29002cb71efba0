import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { ApiClient, eventually } from '../../engine/test/support/api-client';
import { BPMN_HEADER, TEST_HISTORY_TIME_TO_LIVE, uniqueProcessId } from '../../engine/test/support/operaton-fixtures';
import { goIdleAndRaiseAlarm, launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { JINAN_AREAS, WANG_XIUYING } from '../../engine/test/support/registry-fixtures';
import { TEST_ADMIN_PASSWORD, useTestEngine } from '../../engine/test/support/test-engine';

type Opened = { case: { id: string; caseNumber: string } };
type TaskLine = { id: string; caseId: string; priorityRank: number; dueAt: string | null };

/** start → one user task (due when the case is due: its SLA) → end. */
const oneTaskProcess = (processId: string, taskId: string, name: string, formKey: string) =>
  `${BPMN_HEADER}<bpmn:process id="${processId}" isExecutable="true" camunda:historyTimeToLive="${TEST_HISTORY_TIME_TO_LIVE}"><bpmn:startEvent id="start"/>` +
  `<bpmn:userTask id="${taskId}" name="${name}" camunda:formKey="${formKey}" camunda:candidateGroups="hotline" camunda:dueDate="\${caseDueAt}"/>` +
  `<bpmn:endEvent id="end"/><bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="${taskId}"/><bpmn:sequenceFlow id="f1" sourceRef="${taskId}" targetRef="end"/>` +
  `</bpmn:process></bpmn:definitions>`;

/** 工作台 in Chromium: the inbox with emergencies pinned, 新建工单 from an intake form, and an alarm's screen pop. */
describe('the agent desk in Chromium', () => {
  // WEB_DIST names a build of its own; alarms open this file's own emergency type.
  const config = loadEngineConfig({ WEB_DIST: process.env.WEB_DIST, LOG_LEVEL: 'silent', ALARM_SERVICE_TYPE: 'desk-alarm' });
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...config.http, port: 0 }, env: config.env });
  let browser: Browser;
  let admin: Page;
  let elderId: string;
  let agent: Page;
  let agentApi: ApiClient;

  async function publish(key: string, name: string, settings: Record<string, unknown>, taskId: string, taskName: string, intakeFormKey?: string) {
    expect((await fx.admin.post('/api/service-types', { key, names: { 'zh-CN': name, en: key }, category: 'care', ...(intakeFormKey ? { intakeFormKey } : {}) })).status).toBe(201);
    const bpmnXml = oneTaskProcess(uniqueProcessId(key.replace(/-/g, '_')), taskId, taskName, 'desk-note');
    expect((await fx.admin.post(`/api/service-types/${key}/versions`, { bpmnXml, settings: { startRoles: ['admin', 'agent'], ...settings } })).status).toBe(201);
    expect((await fx.admin.post(`/api/service-types/${key}/publish`, { version: 1 })).status).toBe(200);
  }

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await fx.admin.post('/api/areas', area);
    elderId = (await fx.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    await fx.admin.post('/api/groups', { key: 'hotline', name: '热线坐席组' });
    await fx.admin.post('/api/forms', { key: 'desk-note', title: '办理记录', schema: { type: 'object', properties: { summary: { type: 'string', title: '诉求', 'x-decorator': 'FormItem', 'x-component': 'Input', required: true } } } });
    await publish('desk-normal', '生活求助', { priority: 'normal', channels: ['phone'], sla: { unit: 'hours', value: 8 } }, 'help', '求助办理');
    await publish('desk-urgent', '突发求助', { priority: 'emergency', channels: ['phone'], sla: { unit: 'hours', value: 1 } }, 'rescue', '紧急处置');
    await publish('desk-consult', '咨询登记', { priority: 'normal', channels: ['phone', 'web'], sla: { unit: 'hours', value: 4 } }, 'answer', '咨询答复', 'desk-note');
    await publish('desk-alarm', '报警救助', { priority: 'emergency', channels: ['alarm', 'phone'], sla: { unit: 'hours', value: 1 } }, 'confirm-alarm', '确认警情');
    browser = await launchChromium(fx.running.config.http.webDist);
    admin = await signIn(browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const inboxLines = (page: Page) => page.getByTestId('inbox').getByTestId('inbox-task');

  it('given a normal task and then an emergency one, when the desk opens, then the emergency is pinned first with its countdown, and a new task appears live', async () => {
    const normal = (await fx.admin.post<Opened>('/api/cases', { serviceType: 'desk-normal', channel: 'phone' })).body.case;
    const urgent = (await fx.admin.post<Opened>('/api/cases', { serviceType: 'desk-urgent', channel: 'phone' })).body.case;
    const tasks = await eventually(async () => {
      const lines = (await fx.admin.get<{ tasks: TaskLine[] }>('/api/tasks?view=all')).body.tasks;
      return lines.length === 2 ? lines : undefined;
    }, 30_000, 'both tasks');
    expect(tasks.every((t) => t.dueAt !== null)).toBe(true);

    await admin.getByRole('menuitem', { name: '工作台' }).click();
    await admin.waitForURL(/\/desk$/);
    await inboxLines(admin).nth(1).waitFor();
    const first = inboxLines(admin).first();
    await expect(first.textContent()).resolves.toContain('紧急处置');
    await expect(first.textContent()).resolves.toContain(urgent.caseNumber);
    await first.getByText('紧急', { exact: true }).waitFor();
    // The SLA countdown: an hour's deadline shows minutes and seconds left.
    await expect(first.getByTestId('task-countdown').textContent()).resolves.toMatch(/^剩余 (\d+:)?\d{1,2}:\d{2}$/);
    await expect(inboxLines(admin).nth(1).getByTestId('task-countdown').textContent()).resolves.toMatch(/^剩余 (\d+:)?\d{1,2}:\d{2}$/);
    await expect(inboxLines(admin).nth(1).textContent()).resolves.toContain(normal.caseNumber);

    // Live: a case opened elsewhere puts its task in the open inbox, below the emergency.
    const later = (await fx.admin.post<Opened>('/api/cases', { serviceType: 'desk-normal', channel: 'phone' })).body.case;
    await inboxLines(admin).filter({ hasText: later.caseNumber }).waitFor({ timeout: 30_000 });
    await expect(inboxLines(admin).first().textContent()).resolves.toContain(urgent.caseNumber);

    // A click opens the task, with the case's timeline beside the form.
    await first.getByTestId('inbox-task-link').click();
    await admin.waitForURL(/\/tasks\/[0-9a-f-]+$/);
    await admin.getByTestId('task-form').waitFor();
    await admin.getByTestId('task-timeline').getByText('受理开单').waitFor();
  });

  it('given a service type with an intake form, when an agent picks it from 新建工单, finds the elder and fills the form, then the case opens with the elder and the values', async () => {
    await admin.goto(`${fx.running.url}/desk`);
    await admin.getByTestId('new-request').click();
    await admin.getByTestId('new-request-desk-consult').click();
    const modal = admin.locator('.ant-modal:visible');
    await modal.getByText('新建工单：咨询登记').waitFor();
    const field = modal.getByTestId('intake-form').locator('.ant-formily-item', { has: admin.locator('label:text-is("诉求")') });
    await field.waitFor();
    // Required in the form: nothing is opened without it.
    await admin.click('#new-request-submit');
    await field.getByText('必填', { exact: false }).waitFor();

    await modal.getByTestId('elder-search').locator('input').fill('王秀英');
    await modal.getByTestId('elder-search').locator('input').press('Enter');
    await modal.getByTestId(`pick-${elderId}`).click();
    await modal.getByTestId('new-request-elder').getByText('王秀英').waitFor();
    await field.locator('input').fill('咨询居家养老补贴政策');
    await admin.click('#new-request-submit');

    await admin.waitForURL(/\/cases\/[0-9a-f-]+$/);
    const caseId = admin.url().split('/').pop()!;
    await admin.getByTestId('case-timeline').getByText('受理开单').waitFor();
    await admin.getByTestId('elder-summary').getByText('王秀英').waitFor();
    const stored = (await fx.admin.get<{ case: { serviceTypeKey: string; channel: string; elderId: string } }>(`/api/cases/${caseId}`)).body.case;
    expect(stored).toMatchObject({ serviceTypeKey: 'desk-consult', channel: 'phone', elderId });
    const task = await eventually(async () => (await fx.admin.get<{ tasks: TaskLine[] }>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks[0], 30_000, 'the consult task');
    const full = (await fx.admin.get<{ task: { variables: Record<string, unknown> } }>(`/api/tasks/${task.id}`)).body.task;
    expect(full.variables).toMatchObject({ summary: '咨询居家养老补贴政策', elderId });
  });

  it('given an idle agent, when the simulator raises an alarm from her pendant, then the red banner and the screen pop show the elder, and the agent takes it', async () => {
    expect((await fx.admin.post('/api/users', { username: 'desk.agent', password: 'password-123', displayName: '坐席小周', roles: ['agent'], groups: ['hotline'] })).status).toBe(201);
    agent = await signIn(browser, fx.running.url, 'desk.agent', 'password-123');
    agentApi = new ApiClient(fx.running.url);
    await agentApi.login('desk.agent', 'password-123');
    await agent.goto(`${fx.running.url}/desk`);
    await goIdleAndRaiseAlarm(agent, agentApi, 'PD-0001');
    const banner = agent.getByTestId('alarm-banner');
    await banner.getByText('王秀英').waitFor();
    const pop = agent.getByTestId('screen-pop');
    await pop.getByTestId('elder-conditions').getByText('高血压').waitFor();
    await pop.getByTestId('elder-conditions').getByText('糖尿病').waitFor();
    await pop.getByTestId('elder-relatives').getByText('刘建国').waitFor();
    await pop.getByTestId('dial-13905310001').waitFor();
    await pop.getByText('独居').waitFor();
    await pop.getByText('终端：PD-0001').waitFor();
    // The pendant's button by its name, not the device's code (sos).
    await pop.getByText('按键：紧急呼叫键').waitFor();

    await banner.getByTestId('alarm-take').click();
    await agent.getByTestId('alarm-banner').waitFor({ state: 'detached' });
    await agent.getByTestId('agent-state').getByText('通话中').waitFor();
    await pop.getByText('已由 坐席小周 接手').waitFor();
    // Taken for good: a reload shows no banner, and the alarm's case is on the pop.
    expect((await agentApi.get<{ pops: unknown[] }>('/api/telephony/pops')).body.pops).toEqual([]);
    const caseLink = pop.getByTestId('pop-case');
    await caseLink.waitFor();
    await agent.reload();
    await agent.getByTestId('inbox').waitFor();
    await expect(agent.getByTestId('alarm-banner').count()).resolves.toBe(0);
    // Its emergency task reaches the agent's inbox among the pinned emergencies, above every normal task.
    const alarmLine = inboxLines(agent).filter({ hasText: '确认警情' });
    await alarmLine.waitFor({ timeout: 30_000 });
    await alarmLine.getByText('紧急', { exact: true }).waitFor();
    const lines = await inboxLines(agent).allTextContents();
    const firstNormal = lines.findIndex((text) => !text.includes('紧急'));
    expect(lines.findIndex((text) => text.includes('确认警情'))).toBeLessThan(firstNormal === -1 ? lines.length : firstNormal);
  });

  it('given the idle agent, when her son calls and then an unknown number, then each call is a toast she takes, answers and hangs up, and the unknown caller is matched by a search', async () => {
    const call = async (from: string) => {
      await agent.getByTestId('agent-state-switch').getByText('空闲', { exact: true }).click();
      await agent.getByTestId('agent-state').getByText('空闲').waitFor();
      const raised = await fx.admin.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from });
      expect(raised.status).toBe(202);
      return raised.body.callId;
    };
    const callState = async (id: string) => (await fx.admin.get<{ call: { status: string } }>(`/api/calls/${id}`)).body.call.status;

    // The son's phone is on her file: the call pops her.
    const known = await call('13905310001');
    const toast = agent.getByTestId('call-toast');
    await toast.getByText('刘建国（儿子）代王秀英来电 13905310001').waitFor();
    await toast.getByTestId('call-take').click();
    await toast.waitFor({ state: 'detached' });
    await agent.getByTestId('screen-pop').getByTestId('elder-conditions').getByText('高血压').waitFor();
    // Taking the call (接听处理) answers it: no separate 接听.
    await eventually(async () => ((await callState(known)) === 'answered' ? true : undefined), 10_000, 'the call answered');
    await agent.getByTestId('agent-state').getByText('通话中').waitFor();
    await agent.getByTestId('call-hangup').click();
    await agent.getByTestId('agent-state').getByText('话后处理').waitFor();
    expect(await callState(known)).toBe('ended');
    // Click-to-call her daughter from the pop: a call placed through the telephony connector's route.
    await agent.getByTestId('screen-pop').getByTestId('dial-13905310002').click();
    await eventually(async () => {
      const calls = (await fx.admin.get<{ items: { to: string; mode: string; toName: string | null }[] }>('/api/calls?limit=200')).body.items;
      return calls.find((c) => c.to === '13905310002' && c.mode === 'click_to_call' && c.toName === '刘建华');
    }, 10_000, 'the click-to-call');

    // A number nobody knows: 未知来电, then the agent finds the elder herself.
    const unknown = await call('13700000001');
    await agent.getByTestId('call-toast').getByText('未知来电 13700000001').waitFor();
    await agent.getByTestId('call-toast').getByTestId('call-take').click();
    const pop = agent.getByTestId('screen-pop');
    await pop.getByTestId('pop-unknown').getByText('未知来电').waitFor();
    await pop.getByTestId('elder-search').locator('input').fill('王秀英');
    await pop.getByTestId('elder-search').locator('input').press('Enter');
    await pop.getByTestId(`pick-${elderId}`).click();
    await pop.getByTestId('elder-relatives').getByText('刘建华').waitFor();
    await agent.getByTestId('call-hangup').click();
    await eventually(async () => ((await callState(unknown)) === 'ended' ? true : undefined), 10_000, 'the call ended');
  });

  it('given the agent off her last call (王秀英 on the card), when an alarm comes from a device nobody registered, then the card shows that alarm, named by its device, never the last elder or 未知来电', async () => {
    await expect(agent.getByTestId('screen-pop').getByText('王秀英').count()).resolves.toBeGreaterThan(0);
    await goIdleAndRaiseAlarm(agent, agentApi, 'PD-9999');
    const banner = agent.getByTestId('alarm-banner');
    await banner.getByText('紧急报警：未登记设备 PD-9999').waitFor();
    await expect(banner.getByText('未知来电').count()).resolves.toBe(0);
    const pop = agent.getByTestId('screen-pop');
    await pop.getByTestId('pop-who').getByText('未登记设备 PD-9999').waitFor();
    await pop.getByTestId('pop-unknown').getByText('未登记设备').waitFor();
    await expect(pop.getByText('王秀英').count()).resolves.toBe(0);
    await banner.getByTestId('alarm-take').click();
    await agent.getByTestId('alarm-banner').waitFor({ state: 'detached' });
    await pop.getByTestId('pop-unknown').getByText('未登记设备').waitFor();
  });
});
