import { loadEngineConfig } from '../../engine/src/config';
import { launchChromium, saveDialog, signIn, workDialog } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { PHOTO } from '../../engine/test/support/household-fixtures';
import { proactiveCareReader, proactiveCareWorld, visitDone } from '../../engine/test/support/proactive-care-fixtures';
import { ApiClient } from '../../engine/test/support/api-client';
import { useTestEngine } from '../../engine/test/support/test-engine';

const PHONE = { width: 390, height: 844 };
type RescueCase = { id: string; caseNumber: string; priority: string };

/**
 * 上门探视 on the community worker's phone: the station's worker accepts, starts and finishes the
 * visit a 主动关怀 case sent, reporting the elder not found, which opens 紧急救助 there and then.
 */
describe('a care visit on the provider portal at phone size', () => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await fx.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const care = proactiveCareReader(fx);
  let world: { elderId: string; station: ApiClient };
  beforeAll(async () => {
    world = await proactiveCareWorld(fx);
  });
  /** A 上门探视 case for 王秀英, as a plan opens it, and the order it sends her community station. */
  const visitCase = async () => {
    const variables = { careChannel: 'visit', careKind: 'care_call', careMessage: '请上门看看王奶奶', careGroup: 'care_team', visitWithin: 'PT24H', scheduledOn: '2026-12-05' };
    const res = await fx.admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'proactive-care', channel: 'plan', elderId: world.elderId, variables });
    expect(res.status).toBe(201);
    opened.push(res.body.case.id);
    return { careCase: res.body.case, order: await care.order(res.body.case.id) };
  };

  it('given a visit order for 王秀英, when the worker finds nobody at home and reports 未找到老人 on the phone, then the portal warns first, 紧急救助 opens for her at once and the care case closes as not found', async () => {
    const { careCase, order } = await visitCase();

    const browser = await launchChromium(fx.running.config.http.webDist);
    try {
      const phone = await signIn(browser, fx.running.url, `care_station_${fx.db.name}`, 'password-123', PHONE);
      await phone.waitForURL(/\/dispatches$/);
      const card = phone.getByTestId(`order-${order.id}`);
      await card.getByText('上门探视').first().waitFor();
      await card.getByText(/^王秀英/).first().waitFor();
      await card.getByTestId(`accept-${order.id}`).click();
      await phone.click('#accept-ok');
      await phone.getByTestId(`start-${order.id}`).click();
      await saveDialog(workDialog(phone), '开始服务');
      await phone.getByTestId(`finish-${order.id}`).click();
      await phone.getByTestId('work-photo').setInputFiles({ name: '门口.png', mimeType: 'image/png', buffer: PHOTO });
      // What was found is required on a visit.
      await phone.click('#work-ok');
      await phone.getByText('请选择探视结果').waitFor();
      // Thumb-sized choices on a phone that does not scroll sideways.
      const choice = phone.locator('.ant-modal:visible .ant-radio-button-wrapper', { hasText: '未找到老人' });
      expect((await choice.boundingBox())!.height).toBeGreaterThanOrEqual(36);
      expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      await choice.click();
      await phone.getByTestId('visit-not-found-warning').getByText(/提交后将立即启动紧急救助/).waitFor();
      await phone.fill('#work-note', '敲门无人应答，邻居称两天未见');
      await phone.click('#work-ok');
      await phone.getByText('已启动紧急救助，热线正在处置').waitFor();
      await phone.locator('.ant-segmented-item', { hasText: '已完成' }).click();
      await phone.getByTestId(`visit-result-of-${order.id}`).getByText('未找到老人').waitFor();
      await phone.context().close();
    } finally {
      await browser.close();
    }

    const closed = await care.closed(careCase.id);
    expect(closed).toMatchObject({ careOutcome: 'not_found', visitResult: 'not_found' });
    const rescue = (await fx.admin.get<{ cases: RescueCase[] }>(`/api/cases?serviceType=emergency-rescue&elderId=${world.elderId}`)).body.cases;
    expect(rescue).toEqual([expect.objectContaining({ caseNumber: closed.rescueCaseNumber, priority: 'emergency' })]);
    opened.push(rescue[0].id);
    const timeline = (await care.detail(careCase.id)).timeline;
    expect(timeline.find((e) => e.type === 'care.rescue_opened')).toMatchObject({ data: { caseNumber: rescue[0].caseNumber } });
  });

  it('given the worker reported 王秀英 needs help, when an agent of the care group ticks 政策咨询 on 跟进探视发现的需求 and opens it in one action, then the request form comes with her filled in, the new case carries the care case’s number, and both the task and the care case name it', async () => {
    const { careCase, order } = await visitCase();
    await visitDone(world.station, order.id, 'needs_help', '老人想问高龄津贴怎么申请');
    const task = await care.openTask(careCase.id, 'visit-follow-up');
    expect((await fx.admin.post('/api/users', { username: 'care.agent', password: 'password-123', displayName: '坐席小周', roles: ['agent'], groups: ['care_team', 'hotline'] })).status).toBe(201);
    const browser = await launchChromium(fx.running.config.http.webDist);
    try {
      const agent = await signIn(browser, fx.running.url, 'care.agent', 'password-123');
      await agent.goto(`${fx.running.url}/tasks/${task.id}`);
      await agent.getByTestId('task-claim').click();
      await agent.getByTestId('task-mine').waitFor();
      const opener = agent.getByTestId('case-opener');
      await opener.getByText('政策咨询').click();
      await agent.getByTestId('open-related-policy-consultation').click();
      const modal = agent.locator('.ant-modal:visible');
      await modal.getByTestId('new-request-elder').getByText('王秀英').waitFor();
      await modal.getByTestId('intake-form').locator('textarea').first().fill('高龄津贴怎么申请');
      await agent.click('#new-request-submit');
      await modal.waitFor({ state: 'hidden' });
      const link = agent.getByTestId('related-case-policy-consultation');
      await link.waitFor();
      const number = (await link.innerText()).replace(/^已开办\s*/, '').trim();
      const consultation = (await fx.admin.get<{ cases: { id: string; caseNumber: string; elderId: string }[] }>(`/api/cases?serviceType=policy-consultation&elderId=${world.elderId}`)).body.cases;
      expect(consultation).toEqual([expect.objectContaining({ caseNumber: number, elderId: world.elderId })]);
      opened.push(consultation[0].id);
      // Each case leads to the other: the care case's timeline names the new one, the new one knows where it came from.
      const comment = (await care.detail(careCase.id)).timeline.find((e) => e.type === 'case.comment');
      expect(comment?.data).toMatchObject({ text: `已从本工单开办政策咨询工单 ${number}` });
      expect(await care.variables(consultation[0].id)).toMatchObject({ sourceCaseNumber: careCase.caseNumber, question: '高龄津贴怎么申请' });
      await agent.context().close();
    } finally {
      await browser.close();
    }
  });
});
