import fs from 'node:fs/promises';
import { Browser, Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { eventually } from '../../engine/test/support/api-client';
import { launchChromium, saveDialog, signIn, workDialog } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { HouseholdProvider, householdWorld, Order, PHOTO } from '../../engine/test/support/household-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

type TaskLine = { id: string; elementId: string; status: string };
const PHONE = { width: 390, height: 844 };

/**
 * 家政便民 in Chromium: an agent opens the case from 新建工单 and confirms the quote, the provider's
 * worker accepts, starts and finishes with a photo on a phone, the agent does the return visit, and
 * the charge line shows on the elder's 收费清单.
 */
describe('household help in Chromium', () => {
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;
  let agent: Page;
  let elderId: string;
  let providers: HouseholdProvider[];

  beforeAll(async () => {
    ({ elderId, providers } = await householdWorld(fx));
    expect((await fx.admin.post('/api/users', { username: 'hh.agent', password: 'password-123', displayName: '坐席小林', roles: ['agent'], groups: ['hotline'] })).status).toBe(201);
    browser = await launchChromium(fx.running.config.http.webDist);
    agent = await signIn(browser, fx.running.url, 'hh.agent', 'password-123');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openTask = async (caseId: string, elementId: string) => {
    const task = await eventually(async () => (await fx.admin.get<{ tasks: TaskLine[] }>(`/api/tasks?view=all&caseId=${caseId}`)).body.tasks.find((t) => t.elementId === elementId && t.status === 'created'), 60_000, `task ${elementId}`);
    await agent.goto(`${fx.running.url}/tasks/${task.id}`);
    await agent.getByTestId('task-claim').click();
    await agent.getByTestId('task-mine').waitFor();
  };
  const field = (label: string) => agent.getByTestId('task-form').locator('.ant-formily-item', { has: agent.locator(`label:text-is("${label}")`) });

  it('given an elder on the low-pay subsidy, when her household request goes from the desk through a phone-sized provider portal to the return visit, then her statement shows the charge with half subsidised', async () => {
    // 新建工单 → 家政便民: the elder, two hours of cleaning and a wished time.
    await agent.goto(`${fx.running.url}/desk`);
    await agent.getByTestId('new-request').click();
    await agent.getByTestId('new-request-household-help').click();
    const modal = agent.locator('.ant-modal:visible');
    await modal.getByTestId('elder-search').locator('input').fill('王秀英');
    await modal.getByTestId('elder-search').locator('input').press('Enter');
    await modal.getByTestId(`pick-${elderId}`).click();
    const form = modal.getByTestId('intake-form');
    await form.getByRole('button', { name: '添加服务项目' }).click();
    await form.locator('.ant-table-row .ant-select').first().click();
    await agent.locator('.ant-select-dropdown:visible').getByTitle('居家保洁（小时）', { exact: true }).click();
    await form.locator('.ant-table-row input.ant-input-number-input').fill('2');
    const wish = form.locator('.ant-formily-item', { has: agent.locator('label:text-is("期望上门时间（起）")') }).locator('input');
    await wish.click();
    await wish.fill('2026-12-05 09:00:00');
    await wish.press('Enter');
    await form.locator('.ant-formily-item', { has: agent.locator('label:text-is("入户说明（钥匙、宠物等）")') }).locator('textarea').fill('钥匙在隔壁 601');
    await agent.click('#new-request-submit');
    await agent.waitForURL(/\/cases\/[0-9a-f-]+$/);
    const caseId = agent.url().split('/').pop()!;

    // 确认报价: the sentence to read out, then the caller agrees.
    await openTask(caseId, 'confirm-quote');
    await field('报价').getByText(/合计 ¥\d+\.\d{2}，补贴 ¥\d+\.\d{2}，老人自付 ¥\d+\.\d{2}。服务商：/).waitFor();
    await field('老人或家属是否同意报价').getByText('同意，安排派单').click();
    await agent.getByTestId('task-submit').click();
    await agent.getByTestId('task-completed').waitFor();

    // The quoted provider's admin, on a phone: accept with the worker, start, finish with a photo and the elder's code.
    const order = await eventually(async () => {
      for (const p of providers) {
        const found = (await p.user.get<{ dispatches: Order[] }>('/api/dispatches')).body.dispatches.find((d) => d.caseId === caseId);
        if (found) return { provider: p, order: found };
      }
      return undefined;
    }, 60_000, 'the order');
    const phone = await signIn(browser, fx.running.url, `household_${providers.indexOf(order.provider)}_${fx.db.name}`, 'password-123', PHONE);
    await phone.waitForURL(/\/dispatches$/);
    const card = phone.getByTestId(`order-${order.order.id}`);
    await card.getByText('王秀英').waitFor();
    await card.getByText('历下区山大南路 27 号 3 单元 602').waitFor();
    await card.getByText(/钥匙在隔壁 601/).waitFor();
    // Thumb-sized: the buttons are at least 40 px high and the page does not scroll sideways.
    const box = await card.getByTestId(`accept-${order.order.id}`).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(40);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await card.getByTestId(`accept-${order.order.id}`).click();
    // The staff select inside the dialog, once the dialog stands still.
    await phone.locator('.ant-modal:visible .ant-select').click();
    await phone.locator('.ant-select-dropdown:visible').getByTitle('保洁员' + (providers.indexOf(order.provider) + 1), { exact: true }).click();
    await phone.click('#accept-ok');
    await phone.getByTestId(`start-${order.order.id}`).click();
    await saveDialog(workDialog(phone), '开始服务');
    await phone.getByTestId(`finish-${order.order.id}`).click();
    await phone.click('#work-ok');
    await phone.getByTestId('work-error').getByText('请拍一张服务完成的照片').waitFor();
    await phone.getByTestId('work-photo').setInputFiles({ name: '完成照片.png', mimeType: 'image/png', buffer: PHOTO });
    await phone.fill('#work-proof', '4821');
    await saveDialog(workDialog(phone), '完成服务');
    await phone.locator('.ant-segmented-item', { hasText: '已完成' }).click();
    await card.getByText('已完成').waitFor();
    const finished = (await order.provider.user.get<{ dispatch: Order & { proof: string; photoFileIds: string[]; staffId: string } }>(`/api/dispatches/${order.order.id}`)).body.dispatch;
    expect(finished).toMatchObject({ status: 'done', proof: '4821', staffId: order.provider.staffId });
    expect(finished.photoFileIds).toHaveLength(1);
    await phone.context().close();

    // 回访: four stars is 满意, with a complaint about the provider; the case closes with the charge booked.
    await openTask(caseId, 'return-visit');
    await field('满意度').locator('.ant-rate-star').nth(3).click();
    await field('满意度').getByText('满意', { exact: true }).waitFor();
    await field('是否投诉服务商').getByRole('switch').click();
    await field('回访记录').locator('textarea').fill('上门迟到半小时');
    await agent.getByTestId('task-submit').click();
    await eventually(async () => ((await fx.admin.get<{ case: { status: string } }>(`/api/cases/${caseId}`)).body.case.status === 'closed' ? true : undefined), 60_000, 'the closed case');

    // 服务评价 on the provider's page: the complaint scores 0, so its rating is 0 until better visits come.
    await agent.goto(`${fx.running.url}/providers/${order.provider.id}`);
    const row = agent.locator('.ant-table-row', { hasText: '上门迟到半小时' });
    await row.getByText('回访', { exact: true }).waitFor();
    const standing = agent.getByTestId('provider-standing');
    await expect(standing.locator('.ant-statistic').nth(0).locator('.ant-statistic-content-value').textContent()).resolves.toBe('0');
    await expect(standing.locator('.ant-statistic').nth(2).locator('.ant-statistic-content-value').textContent()).resolves.toBe('1');
    await row.getByText('满意', { exact: true }).waitFor();
    await row.getByText('投诉', { exact: true }).waitFor();

    // 收费清单 on the elder file: the line and the month's totals.
    const amount = 2 * order.provider.price;
    await agent.goto(`${fx.running.url}/elders/${elderId}`);
    await agent.getByRole('tab', { name: '收费清单' }).click();
    const lines = agent.getByTestId('statement-lines');
    await lines.getByText('居家保洁').waitFor();
    await lines.getByText(order.provider.name).waitFor();
    const totals = agent.getByTestId('statement-totals');
    await totals.getByText(`¥${(amount / 100).toFixed(2)}`).waitFor();
    await expect(totals.getByText(`¥${(amount / 200).toFixed(2)}`).count()).resolves.toBe(2);

    // 下载PDF: the browser's own download, a real PDF.
    const [pdf] = await Promise.all([agent.waitForEvent('download'), agent.getByTestId('statement-pdf').click()]);
    const file = await fs.readFile((await pdf.path())!);
    expect(pdf.suggestedFilename()).toMatch(/^收费清单-王秀英-\d{4}-\d{2}\.pdf$/);
    expect([file.length > 1000, file.subarray(0, 5).toString()]).toEqual([true, '%PDF-']);
  });
});
