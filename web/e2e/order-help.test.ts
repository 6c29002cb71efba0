import { Browser } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { caseReader } from '../../engine/test/support/emergency-fixtures';
import { agreedOrder, householdWorld } from '../../engine/test/support/household-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

type Call = { id: string; from: string | null; to: string; status: string };
const PHONE = { width: 390, height: 844 };

/**
 * Help with an order on the provider portal at phone size: 呼叫老人 (the hotline rings the worker
 * first; the elder's number never shows) and 上报问题 (a report the hotline gets as a task).
 */
describe('a worker’s help with an order on the phone portal in Chromium', () => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await fx.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  const cases = caseReader(() => fx.admin);
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(fx.running.config.http.webDist);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given an order offered to a provider, when its worker taps 呼叫老人 and then, once accepted, 上报问题 for more work, then the hotline rings the worker’s own phone for the elder and the agent gets 确认追加报价', async () => {
    const agreed = await agreedOrder(fx, await householdWorld(fx), opened);
    const { provider, order } = agreed;
    const { caseId } = agreed;
    expect((await fx.admin.post('/api/users', { username: 'call.worker', password: 'password-123', displayName: '保洁员张', roles: ['provider_staff'], providerId: provider.id, phone: '13905315678' })).status).toBe(201);

    const phone = await signIn(browser, fx.running.url, 'call.worker', 'password-123', PHONE);
    await phone.goto(`${fx.running.url}/dispatches`);
    const card = phone.getByTestId(`order-${order.id}`);
    await card.getByText('王秀英').waitFor();
    expect(await card.textContent()).not.toContain('88001234');
    const button = card.getByTestId(`call-elder-${order.id}`);
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await button.click();
    await phone.click(`#call-elder-ok-${order.id}`);
    await phone.locator('.ant-message').getByText('热线正在拨打您的手机 139****5678，请接听').waitFor();

    const calls = (await fx.admin.get<{ items: Call[] }>(`/api/calls?caseId=${caseId}`)).body.items;
    expect(calls.map((c) => [c.from, c.to, c.status])).toEqual([['13905315678', '053188001234', 'ringing']]);

    // 上报问题 once the order is accepted: more work, one extra hour of the provider's own item.
    expect((await provider.user.post(`/api/dispatches/${order.id}/accept`, { staffId: provider.staffId })).status).toBe(200);
    await phone.reload();
    await card.getByTestId(`report-issue-${order.id}`).click();
    const dialog = phone.locator('.ant-modal:visible');
    await dialog.getByText('需增加服务').click();
    await phone.click('#issue-ok');
    await dialog.getByText('请说明情况').waitFor();
    await phone.fill('#issue-note', '厨房油污严重，需再加一小时');
    await dialog.getByTestId('issue-item').click();
    await phone.locator('.ant-select-dropdown:visible').getByTitle('居家保洁（小时）', { exact: true }).click();
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phone.click('#issue-ok');
    await phone.locator('.ant-message').getByText('已上报热线，请等待坐席联系').waitFor();
    const extra = await cases.openTask(caseId, 'confirm-extra');
    const { variables } = (await fx.admin.get<{ task: { variables: Record<string, unknown> } }>(`/api/tasks/${extra.id}`)).body.task;
    expect(variables).toMatchObject({ issueNote: '厨房油污严重，需再加一小时', issueReporter: '保洁员张' });
    await phone.context().close();
  });
});
