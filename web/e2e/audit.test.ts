import fs from 'node:fs';
import { Browser } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { readSheet } from '../../engine/src/modules/imports/sheets';
import { chooseOption, launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine } from '../../engine/test/support/test-engine';

const AUDITOR = { username: 'auditor_qian', password: 'auditor-password-1', displayName: '审计员钱', roles: ['auditor'] };

/** 审计日志: an auditor searches the log, reads a change and exports what they found, in Chromium. */
describe('审计日志 in Chromium', () => {
  // WEB_DIST names a build of its own (parallel builds would clash over web/dist); test engines read no env.
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;
  let messageId: string;

  beforeAll(async () => {
    expect((await fx.admin.post('/api/users', AUDITOR)).status).toBe(201);
    const queued = await fx.admin.post<{ message: { id: string } }>('/api/sms/messages', { key: 'web-audit-1', phone: '13800138000', content: '王秀英老人平安' });
    expect(queued.status).toBe(201);
    messageId = queued.body.message.id;
    browser = await launchChromium(fx.running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('given an SMS an admin queued, when an auditor filters 审计日志 by 发送短信, then the row shows it with its change, and the Excel export holds it', async () => {
    const page = await signIn(browser, fx.running.url, AUDITOR.username, AUDITOR.password);
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.waitForURL(/\/audit$/);
    await page.locator('tbody tr', { hasText: '新建用户' }).first().waitFor();

    await chooseOption(page, 'audit-filter-action', '发送短信');
    await page.getByTestId('audit-search').click();
    await page.waitForURL(/action=sms\.queue/);
    await page.locator('tbody tr', { hasText: '新建用户' }).first().waitFor({ state: 'detached' });
    const row = page.locator('tbody tr.ant-table-row', { hasText: '发送短信' });
    await expect(row.innerText()).resolves.toContain(messageId);
    expect(await page.locator('tbody tr.ant-table-row').count()).toBe(1);
    await row.locator('.ant-table-row-expand-icon').click();
    await expect(page.getByTestId('audit-after').innerText()).resolves.toContain('138****8000');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    expect(download.suggestedFilename()).toBe('审计日志.xlsx');
    const { rows } = await readSheet(fs.readFileSync((await download.path())!));
    expect(rows.map((r) => [r.cells['操作'], r.cells['操作人'], r.cells['对象 ID']])).toEqual([['sms.queue', 'admin', messageId]]);
    const exports = await fx.admin.get<{ entries: { actorName: string; after: { filter: { action: string } } }[] }>('/api/audit?action=audit.export');
    expect(exports.body.entries).toEqual([expect.objectContaining({ actorName: AUDITOR.username, after: expect.objectContaining({ filter: { action: 'sms.queue' } }) })]);
  });

  it('given an agent, then 审计日志 is not in their menu and the log answers them 403', async () => {
    expect((await fx.admin.post('/api/users', { username: 'agent_li', password: 'agent-password-1', displayName: '坐席李', roles: ['agent'] })).status).toBe(201);
    const page = await signIn(browser, fx.running.url, 'agent_li', 'agent-password-1');
    await page.getByRole('menuitem', { name: '工作台' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/audit/export')).status);
    expect(status).toBe(403);
  });
});
