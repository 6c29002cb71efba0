import { Browser } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine, TEST_ADMIN_PASSWORD } from '../../engine/test/support/test-engine';

type Placed = { call: { id: string } };

/** 坐席电话 / 通话模拟器 in Chromium: calls appear live and the buttons drive the simulator. */
describe('the softphone panel in Chromium', () => {
  // WEB_DIST names a build of its own (parallel builds would clash over web/dist); test engines read no env.
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(fx.running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('given the panel is open, when a robot call is placed, then it appears live; answering with key 1 shows it confirmed and the record says so', async () => {
    const page = await signIn(browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
    await page.getByRole('menuitem', { name: '坐席电话' }).click();
    await page.waitForURL(/\/telephony$/);
    await page.getByText('当前没有通话').waitFor();

    const placed = await fx.admin.post<Placed>('/api/calls', { key: 'web-robot-1', mode: 'robot', to: '13800138000', toName: '刘建国', message: '王秀英老人发起紧急呼叫，收到请按1' });
    const row = page.locator('tbody tr', { hasText: '刘建国 13800138000' });
    await row.getByText('振铃中').waitFor();
    await row.getByRole('button', { name: '接听 + 按键 1' }).click();

    await page.locator('tbody tr', { hasText: '刘建国' }).getByText('已按键确认').waitFor();
    const stored = await fx.admin.get<{ call: { status: string; outcome: string; digits: string } }>(`/api/calls/${placed.body.call.id}`);
    expect(stored.body.call).toMatchObject({ status: 'ended', outcome: 'confirmed', digits: '1' });
  });

  it('given a click-to-call dialled from the panel, when it is answered and hung up, then the line follows each step', async () => {
    const page = await signIn(browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
    await page.goto(`${fx.running.url}/telephony`);
    await page.getByPlaceholder('被叫号码').fill('13900139000');
    await page.getByRole('button', { name: '拨 打' }).or(page.getByRole('button', { name: '拨打' })).click();
    const row = page.locator('tbody tr', { hasText: '13900139000' });
    await row.getByText('振铃中').waitFor();
    await row.getByRole('button', { name: /^接\s?听$/ }).click();
    await row.getByText('通话中').waitFor();
    await row.getByRole('button', { name: /^挂\s?断$/ }).click();
    await row.getByText('已结束').waitFor();
    await row.getByText('已接听').waitFor();
    // Opened again, the panel lists only calls going on, unless ended ones are asked for.
    await page.reload();
    await page.getByText('当前没有通话').waitFor();
    await page.getByRole('switch').click();
    await page.locator('tbody tr', { hasText: '13900139000' }).getByText('已接听').waitFor();
  });
});
