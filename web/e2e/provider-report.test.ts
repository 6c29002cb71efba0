import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { loadEngineConfig } from '../../engine/src/config';
import { eventually } from '../../engine/test/support/api-client';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { chain, uniqueProcessId, userTask } from '../../engine/test/support/operaton-fixtures';
import { CODES, createProvider, seedRegistry, userOf } from '../../engine/test/support/provider-fixtures';
import { WANG_XIUYING } from '../../engine/test/support/registry-fixtures';
import { useTestEngine } from '../../engine/test/support/test-engine';
import { localDay } from '../../engine/src/modules/calendar/working-days';
import { pdfPages } from '../../engine/test/support/pdf-text';
import { statsModule } from '@careflow/engine/dist/modules/stats';
import type { Browser } from 'playwright-core';

const FORM = { type: 'object', properties: { satisfaction: { type: 'string' }, returnVisitNote: { type: 'string' } } };
type Detail = { case: { status: string }; tasks: { id: string; status: string }[] };

/** 统计报表 › 服务商统计 and 满意度统计: a supervisor reads a provider's day and the return visits' words. */
describe('the provider and satisfaction reports in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const today = localDay(new Date(), 'Asia/Shanghai').date;
  let browser: Browser;

  beforeAll(async () => {
    await seedRegistry(fx.admin);
    await fx.admin.post('/api/users', { username: 'duty_lead', password: 'password-123', displayName: '值班长', roles: ['supervisor'] });
    // 山大社区服务站: one order done and praised, one rejected.
    const station = await createProvider(fx.admin, { name: '山大社区服务站', creditCode: CODES[1], areas: ['370102001'], contractTo: '2099-12-31', items: [{ code: 'housekeeping_basic', price: 4500 }] });
    const staff = await userOf(fx, 'station_staff', ['provider_staff'], station.id);
    const order = async (key: string) => (await fx.admin.post<{ dispatch: { id: string } }>('/api/dispatches', { key, serviceItem: 'housekeeping_basic', areaCode: '370102001001', providerId: station.id })).body.dispatch.id;
    const done = await order('e2e-done');
    await staff.post(`/api/dispatches/${done}/accept`, {});
    await staff.post(`/api/dispatches/${done}/done`, {});
    await staff.post(`/api/dispatches/${await order('e2e-reject')}/reject`, { reason: '人手不足' });
    expect((await fx.admin.post('/api/provider-feedback', { key: 'e2e-fb', dispatchId: done, satisfaction: 'very_satisfied', note: '打扫得很干净' })).status).toBe(201);
    // The done order charged: 2 × 45 yuan.
    const elderId = (await fx.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    expect((await fx.admin.post('/api/billing/charges', { key: 'e2e-charge', elderId, providerId: station.id, dispatchId: done, servedAt: new Date().toISOString(), items: [{ code: 'housekeeping_basic', quantity: 2 }] })).status).toBe(201);
    await fx.running.engine.given(statsModule).providerTally.runOnce();

    // A case closed with its return visit: satisfied, with the elder's words.
    await fx.admin.post('/api/forms', { key: 'visit-form', title: '回访', schema: FORM });
    await fx.admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'Home visit' }, category: 'care' });
    await fx.admin.post('/api/service-types/visit/versions', { bpmnXml: chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'visit-form') }]), settings: { priority: 'normal', sla: { unit: 'hours', value: 48 }, channels: ['phone'], startRoles: ['admin'] } });
    await fx.admin.post('/api/service-types/visit/publish', { version: 1 });
    const id = (await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone' })).body.case.id;
    const task = await eventually(async () => (await fx.admin.get<Detail>(`/api/cases/${id}`)).body.tasks.find((t) => t.status === 'created'), 30_000, 'the visit task');
    await fx.admin.post(`/api/tasks/${task.id}/complete`, { variables: { satisfaction: 'satisfied', returnVisitNote: '接线员很耐心' } });
    await eventually(async () => ((await fx.admin.get<Detail>(`/api/cases/${id}`)).body.case.status === 'closed' ? true : undefined), 30_000, 'the case to close');
    browser = await launchChromium(fx.running.config.http.webDist);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given a provider’s day, when the supervisor opens 服务商统计 and exports it, then the figures and the comment show and the Excel holds them', async () => {
    const page = await signIn(browser, fx.running.url, 'duty_lead', 'password-123');
    await page.goto(`${fx.running.url}/reports?tab=providers&from=${today}&to=${today}`);
    await page.getByTestId('provider-kpi-orders').getByText('2').waitFor();
    await page.getByTestId('provider-kpi-rejectionRate').getByText('50.0%').waitFor();
    await page.getByTestId('provider-kpi-satisfiedRate').getByText('100.0%').waitFor();
    await page.getByTestId('provider-kpi-amount').getByText('90.00').waitFor();
    await page.getByTestId('provider-report-comments').getByText('打扫得很干净').waitFor();
    await page.getByTestId('provider-report-rows').getByRole('cell', { name: '山大社区服务站' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('provider-report-export').click()]);
    expect(download.suggestedFilename()).toBe(`服务商统计_${today}_${today}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const values = (r: number) => (book.worksheets[0].getRow(r).values as unknown[]).slice(1, 9).map((v) => String(v ?? ''));
    expect(values(2)).toEqual(['山大社区服务站', '2', '1', '1', '0', '0', '1', '0.5']);
  });

  it('given a rated case, when the supervisor opens 满意度统计, then the agent’s row and the elder’s words show, and 口径 defines the rates', async () => {
    const page = await signIn(browser, fx.running.url, 'duty_lead', 'password-123');
    await page.goto(`${fx.running.url}/reports?tab=satisfaction&from=${today}&to=${today}`);
    await page.getByTestId('satisfaction-kpi-rated').getByText('1').waitFor();
    await page.getByTestId('satisfaction-kpi-satisfiedRate').getByText('100.0%').waitFor();
    await page.getByTestId('satisfaction-report-comments').getByText('接线员很耐心').waitFor();
    await page.getByRole('tab', { name: '指标口径' }).click();
    await page.getByTestId('satisfaction-kpi-definitions').getByText('（非常满意 + 满意）÷ 回访评价数').waitFor();
    await page.getByTestId('provider-kpi-definitions').getByText('拒单量 ÷ 派单量').waitFor();
  });

  it('given this month’s orders, when the supervisor generates this month’s report in 月度报告, then it is archived and its PDF and Excel carry the month’s orders', async () => {
    const month = today.slice(0, 7);
    const page = await signIn(browser, fx.running.url, 'duty_lead', 'password-123');
    await page.goto(`${fx.running.url}/reports?tab=monthly`);
    await page.getByTestId('monthly-month').click();
    await page.getByTestId('monthly-month').fill(month);
    await page.keyboard.press('Enter');
    await page.getByTestId('monthly-generate').click();
    await page.getByText(`${month} 月度报告已生成并归档`).waitFor();
    const row = page.getByTestId('monthly-archive').getByRole('row').filter({ hasText: month });
    await row.getByText('手动生成').waitFor();
    await row.getByText('值班长').waitFor();

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`monthly-pdf-${month}`).click()]);
    expect(pdf.suggestedFilename()).toBe(`热线运行月报_${month}.pdf`);
    const pages = await pdfPages(fs.readFileSync((await pdf.path())!));
    expect(pages[0]).toMatch(/服务派单\s+2\s/);
    expect(pages.join('\n')).toMatch(/山大社区服务站\s+2\s+1\s+1\s+1/);
    expect(pages.join('\n')).toMatch(/服务金额（元，按服务日期）[\s\S]*山大社区服务站\s+90\.00\s/);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`monthly-xlsx-${month}`).click()]);
    expect(xlsx.suggestedFilename()).toBe(`热线运行月报_${month}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
    const overview = book.getWorksheet('总体情况')!;
    const orders = overview.getRows(1, overview.rowCount)!.find((r) => r.getCell(1).value === '服务派单');
    expect(orders?.getCell(2).value).toBe('2');
  });
});
