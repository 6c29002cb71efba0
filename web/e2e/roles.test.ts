import { Browser, Page } from 'playwright-core';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { createProvider, seedRegistry, userOf } from '../../engine/test/support/provider-fixtures';
import { TEST_ADMIN_PASSWORD, useTestEngine } from '../../engine/test/support/test-engine';

/** What each role finds after signing in: its start page and its menu, in menu order. */
const PRODUCT: Record<string, { landing: RegExp; menu: string[] }> = {
  admin: { landing: /\/desk$/, menu: ['工作台', '值班大屏', '工单', '老人档案', '流程设计', '服务类型', '决策表', '表单设计', '服务商', '服务商工单', '结算', '补贴报表', '月结', '补贴规则', '坐席电话', '通话记录', '主动关怀', '短信', '知识库', '统计报表', '审计日志', '系统管理'] },
  supervisor: { landing: /\/wallboard$/, menu: ['工作台', '值班大屏', '工单', '老人档案', '服务类型', '决策表', '表单设计', '服务商', '服务商工单', '结算', '补贴报表', '月结', '坐席电话', '通话记录', '主动关怀', '短信', '知识库', '统计报表'] },
  agent: { landing: /\/desk$/, menu: ['工作台', '工单', '老人档案', '服务类型', '表单设计', '服务商', '结算', '补贴报表', '月结', '坐席电话', '通话记录', '主动关怀', '短信', '知识库'] },
  analyst: { landing: /\/studio\/service-types$/, menu: ['老人档案', '流程设计', '服务类型', '决策表', '表单设计', '服务商', '知识库', '统计报表'] },
  auditor: { landing: /\/audit$/, menu: ['工单', '老人档案', '服务类型', '决策表', '服务商', '结算', '补贴报表', '月结', '通话记录', '主动关怀', '短信', '知识库', '审计日志'] },
  provider_admin: { landing: /\/dispatches$/, menu: ['服务商', '服务商工单', '收费清单', '结算'] },
  provider_staff: { landing: /\/dispatches$/, menu: ['服务商', '服务商工单', '收费清单', '结算'] },
  knowledge_author: { landing: /\/knowledge$/, menu: ['服务商', '知识库'] },
  knowledge_reviewer: { landing: /\/knowledge$/, menu: ['服务商', '知识库'] },
};
const FORBIDDEN = '您没有权限执行此操作';

const menuOf = async (page: Page) => (await page.locator('.ant-menu-item').allTextContents()).map((text) => text.trim());

describe('each role sees its own product', () => {
  const engine = useTestEngine(() => testDatabases()[0].create());
  let browser: Browser;
  const pages: Record<string, Page> = {};

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    const provider = await createProvider(engine.admin);
    for (const role of Object.keys(PRODUCT).filter((r) => r !== 'admin')) await userOf(engine, `role_${role}`, [role], role.startsWith('provider_') ? provider.id : null);
    browser = await launchChromium(engine.running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(Object.keys(PRODUCT))('given a %s, when they sign in, then they land on their start page with only the menu entries their role may open', async (role) => {
    const page = await signIn(browser, engine.running.url, role === 'admin' ? 'admin' : `role_${role}`, role === 'admin' ? TEST_ADMIN_PASSWORD : 'password-123');
    pages[role] = page;
    await page.waitForURL(PRODUCT[role].landing);
    await page.locator('.ant-menu-item').first().waitFor();
    expect(await menuOf(page)).toEqual(PRODUCT[role].menu);
  });

  it.each(Object.keys(PRODUCT))('given a signed-in %s, when they open every entry of their menu, then no page answers that they lack permission', async (role) => {
    const page = pages[role];
    for (const entry of PRODUCT[role].menu) {
      // By the whole label: 工单 is also the end of 服务商工单 (the icon's name comes first).
      await page.getByRole('menuitem', { name: new RegExp(`(^|\\s)${entry}$`) }).click();
      await page.waitForLoadState('networkidle');
      const refused = await page.getByText(FORBIDDEN).count();
      expect({ entry, refused, noAccess: await page.getByTestId('no-access').count() }).toEqual({ entry, refused: 0, noAccess: 0 });
    }
  });

  it('given a provider user, when they open a page outside their menu by its address, then the page is refused as a whole and leads back to their orders', async () => {
    const page = pages.provider_staff;
    await page.goto(`${engine.running.url}/cases`);
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByText(FORBIDDEN).count()).toBe(0);
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL(/\/dispatches$/);
  });

  it('given readers of service types and forms, when they open the lists, then only analysts and admins are offered 新建', async () => {
    for (const [role, creates] of [['analyst', true], ['agent', false], ['supervisor', false]] as const) {
      const page = pages[role];
      await page.goto(`${engine.running.url}/studio/service-types`);
      await page.getByTestId('service-type-list').waitFor();
      await page.goto(`${engine.running.url}/studio/forms`);
      await page.locator('.ant-table').first().waitFor();
      expect({ role, form: await page.getByTestId('form-new').count() }).toEqual({ role, form: creates ? 1 : 0 });
      await page.goto(`${engine.running.url}/studio/service-types`);
      await page.getByTestId('service-type-list').waitFor();
      expect({ role, serviceType: await page.getByTestId('service-type-new').count() }).toEqual({ role, serviceType: creates ? 1 : 0 });
    }
  });
});
