import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { loadEngineConfig } from '../../engine/src/config';
import { eventually } from '../../engine/test/support/api-client';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { chain, uniqueProcessId, userTask } from '../../engine/test/support/operaton-fixtures';
import { JINAN_AREAS, WANG_XIUYING, ZHANG_SANFENG } from '../../engine/test/support/registry-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';
import { localDay } from '../../engine/src/modules/calendar/working-days';
import type { Browser } from 'playwright-core';

const FORM = { type: 'object', properties: { note: { type: 'string' }, satisfaction: { type: 'string' } } };
type Detail = { case: { status: string }; tasks: { id: string; status: string }[] };

/** 统计报表 › 工单统计: a supervisor filters the day's cases by area and exports them. */
describe('the case report in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const today = localDay(new Date(), 'Asia/Shanghai').date;
  let browser: Browser;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await fx.admin.post('/api/areas', area);
    const wang = (await fx.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    const zhang = (await fx.admin.post<{ elder: { id: string } }>('/api/elders', ZHANG_SANFENG)).body.elder.id;
    await fx.admin.post('/api/forms', { key: 'visit-form', title: '回访', schema: FORM });
    await fx.admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'Home visit' }, category: 'care' });
    await fx.admin.post('/api/service-types/visit/versions', { bpmnXml: chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'visit-form') }]), settings: { priority: 'normal', sla: { unit: 'hours', value: 48 }, channels: ['phone'], startRoles: ['admin'] } });
    await fx.admin.post('/api/service-types/visit/publish', { version: 1 });
    await fx.admin.post('/api/users', { username: 'duty_lead', password: 'password-123', displayName: '值班长', roles: ['supervisor'] });
    // 王秀英 (山大社区): opened and closed, very satisfied. 张三丰 (燕子山社区): opened, still open.
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone', elderId: wang });
    await fx.admin.post('/api/cases', { serviceType: 'visit', channel: 'phone', elderId: zhang });
    const id = opened.body.case.id;
    const task = await eventually(async () => (await fx.admin.get<Detail>(`/api/cases/${id}`)).body.tasks.find((t) => t.status === 'created'), 30_000, 'the visit task');
    await fx.admin.post(`/api/tasks/${task.id}/complete`, { variables: { satisfaction: 'very_satisfied' } });
    await eventually(async () => ((await fx.admin.get<Detail>(`/api/cases/${id}`)).body.case.status === 'closed' ? true : undefined), 30_000, 'the case to close');
    browser = await launchChromium(fx.running.config.http.webDist);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given a day with a closed and an open case, when the supervisor narrows the case report to 山大社区 and exports it, then the page and the Excel hold the same figures', async () => {
    const page = await signIn(browser, fx.running.url, 'duty_lead', 'password-123');
    await page.goto(`${fx.running.url}/reports?tab=cases&from=${today}&to=${today}`);
    await page.getByTestId('case-kpi-opened').getByText('2').waitFor();
    await page.getByTestId('case-kpi-closed').getByText('1').waitFor();

    await page.getByTestId('case-report-area').click();
    await page.keyboard.type('山大社区');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '山大社区' }).click();
    await page.getByTestId('case-kpi-opened').getByText('1').waitFor();
    await page.getByTestId('case-kpi-onTimeRate').getByText('100.0%').waitFor();
    expect(page.url()).toContain('areaCode=370102001001');
    expect(page.url()).toContain('tab=cases');

    await page.getByTestId('case-report-satisfaction').getByText('数据').click();
    const row = page.getByTestId('case-report-satisfaction-table').locator('tbody tr.ant-table-row').first();
    await expect(row.textContent()).resolves.toBe('非常满意1');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-report-export').click()]);
    expect(download.suggestedFilename()).toBe(`工单统计_${today}_${today}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const values = (r: number) => (book.worksheets[0].getRow(r).values as unknown[]).slice(1, 8).map((v) => String(v ?? ''));
    expect(values(1)).toEqual(['服务类型', '受理量', '办结量', '撤销量', '按时办结率', '一次办结率', '重办率']);
    expect(values(2)).toEqual(['上门探访', '1', '1', '0', '1', '0', '0']); // opened by call, its process never said it was resolved on the call
    expect(values(3)).toEqual(['合计', '1', '1', '0', '1', '0', '0']);

    // 受理坐席: admin opened both; the duty lead opened none.
    await page.getByTestId('case-report-agent').fill('duty_lead');
    await page.getByTestId('case-report-agent').press('Enter');
    await page.getByTestId('case-kpi-opened').getByText('0').waitFor();
    expect(page.url()).toContain('agent=duty_lead');
    await page.getByTestId('case-report-agent').fill('admin');
    await page.getByTestId('case-report-agent').press('Enter');
    await page.getByTestId('case-kpi-opened').getByText('1').waitFor();

    await page.getByRole('tab', { name: '指标口径' }).click();
    await page.getByTestId('case-kpi-definitions').getByText('有办理时限的办结工单数', { exact: false }).waitFor();
  });
});
