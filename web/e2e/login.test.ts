import { Browser } from 'playwright-core';
import { launchChromium } from '../../engine/test/support/browser';
import { TestDatabase, testDatabases } from '../../engine/test/support/databases';
import { startTestEngine, TEST_ADMIN_PASSWORD, TestEngine } from '../../engine/test/support/test-engine';

const MENU = ['工作台', '值班大屏', '工单', '老人档案', '流程设计', '服务类型', '决策表', '表单设计', '服务商', '服务商工单', '结算', '补贴报表', '月结', '补贴规则', '坐席电话', '通话记录', '主动关怀', '短信', '知识库', '统计报表', '审计日志', '系统管理'];

describe('web app in Chromium', () => {
  let db: TestDatabase;
  let running: TestEngine;
  let browser: Browser;

  beforeAll(async () => {
    db = await testDatabases()[0].create();
    running = await startTestEngine(db);
    browser = await launchChromium(running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
    await db?.drop();
  });

  it('given a visitor without a session, when they open a page, log in wrongly and then rightly, then they reach that page in the shell', async () => {
    const page = await browser.newPage();
    await page.goto(`${running.url}/cases`);
    await page.waitForURL(/\/login/);

    await page.fill('#username', 'admin');
    await page.fill('#password', 'not-the-password');
    await page.click('button[type=submit]');
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');

    await page.fill('#password', TEST_ADMIN_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/cases$/);
    await page.locator('.ant-menu-item').first().waitFor();
    const menu = await page.locator('.ant-menu-item').allTextContents();
    expect(menu.map((t) => t.trim())).toEqual(MENU);
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain('系统管理员');
    await page.locator('[data-testid=health-badge][data-status=success]').waitFor();

    // The session is an httpOnly cookie (scripts cannot read it), and a reload keeps the user in.
    const session = (await page.context().cookies()).find((c) => c.name === 'careflow_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await page.reload();
    await page.waitForURL(/\/cases$/);
    await page.getByTestId('user-menu').waitFor();
  });
});
