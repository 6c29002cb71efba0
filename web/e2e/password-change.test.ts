import { loadEngineConfig } from '../../engine/src/config';
import { ApiClient } from '../../engine/test/support/api-client';
import { useAdminPage } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine } from '../../engine/test/support/test-engine';

/** A user an admin created signs in for the first time: the web app asks for their own password before anything else. */
describe('forced password change in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create(), { passwordChangeOnFirstLogin: true, http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const held = useAdminPage(fx);

  it('given a new agent with the admin’s password, when she signs in, then she must choose her own (rules shown in Chinese) and then reaches the app', async () => {
    expect((await fx.admin.post('/api/users', { username: 'wang_fang', password: 'Admin-chose-77', displayName: '王芳', roles: ['agent'] })).status).toBe(201);
    const page = await (await held.browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(`${fx.running.url}/desk`);
    await page.waitForURL(/\/login/);
    await page.fill('#username', 'wang_fang');
    await page.fill('#password', 'Admin-chose-77');
    await page.click('button[type=submit]');

    await page.getByTestId('change-password').waitFor();
    expect(await page.getByTestId('user-menu').count()).toBe(0);
    const fieldError = (id: string) => page.locator(`.ant-form-item:has(#${id}) .ant-form-item-explain-error`).last();
    await page.fill('#changePassword_currentPassword', 'Admin-chose-77');
    await page.fill('#changePassword_newPassword', 'wang_fang2026');
    await page.fill('#changePassword_confirm', 'wang_fang2026');
    await page.getByTestId('change-password-save').click();
    await expect(fieldError('changePassword_newPassword').textContent()).resolves.toBe('密码不能包含用户名');

    await page.fill('#changePassword_newPassword', 'Spring-tea-2026');
    await page.fill('#changePassword_confirm', 'Spring-tea-2026');
    await page.getByTestId('change-password-save').click();
    await page.getByTestId('user-menu').waitFor();
    await expect(page.getByTestId('user-menu').textContent()).resolves.toContain('王芳');
    await page.context().close();
  });

  it('given a signed-in agent, when she changes her password from the user menu, then the rules speak zh-CN, a wrong current password is named, and the new one signs her in', async () => {
    expect((await fx.admin.post('/api/users', { username: 'li_na', password: 'Admin-chose-88', displayName: '李娜', roles: ['agent'] })).status).toBe(201);
    const page = await (await held.browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(`${fx.running.url}/login`);
    await page.fill('#username', 'li_na');
    await page.fill('#password', 'Admin-chose-88');
    await page.click('button[type=submit]');
    // First sign-in: her own password first.
    await page.getByTestId('change-password').waitFor();
    await page.fill('#changePassword_currentPassword', 'Admin-chose-88');
    await page.fill('#changePassword_newPassword', 'Autumn-rain-2026');
    await page.fill('#changePassword_confirm', 'Autumn-rain-2026');
    await page.getByTestId('change-password-save').click();

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const modal = page.getByTestId('change-password-modal');
    await expect(modal.textContent()).resolves.toContain('至少 8 位');
    const fieldError = (id: string) => modal.locator(`.ant-form-item:has(#${id}) .ant-form-item-explain-error`).last();
    await modal.locator('#changePassword_currentPassword').fill('Not-my-password-1');
    await modal.locator('#changePassword_newPassword').fill('Winter-snow-2027');
    await modal.locator('#changePassword_confirm').fill('Winter-snow-2027');
    await modal.getByTestId('change-password-save').click();
    await expect(fieldError('changePassword_currentPassword').textContent()).resolves.toBe('当前密码不正确');

    await modal.locator('#changePassword_currentPassword').fill('Autumn-rain-2026');
    await modal.getByTestId('change-password-save').click();
    await page.getByText('密码已修改').waitFor();
    await modal.waitFor({ state: 'hidden' });
    await page.context().close();
    const fresh = new ApiClient(fx.running.url);
    await fresh.login('li_na', 'Winter-snow-2027'); // throws unless the new password signs in
  });
});
