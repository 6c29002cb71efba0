import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { ApiClient, eventually } from '../../engine/test/support/api-client';
import { goIdleAndRaiseAlarm, launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { createProvider, userOf } from '../../engine/test/support/provider-fixtures';
import { JINAN_AREAS, WANG_XIUYING } from '../../engine/test/support/registry-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';
import { caseHistory, caseReader } from '../../engine/test/support/emergency-fixtures';

type Dispatch = { id: string; caseId: string; status: string; itemCode: string };

/** Issue 8 end to end: an alarm of 王秀英's pendant handled at the desk in Chromium, from the screen pop to the closed case. */
describe('an emergency rescue at the agent desk in Chromium', () => {
  // WEB_DIST names a build of its own; alarms open the seeded 紧急救助 (the default ALARM_SERVICE_TYPE).
  const config = loadEngineConfig({ WEB_DIST: process.env.WEB_DIST, LOG_LEVEL: 'silent' });
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...config.http, port: 0 }, env: config.env });
  const cases = caseReader(() => fx.admin);
  const { stepDone, reached, story, taskResult } = caseHistory(cases, () => fx.admin);
  let browser: Browser;
  let agent: Page;
  let agentApi: ApiClient;
  let provider: ApiClient;
  let elderId: string;

  beforeAll(async () => {
    // The seed publishes 紧急救助 and creates the hotline group in the background of the engine's start.
    await eventually(async () => {
      const type = await fx.admin.get<{ serviceType: { publishedVersion: number | null } }>('/api/service-types/emergency-rescue');
      const groups = (await fx.admin.get<{ groups: { key: string }[] }>('/api/groups')).body.groups ?? [];
      return type.status === 200 && type.body.serviceType.publishedVersion !== null && groups.some((g) => g.key === 'hotline') ? true : undefined;
    }, 60_000, 'the seeded emergency-rescue');
    for (const area of JINAN_AREAS) await fx.admin.post('/api/areas', area);
    elderId = (await fx.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    // The engine may seed the item itself: 409 then, and it is there either way.
    const item = await fx.admin.post('/api/service-items', { code: 'emergency_visit', name: '紧急上门查看', category: 'emergency', unit: '次', defaultPrice: 5000, minPrice: 0, maxPrice: 10000 });
    expect([201, 409]).toContain(item.status);
    const station = await createProvider(fx.admin, { name: '山大社区服务站', areas: ['370102001001'], items: [{ code: 'emergency_visit', price: 5000 }], contractTo: '2099-12-31' });
    provider = await userOf(fx, 'station.staff', ['provider_staff'], station.id);
    expect((await fx.admin.post('/api/users', { username: 'hotline.agent', password: 'password-123', displayName: '坐席小李', roles: ['agent'], groups: ['hotline'] })).status).toBe(201);
    agentApi = new ApiClient(fx.running.url);
    await agentApi.login('hotline.agent', 'password-123');
    browser = await launchChromium(fx.running.config.http.webDist);
    agent = await signIn(browser, fx.running.url, 'hotline.agent', 'password-123');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const taskForm = () => agent.getByTestId('task-form');
  const field = (label: string) => taskForm().locator('.ant-formily-item', { has: agent.locator(`label:text-is("${label}")`) });
  /** From the desk's inbox (emergencies pinned first), the task of this name: claimed, filled and submitted. */
  async function handle(name: string, caseNumber: string, fill: () => Promise<void>, claimed = false) {
    await agent.goto(`${fx.running.url}/desk`);
    const line = agent.getByTestId('inbox').getByTestId('inbox-task').filter({ hasText: name }).filter({ hasText: caseNumber });
    await line.waitFor({ timeout: 60_000 });
    await line.getByText('紧急', { exact: true }).waitFor();
    await expect(agent.getByTestId('inbox').getByTestId('inbox-task').first().textContent()).resolves.toContain('紧急');
    await line.getByTestId('inbox-task-link').click();
    await agent.waitForURL(/\/tasks\/[0-9a-f-]+$/);
    await taskForm().getByText(name).first().waitFor();
    // 接警 claimed the alarm's first task for her already; later steps she claims herself.
    if (!claimed) await agent.getByTestId('task-claim').click();
    await agent.getByTestId('task-mine').waitFor();
    await fill();
    await agent.getByTestId('task-submit').click();
    await agent.getByTestId('task-completed').waitFor({ timeout: 30_000 });
    // Read-only now: fields left empty show a dash, never formily's English "N/A".
    await expect(taskForm().textContent()).resolves.not.toContain('N/A');
  }
  const choose = (label: string, option: string) => field(label).getByText(option, { exact: true }).click();
  const write = (label: string, text: string) => field(label).locator('textarea').fill(text);

  it('given an idle agent of the hotline, when the simulator raises an alarm and she works the case through, then the relatives are called, the station is dispatched and the case closes with its whole story', async () => {
    // 工作台: 空闲, then the pendant's alarm from the desk's simulator.
    await agent.getByRole('menuitem', { name: '工作台' }).click();
    await agent.waitForURL(/\/desk$/);
    await goIdleAndRaiseAlarm(agent, agentApi, 'PD-0001');

    // The red banner and the screen pop: who she is, her conditions, whom to call.
    const banner = agent.getByTestId('alarm-banner');
    await banner.getByText('王秀英').waitFor({ timeout: 30_000 });
    const pop = agent.getByTestId('screen-pop');
    await pop.getByTestId('elder-conditions').getByText('高血压').waitFor();
    await pop.getByTestId('elder-conditions').getByText('糖尿病').waitFor();
    await pop.getByTestId('elder-relatives').getByText('刘建国').waitFor();
    await pop.getByTestId('elder-relatives').getByText('刘建华').waitFor();
    await banner.getByTestId('alarm-take').click();
    await banner.waitFor({ state: 'detached' });
    await agent.getByTestId('agent-state').getByText('通话中').waitFor();
    await pop.getByText('已由 坐席小李 接手').waitFor();
    await pop.getByTestId('pop-case').waitFor({ timeout: 30_000 });
    const caseId = (await pop.getByTestId('pop-case').getAttribute('href'))!.split('/').pop()!;
    // The pop names the case as it opens ('opening' until its process instance runs).
    const stored = await eventually(async () => {
      const found = (await fx.admin.get<{ case: { caseNumber: string; status: string } }>(`/api/cases/${caseId}`)).body.case;
      return found.status === 'opening' ? undefined : found;
    }, 30_000, 'the alarm case open');
    expect(stored).toMatchObject({ elderId, serviceTypeKey: 'emergency-rescue', channel: 'alarm', priority: 'emergency', status: 'open' });

    // 确认警情: the call back found her on the floor.
    await handle('确认警情', stored.caseNumber, async () => {
      await choose('回拨确认结果', '警情属实');
      await write('回拨情况', '老人在卫生间跌倒，意识清醒');
    }, true);
    await stepDone(caseId, '确认警情');
    // Submitted: the page offers the case's next step, and opens it.
    await agent.getByTestId('next-step').getByText('本工单的下一步：警情分类').waitFor({ timeout: 30_000 });
    await agent.getByTestId('open-next-step').click();
    await taskForm().getByText('警情分类').first().waitFor();

    // 警情分类: a fall, a worker to her door.
    await handle('警情分类', stored.caseNumber, async () => {
      await choose('警情类别', '跌倒');
      await write('情况描述', '左腿疼痛，无法站立');
      await choose('现场救助方式', '派社区工作人员上门');
    });
    await stepDone(caseId, '警情分类');

    // The robot calls her son first; he presses 1 on his phone.
    const son = await cases.ringing(caseId, '13905310001');
    expect((await fx.admin.post(`/api/telephony/simulator/calls/${son.id}/answer`, { digits: '1' })).status).toBe(200);
    await reached(caseId, '已电话联系到亲属');

    // The station serving her community gets the order and accepts it.
    const order = await eventually(async () => (await provider.get<{ dispatches: Dispatch[] }>('/api/dispatches')).body.dispatches.find((d) => d.caseId === caseId), 60_000, 'the dispatch');
    expect((await provider.post(`/api/dispatches/${order.id}/accept`, {})).status).toBe(200);
    await stepDone(caseId, '等待接单');

    await handle('现场处置结果', stored.caseNumber, async () => {
      await choose('处置结果', '已送医');
      await write('处置说明', '已送省立医院');
    });
    // 回访: the fourth of five stars is 满意.
    await handle('回访', stored.caseNumber, async () => {
      await field('满意度').locator('.ant-rate-star').nth(3).click();
      await field('满意度').getByText('满意', { exact: true }).waitFor();
      await write('回访记录', '老人已出院，家属满意');
    });

    // The case page: closed, satisfied, and every step on its timeline.
    await agent.goto(`${fx.running.url}/cases/${caseId}`);
    await agent.getByTestId('case-status').getByText('已办结').waitFor({ timeout: 60_000 });
    await agent.getByTestId('case-satisfaction').getByText('满意', { exact: true }).waitFor();
    const timeline = agent.getByTestId('case-timeline');
    // The story from the engine's history: each step by its model name, how each branch ended, then the case closing.
    const steps: [string, string, string][] = [
      ['case.opened', '受理开单', ''],
      ['step.completed', '步骤完成', '确认警情'],
      ['step.completed', '步骤完成', '警情分类'],
      ['step.completed', '步骤完成', '机器人外呼亲属'],
      ['end.reached', '流程结果', '已电话联系到亲属'],
      ['step.completed', '步骤完成', '派社区工作人员'],
      ['step.completed', '步骤完成', '等待接单'],
      ['step.completed', '步骤完成', '现场处置结果'],
      ['step.completed', '步骤完成', '回访'],
      ['end.reached', '流程结果', '已结案'],
      ['case.closed', '工单办结', ''],
    ];
    for (const [type, label, detail] of steps) await timeline.getByTestId(`timeline-${type}`).filter({ hasText: detail }).first().getByText(label).first().waitFor();
    // What the robot call did shows on its step: the son confirmed by key, at his masked number.
    const callNotes = timeline.getByTestId('timeline-step.completed').filter({ hasText: '机器人外呼亲属' }).getByTestId('connector-notes');
    await callNotes.getByText('外呼已按键确认').waitFor();
    expect(await callNotes.textContent()).toMatch(/139\*+0001/);

    // The engine agrees: closed with the satisfaction, the steps in order, the agent on every task, one call, one accepted order.
    const closed = await cases.detail(caseId);
    expect(closed.case).toMatchObject({ status: 'closed', satisfaction: 'satisfied' });
    const told = story(closed.timeline);
    const inOrder = ['case.opened', 'step.completed 确认警情', 'step.completed 警情分类', 'step.completed 现场处置结果', 'step.completed 回访', 'end.reached 已结案', 'case.closed'];
    expect(told.filter((entry) => inOrder.includes(entry))).toEqual(inOrder);
    for (const [type, , detail] of steps) expect(told).toContain(detail ? `${type} ${detail}` : type);
    expect(told.indexOf('step.completed 派社区工作人员')).toBeLessThan(told.indexOf('step.completed 等待接单'));
    expect(told).not.toContain('end.reached 亲属联系超时已升级');
    // What the agent found on the call back stays with its step.
    expect(await taskResult(caseId, 'confirm-alarm')).toMatchObject({ callBackNote: '老人在卫生间跌倒，意识清醒' });
    const done = (await fx.admin.get<{ tasks: { elementId: string; status: string; assignee: string | null }[] }>(`/api/cases/${caseId}`)).body.tasks;
    expect(done.map((t) => [t.elementId, t.status, t.assignee])).toEqual(
      expect.arrayContaining(['confirm-alarm', 'classify', 'onsite-result', 'return-visit'].map((id) => [id, 'completed', 'hotline.agent'])),
    );
    expect(done.every((t) => t.status === 'completed')).toBe(true);
    expect((await cases.calls(caseId)).map((c) => c.to)).toEqual(['13905310001']);
    const accepted = (await provider.get<{ dispatch: Dispatch }>(`/api/dispatches/${order.id}`)).body.dispatch;
    expect(accepted).toMatchObject({ caseId, status: 'accepted' });
  });
});
