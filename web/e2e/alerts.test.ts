import type { Browser } from 'playwright-core';
import { loadEngineConfig } from '../../engine/src/config';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { chain, uniqueProcessId, userTask } from '../../engine/test/support/operaton-fixtures';
import { JINAN_AREAS, WANG_XIUYING } from '../../engine/test/support/registry-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';
import { alertsModule } from '@careflow/engine/dist/modules/alerts';
import { CaseEntity } from '@careflow/engine/dist/modules/cases/entities';

const FORM = { type: 'object', properties: { note: { type: 'string' } } };

/** 统计报表 › 预警规则 in Chromium: a duty lead sets a threshold, is told when it is crossed, and the notice opens the cases behind it. */
describe('alerts in Chromium', () => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await fx.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  let browser: Browser;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await fx.admin.post('/api/areas', area);
    const wang = (await fx.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    await fx.admin.post('/api/forms', { key: 'note-form', title: '记录', schema: FORM });
    await fx.admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'Home visit' }, category: 'care' });
    await fx.admin.post('/api/service-types/visit/versions', { bpmnXml: chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'note-form', 'hotline', '上门探访') }]), settings: { priority: 'normal', sla: { unit: 'hours', value: 48 }, channels: ['phone'], startRoles: ['admin'] } });
    await fx.admin.post('/api/service-types/visit/publish', { version: 1 });
    await fx.admin.post('/api/users', { username: 'duty_lead', password: 'password-123', displayName: '值班长', roles: ['supervisor'], phone: '13800000001' });
    // 王秀英's case, already past its due time.
    const id = (await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone', elderId: wang })).body.case.id;
    opened.push(id);
    await fx.running.dataSource.getRepository(CaseEntity).update({ id }, { dueAt: new Date(Date.now() - 3600_000) });
    browser = await launchChromium(fx.running.config.http.webDist);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given an overdue case in 历下区, when the duty lead sets a rule for it and the watch passes, then the bell tells it and opens the overdue cases of 历下区; the rule shows crossed', async () => {
    const page = await signIn(browser, fx.running.url, 'duty_lead', 'password-123');
    await page.goto(`${fx.running.url}/reports?tab=alerts`);
    await page.getByTestId('alert-new').click();
    await page.getByTestId('alert-name').fill('历下区超期工单');
    await page.getByTestId('alert-threshold').fill('0');
    await page.getByTestId('alert-area').click();
    await page.keyboard.type('历下区');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '历下区' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('预警规则已保存').waitFor();
    const rule = page.getByTestId('alert-rules').getByRole('row').filter({ hasText: '历下区超期工单' });
    await rule.getByText('超过 0 件').waitFor();
    await rule.getByText('正常').waitFor();

    expect(await fx.running.engine.given(alertsModule).watch.runOnce()).toBe(1);
    await page.getByTestId('notification-bell').getByText('1').waitFor();
    await page.reload();
    await rule.getByText(/越限中/).waitFor();
    await rule.getByText('1 件').waitFor();
    await page.getByTestId('alert-crossings').getByText('站内 1 人，短信 1 人').waitFor();

    await page.getByTestId('notification-bell').click();
    await page.getByText('预警：历下区超期工单').waitFor();
    await page.getByText('已超期工单 1 件，超过 0 件（历下区）').click();
    await page.waitForURL(/\/cases\?due=overdue&area=370102$/);
    await page.getByRole('cell', { name: '上门探访' }).waitFor();
  });
});
