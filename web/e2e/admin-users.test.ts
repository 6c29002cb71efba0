import { Page } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { eventually } from '../../engine/test/support/api-client';
import { chooseOption, signIn, useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { createProvider, seedRegistry } from '../../engine/test/support/provider-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';

interface UserView {
  username: string;
  roles: string[];
  groups: string[];
  areaScope: string[];
  providerId: string | null;
  phone: string | null;
  active: boolean;
}
const LI_NA = { username: 'li_na', displayName: '李娜', password: 'li-na-password-1' };
const NEW_PASSWORD = 'li-na-password-2';

/** 系统管理 › 用户 and 用户组 against a real engine: an admin makes the accounts an emergency walk-through needs. */
describe('users and groups administration in Chromium', () => {
  // WEB_DIST names a build of its own (parallel builds would clash over web/dist); test engines read no env.
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const held = useAdminPage(fx);
  let providerId: string;

  beforeAll(async () => {
    await seedRegistry(fx.admin);
    providerId = (await createProvider(fx.admin)).id;
    // The seed adds 热线坐席 in the background of the engine's start.
    await eventually(async () => ((await fx.admin.get<{ groups: { key: string }[] }>('/api/groups')).body.groups.some((g) => g.key === 'hotline') ? true : undefined), 60_000, 'the seeded hotline group');
  });

  const users = async () => (await fx.admin.get<{ users: UserView[] }>('/api/users')).body.users;
  /** The error antd shows under the form field whose input has this id. */
  const fieldError = (page: Page, inputId: string) => page.locator(`.ant-form-item:has(#${inputId}) .ant-form-item-explain-error`).last();
  const userRow = (page: Page, username: string) => page.getByTestId('user-list').locator('tbody tr', { hasText: username });


  async function openTab(tab: 'users' | 'groups'): Promise<Page> {
    const { page } = held;
    await page.goto(`${fx.running.url}/admin?tab=${tab}`);
    await page.getByTestId(tab === 'users' ? 'user-list' : 'group-list').locator('tbody tr').first().waitFor();
    return page;
  }

  async function fillNewUser(page: Page, user: { username: string; displayName: string; password: string }, role: string): Promise<void> {
    await page.getByTestId('user-new').click();
    await page.fill('#user_username', user.username);
    await page.fill('#user_displayName', user.displayName);
    await page.fill('#user_password', user.password);
    await chooseOption(page, 'user_roles', role);
  }

  it('given the seeded groups, when the admin opens 用户组 and adds one, then 热线坐席 is listed and a taken key shows on the key field', async () => {
    const page = await openTab('groups');
    await expect(page.getByTestId('group-list').locator('tbody tr', { hasText: 'hotline' }).textContent()).resolves.toContain('热线坐席');

    await page.getByTestId('group-new').click();
    await page.fill('#group_key', 'hotline');
    await page.fill('#group_name', '热线坐席二');
    await page.getByTestId('group-save').click();
    await expect(fieldError(page, 'group_key').textContent()).resolves.toBe('组标识“hotline”已存在');

    await page.fill('#group_key', 'night_shift');
    await page.getByTestId('group-save').click();
    await page.getByTestId('group-list').locator('tbody tr', { hasText: 'night_shift' }).waitFor();
    const groups = (await fx.admin.get<{ groups: { key: string; name: string }[] }>('/api/groups')).body.groups;
    expect(groups.filter((g) => g.key === 'hotline')).toEqual([expect.objectContaining({ name: '热线坐席' })]);
    expect(groups).toContainEqual(expect.objectContaining({ key: 'night_shift', name: '热线坐席二' }));
  });

  it('given the users tab, when the admin creates agent li_na in hotline with an area scope, then she is listed and saved so; the same username again shows the server’s refusal on the username field', async () => {
    const page = await openTab('users');
    await fillNewUser(page, LI_NA, '话务员/坐席');
    await chooseOption(page, 'user_groups', '热线坐席');
    await chooseOption(page, 'user_areaScope', '历下区');
    await page.fill('#user_phone', '13905319999');
    await page.getByTestId('user-save').click();
    const row = userRow(page, LI_NA.username);
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/李娜.*话务员\/坐席.*热线坐席.*历下区.*启用/);
    expect((await users()).find((u) => u.username === LI_NA.username)).toMatchObject({ roles: ['agent'], groups: ['hotline'], areaScope: ['370102'], providerId: null, phone: '13905319999', active: true });

    // Editing shows the phone she has; emptied, her notifications no longer go out by SMS.
    await row.getByRole('button', { name: /^编\s?辑$/ }).click();
    await expect(page.locator('#user_phone').inputValue()).resolves.toBe('13905319999');
    await page.fill('#user_phone', '');
    await page.getByTestId('user-save').click();
    await page.locator('#user_phone').waitFor({ state: 'detached' });
    expect((await users()).find((u) => u.username === LI_NA.username)).toMatchObject({ phone: null, groups: ['hotline'] });

    await fillNewUser(page, { ...LI_NA, displayName: '另一个李娜' }, '话务员/坐席');
    await page.getByTestId('user-save').click();
    await expect(fieldError(page, 'user_username').textContent()).resolves.toBe('用户名“li_na”已存在');
    expect((await users()).filter((u) => u.username === LI_NA.username)).toHaveLength(1);
    await page.keyboard.press('Escape');
  });

  it('given a provider, when the admin creates a 服务人员 user, then the provider is asked for and saved with the user', async () => {
    const page = await openTab('users');
    await fillNewUser(page, { username: 'zhang_wei', displayName: '张伟', password: 'Zhang-wei-pass-9' }, '服务人员');
    await page.getByTestId('user-save').click();
    await expect(fieldError(page, 'user_providerId').textContent()).resolves.toBe('必填');
    await chooseOption(page, 'user_providerId', '济南颐养家政服务有限公司');
    await page.getByTestId('user-save').click();
    await userRow(page, 'zhang_wei').waitFor();
    expect((await users()).find((u) => u.username === 'zhang_wei')).toMatchObject({ roles: ['provider_staff'], providerId });
  });

  it('given li_na signed in, when the admin resets her password and then deactivates her, then each ends her session and only the current password signs in until deactivation', async () => {
    const agent = await signIn(held.browser, fx.running.url, LI_NA.username, LI_NA.password);
    await agent.goto(`${fx.running.url}/desk`);
    await expect(agent.locator('.ant-menu-item-selected').textContent()).resolves.toContain('工作台');

    const page = await openTab('users');
    await userRow(page, LI_NA.username).getByRole('button', { name: '重置密码' }).click();
    // A password the rules refuse: the engine's reason shows on the field in Chinese.
    await page.fill('#resetPassword_password', 'only-lower-case');
    await page.fill('#resetPassword_confirm', 'only-lower-case');
    await page.getByTestId('password-save').click();
    await expect(fieldError(page, 'resetPassword_password').textContent()).resolves.toBe('密码须包含小写字母、大写字母、数字、符号中的至少三类');
    await page.fill('#resetPassword_password', NEW_PASSWORD);
    await page.fill('#resetPassword_confirm', NEW_PASSWORD);
    await page.getByTestId('password-save').click();
    await page.locator('#resetPassword_password').waitFor({ state: 'detached' });

    await agent.reload();
    await agent.waitForURL(/\/login/);
    await agent.fill('#username', LI_NA.username);
    await agent.fill('#password', LI_NA.password);
    await agent.click('button[type=submit]');
    await expect(agent.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');
    await agent.fill('#password', NEW_PASSWORD);
    await agent.click('button[type=submit]');
    await agent.getByTestId('user-menu').waitFor();

    await userRow(page, LI_NA.username).getByRole('button', { name: /^停\s?用$/ }).click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await expect(userRow(page, LI_NA.username).locator('.ant-tag', { hasText: '已停用' }).textContent()).resolves.toBe('已停用');
    expect((await users()).find((u) => u.username === LI_NA.username)).toMatchObject({ active: false });

    await agent.goto(`${fx.running.url}/desk`);
    await agent.waitForURL(/\/login/);
    await agent.fill('#username', LI_NA.username);
    await agent.fill('#password', NEW_PASSWORD);
    await agent.click('button[type=submit]');
    await expect(agent.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');
    await agent.context().close();
  });
});
