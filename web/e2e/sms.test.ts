import { Browser } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine, TEST_ADMIN_PASSWORD } from '../../engine/test/support/test-engine';

const AUDITOR = { username: 'auditor1', password: 'auditor-password-1', displayName: '审计员', roles: ['auditor'] };

/** 短信: the outbox with its statuses and masking, and template management, in Chromium. */
describe('SMS pages in Chromium', () => {
  // WEB_DIST names a build of its own (parallel builds would clash over web/dist); test engines read no env.
  const http = { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 };
  const fx = useTestEngine(() => testDatabases()[0].create(), { http });
  let browser: Browser;

  beforeAll(async () => {
    expect((await fx.admin.post('/api/users', AUDITOR)).status).toBe(201);
    for (const [key, phone] of [['web-1', '13800138000'], ['web-2', '13900139000']]) {
      expect((await fx.admin.post('/api/sms/messages', { key, phone, recipientName: '刘建国', content: `王秀英老人平安（${key}）` })).status).toBe(201);
    }
    browser = await launchChromium(fx.running.config.http.webDist);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('given queued messages, when an admin opens 短信记录 and filters by phone, then the line shows the full phone and its status', async () => {
    const page = await signIn(browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
    await page.getByRole('menuitem', { name: '短信' }).click();
    await page.waitForURL(/\/sms$/);
    await page.locator('tbody tr', { hasText: '13800138000' }).waitFor();
    await page.getByPlaceholder('按手机号查找').fill('13900139000');
    await page.getByPlaceholder('按手机号查找').press('Enter');
    await page.waitForURL(/recipient=13900139000/);
    await page.locator('tbody tr', { hasText: '（web-1）' }).waitFor({ state: 'detached' });
    const row = page.locator('tbody tr', { hasText: '（web-2）' });
    await expect(row.locator('.ant-tag').innerText()).resolves.toBe('待发送');
    // By case number (工单编号), not an internal id: these messages belong to no case.
    await page.getByPlaceholder('按工单编号查找').fill('GD20990101-000001');
    await page.getByPlaceholder('按工单编号查找').press('Enter');
    await page.waitForURL(/caseNumber=GD20990101-000001/);
    await row.waitFor({ state: 'detached' });
  });

  it('given an auditor, when they open 短信记录, then phones are masked and there is no template tab', async () => {
    const page = await signIn(browser, fx.running.url, AUDITOR.username, AUDITOR.password);
    await page.goto(`${fx.running.url}/sms`);
    await page.locator('tbody tr', { hasText: '138****8000' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain('13800138000');
    expect(await page.getByRole('tab', { name: '短信模板' }).count()).toBe(0);
  });

  it('given an admin, when a template with a broken placeholder is saved, then the error is on the content; fixed, it is listed with its parameters', async () => {
    const page = await signIn(browser, fx.running.url, 'admin', TEST_ADMIN_PASSWORD);
    await page.goto(`${fx.running.url}/sms?tab=templates`);
    await page.getByRole('button', { name: '新建模板' }).click();
    await page.fill('#smsTemplate_key', 'alarm.notice');
    await page.fill('#smsTemplate_name', '紧急呼叫通知');
    await page.fill('#smsTemplate_content', '{{relative}}您好：{{老人 姓名}}发起紧急呼叫');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-form-item:has(#smsTemplate_content) .ant-form-item-explain-error').waitFor();
    await page.fill('#smsTemplate_content', '{{relative}}您好：{{elder}}发起紧急呼叫，热线已处理。');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const row = page.locator('tbody tr', { hasText: 'alarm.notice' });
    await row.waitFor();
    expect(await row.locator('.ant-tag').allInnerTexts()).toEqual(['relative', 'elder']);
    expect((await fx.admin.get<{ template: { params: string[] } }>('/api/sms-templates/alarm.notice')).body.template.params).toEqual(['relative', 'elder']);
  });
});
