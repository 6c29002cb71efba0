import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { loadEngineConfig } from '../../engine/src/config';
import { eventually } from '../../engine/test/support/api-client';
import { launchChromium, signIn } from '../../engine/test/support/browser';
import { testDatabases } from '../../engine/test/support/databases';
import { useTestEngine } from '../../engine/test/support/test-engine';
import { localDay } from '../../engine/src/modules/calendar/working-days';
import type { Browser } from 'playwright-core';

type Detail = { case: { status: string }; tasks: { id: string; elementId: string; status: string }[] };

/** 统计报表 › 应急响应: a supervisor reads the day's alarms by button and exports them. */
describe('the emergency response report in Chromium', () => {
  const fx = useTestEngine(() => testDatabases()[0].create(), { http: { ...loadEngineConfig({ WEB_DIST: process.env.WEB_DIST }).http, port: 0 } });
  const today = localDay(new Date(), 'Asia/Shanghai').date;
  let browser: Browser;

  beforeAll(async () => {
    await fx.admin.post('/api/users', { username: 'duty_lead', password: 'password-123', displayName: '值班长', roles: ['supervisor'] });
    // An SOS alarm on the shipped 紧急救助, found false on the callback.
    const opened = await fx.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'emergency-rescue', channel: 'alarm', variables: { alarm: { terminalId: null, button: 'SOS', location: null, at: new Date().toISOString() } } });
    const id = opened.body.case.id;
    const task = await eventually(async () => (await fx.admin.get<Detail>(`/api/cases/${id}`)).body.tasks.find((t) => t.elementId === 'confirm-alarm' && t.status === 'created'), 60_000, '确认警情');
    expect((await fx.admin.post(`/api/tasks/${task.id}/complete`, { variables: { alarmOutcome: 'false_alarm', falseAlarmReason: '误碰' } })).status).toBe(200);
    await eventually(async () => ((await fx.admin.get<Detail>(`/api/cases/${id}`)).body.case.status === 'closed' ? true : undefined), 60_000, 'the case to close');
    browser = await launchChromium(fx.running.config.http.webDist);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('given a false alarm today, when the supervisor opens 应急响应 and exports it, then the page and the Excel show one SOS alarm, all false, and 口径 states how it is counted', async () => {
    const page = await signIn(browser, fx.running.url, 'duty_lead', 'password-123');
    await page.goto(`${fx.running.url}/reports?tab=emergency&from=${today}&to=${today}`);
    await page.getByTestId('emergency-kpi-alarms').getByText('1').waitFor();
    await page.getByTestId('emergency-kpi-falseAlarmRate').getByText('100.0%').waitFor();
    await page.getByTestId('emergency-report-rows').getByRole('cell', { name: 'SOS', exact: true }).waitFor();

    await page.getByTestId('emergency-report-outcomes').getByText('数据').click();
    const rows = page.getByTestId('emergency-report-outcomes-table').locator('tbody tr.ant-table-row');
    await expect(rows.allTextContents()).resolves.toEqual(['警情属实0', '误报1', '撤销0']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('emergency-report-export').click()]);
    expect(download.suggestedFilename()).toBe(`应急响应_${today}_${today}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const values = (r: number) => (book.worksheets[0].getRow(r).values as unknown[]).slice(1, 6).map((v) => String(v ?? ''));
    expect(values(1)).toEqual(['按键', '报警数', '误报数', '撤销数', '误报率']);
    expect(values(2)).toEqual(['SOS', '1', '1', '0', '1']);
    expect(values(3)).toEqual(['合计', '1', '1', '0', '1']);

    await page.getByRole('tab', { name: '指标口径' }).click();
    await page.getByTestId('emergency-kpi-definitions').getByText('回拨确认为误报的报警数').waitFor();
  });
});
