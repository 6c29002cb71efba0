import ExcelJS from 'exceljs';
import type { CaseReportAnswer, MonthlyReport, MonthlyReportDetail, MonthlyReportList } from '@careflow/contracts';
import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { pdfPages } from '../../../test/support/pdf-text';
import { seedRegistry } from '../../../test/support/provider-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import { addCase } from '../stats/case-sums';
import { NO_CASE_SUMS } from '../stats/case-sums';
import { monthlyReportsModule } from '.';

const LIXIA = '/3701/370102/';
const SHIZHONG = '/3701/370103/';

/** Sheet rows as text, the first cell first. */
async function sheets(file: Buffer): Promise<Map<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  return new Map(book.worksheets.map((s) => [s.name, (s.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))))]));
}

/**
 * September and October 2026 as the case figures hold them (added as the tally adds a closing case),
 * every figure below hand-computed:
 * - September: 4 household-help cases by phone in 历下区, all closed, 2 on time.
 * - October: 10 household-help cases by phone in 历下区 (8 closed, 6 on time, 1 urged) after the
 *   National Day holiday, and 5 consultations by SMS in 市中区 (all closed on time, 4 replied within 3 minutes).
 */
describe.each(testDatabases())('the monthly report on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let lixia: ApiClient;
  let bureau: MonthlyReport;

  const generate = (body: unknown, client: ApiClient = engine.admin) => client.post<MonthlyReport & { error?: { details?: { path: string }[] } }>('/api/reports/monthly', body);
  const detail = async (id: string, client: ApiClient = engine.admin) => {
    const res = await client.get<MonthlyReportDetail>(`/api/reports/monthly/${id}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    lixia = await loggedIn(engine, 'lixia_supervisor', ['supervisor'], { areaScope: ['370102'] });
    await engine.running.dataSource.transaction(async (m) => {
      const place = (day: string, serviceType: string, channel: string, areaPath: string) => ({ day, serviceType, channel, areaPath, agent: '' });
      await addCase(m, place('2026-09-15', 'household-help', 'phone', LIXIA), { ...NO_CASE_SUMS, opened: 4, closed: 4, closedWithDue: 4, closedOnTime: 2, durationSec: 4 * 7200 });
      await addCase(m, place('2026-10-08', 'household-help', 'phone', LIXIA), { ...NO_CASE_SUMS, opened: 10, closed: 8, closedWithDue: 8, closedOnTime: 6, durationSec: 8 * 3600, urged: 1 });
      await addCase(m, place('2026-10-20', 'consultation', 'sms', SHIZHONG), { ...NO_CASE_SUMS, opened: 5, closed: 5, closedWithDue: 5, closedOnTime: 5, durationSec: 5 * 600, replyAsked: 5, replyInTime: 4 });
    });
  });

  it('given October’s figures, when a supervisor generates October’s report, then its cases are the 工单统计 of October with September beside them, and it is archived', async () => {
    const res = await generate({ month: '2026-10' });
    expect(res.status).toBe(201);
    bureau = res.body;
    expect(bureau).toMatchObject({ month: '2026-10', areaCode: null, trigger: 'on_demand', generatedBy: '系统管理员' });

    const { figures } = await detail(bureau.id);
    expect(figures.previousMonth).toBe('2026-09');
    expect(figures.cases.month.total).toMatchObject({ opened: 15, closed: 13, onTimeRate: 0.8462, replyRate: 0.8, urged: 1 });
    expect(figures.cases.previous).toMatchObject({ opened: 4, closed: 4, onTimeRate: 0.5 });
    expect(figures.cases.month.rows.map((r) => [r.key, r.opened])).toEqual([['consultation', 5], ['household-help', 10]]);
    expect(figures.cases.byChannel.map((r) => [r.key, r.closed])).toEqual([['phone', 8], ['sms', 5]]);
    // The same figures as the live report of the month.
    const live = await engine.admin.get<CaseReportAnswer>('/api/reports/cases?from=2026-10-01&to=2026-10-31&groupBy=type');
    expect(JSON.parse(JSON.stringify(figures.cases.month))).toEqual(live.body);
    const october = 'from=2026-10-01&to=2026-10-31';
    const sections: [unknown, string][] = [
      [figures.calls.month, `calls?${october}&groupBy=day`],
      [figures.emergency.month, `emergency?${october}&groupBy=button`],
      [figures.satisfaction.month, `satisfaction?${october}&groupBy=type`],
      [figures.providers.month, `providers?${october}&groupBy=provider`],
    ];
    for (const [section, path] of sections) expect(JSON.parse(JSON.stringify(section))).toEqual((await engine.admin.get(`/api/reports/${path}`)).body);

    const list = await engine.admin.get<MonthlyReportList>('/api/reports/monthly');
    expect(list.body.items.map((r) => r.id)).toContain(bureau.id);
  });

  it('given the archived report, when its PDF and Excel are downloaded, then both print the same figures: 15 cases against 4 (+275.0%), on time 84.6% against 50.0%', async () => {
    const pdf = await engine.admin.download(`/api/reports/monthly/${bureau.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(decodeURIComponent(pdf.headers.get('content-disposition') ?? '')).toContain('热线运行月报_2026-10.pdf');
    const pages = await pdfPages(pdf.file);
    expect(pages[0]).toContain('2026年10月 热线运行月报');
    expect(pages[0]).toContain('统计期间：2026-10-01 至 2026-10-31');
    expect(pages[0]).toMatch(/受理工单\s+15\s+4\s+\+275\.0%/);
    expect(pages[0]).toMatch(/按时办结率\s+84\.6%\s+50\.0%\s+\+34\.6个百分点/);
    expect(pages[0]).toMatch(/接通率\s+—\s+—\s+—/);
    const all = pages.join('\n');
    for (const heading of ['二、话务情况', '三、工单办理', '四、应急响应', '五、满意度', '六、服务商', '七、老人服务']) expect(all).toContain(heading);
    expect(all).toMatch(/家政便民\s+10\s+8\s+0\s+75\.0%/);
    expect(pages.length).toBeLessThanOrEqual(4);
    pages.forEach((text, i) => expect(text).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`));

    const xlsx = await engine.admin.download(`/api/reports/monthly/${bureau.id}/xlsx`);
    expect(xlsx.status).toBe(200);
    const book = await sheets(xlsx.file);
    expect([...book.keys()]).toEqual(['总体情况', '话务统计', '话务时段', '工单统计', '工单渠道', '应急响应', '满意度统计', '服务商统计', '老人统计']);
    expect(book.get('总体情况')?.find((r) => r[0] === '受理工单')).toEqual(['受理工单', '15', '4', '+275.0%']);
    expect(book.get('总体情况')?.find((r) => r[0] === '按时办结率')).toEqual(['按时办结率', '84.6%', '50.0%', '+34.6个百分点']);
    expect(book.get('工单统计')?.find((r) => r[0] === '合计')?.slice(1, 5)).toEqual(['15', '13', '0', '0.8462']);
    expect(book.get('工单渠道')?.find((r) => r[0] === '短信')?.slice(1, 3)).toEqual(['5', '5']);
  });

  it('given a supervisor of 历下区, when they generate, then they must name an area within their scope, see only its reports, and its figures are 历下区’s', async () => {
    const bare = await generate({ month: '2026-10' }, lixia);
    expect(bare.status).toBe(400);
    expect(bare.body.error?.details?.[0].path).toBe('areaCode');
    expect((await generate({ month: '2026-10', areaCode: '370103' }, lixia)).status).toBe(400);

    const own = await generate({ month: '2026-10', areaCode: '370102' }, lixia);
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ areaCode: '370102', areaName: '历下区', generatedBy: 'lixia_supervisor' });
    const { figures } = await detail(own.body.id, lixia);
    expect(figures.cases.month.total).toMatchObject({ opened: 10, closed: 8, onTimeRate: 0.75 });
    expect(figures.cases.previous.opened).toBe(4);

    const list = await lixia.get<MonthlyReportList>('/api/reports/monthly');
    expect(list.body.items.map((r) => r.id)).toEqual([own.body.id]);
    expect((await lixia.get(`/api/reports/monthly/${bureau.id}`)).status).toBe(404);
    expect((await lixia.download(`/api/reports/monthly/${bureau.id}/pdf`)).status).toBe(404);
    const pdf = await pdfPages((await lixia.download(`/api/reports/monthly/${own.body.id}/pdf`)).file);
    expect(pdf[0]).toContain('2026年10月 历下区 热线运行月报');
  });

  it('given a month not begun, a malformed month or a stray field, when a report is asked for, then it is refused and nothing is archived', async () => {
    const before = (await engine.admin.get<MonthlyReportList>('/api/reports/monthly')).body.items.length;
    expect((await generate({ month: '2099-01' })).status).toBe(400);
    expect((await generate({ month: '2026-13' })).status).toBe(400);
    expect((await generate({ month: '2026-10', note: 'x' })).status).toBe(400);
    expect((await generate({ month: '2026-10', areaCode: 'nowhere' })).status).toBe(400);
    expect((await engine.admin.get(`/api/reports/monthly/no-such-report`)).status).toBe(404);
    expect((await engine.admin.get<MonthlyReportList>('/api/reports/monthly')).body.items).toHaveLength(before);
  });

  it('given the 1st of November in the bureau’s zone, when the schedule passes twice, then October’s bureau report is made once, by nobody', async () => {
    const schedule = engine.running.engine.given(monthlyReportsModule).schedule;
    const first = new Date('2026-10-31T16:30:00Z'); // 00:30 on 1 November in Shanghai
    expect(await schedule.runOnce(first)).toBe(1);
    expect(await schedule.runOnce(new Date(first.getTime() + 3600_000))).toBe(0);
    const { items } = (await engine.admin.get<MonthlyReportList>('/api/reports/monthly')).body;
    const scheduled = items.filter((r) => r.trigger === 'scheduled');
    expect(scheduled).toEqual([expect.objectContaining({ id: 'scheduled-2026-10', month: '2026-10', areaCode: null, generatedBy: null })]);
    expect((await detail('scheduled-2026-10')).figures.cases.month.total.opened).toBe(15);
    const pdf = await pdfPages((await engine.admin.download('/api/reports/monthly/scheduled-2026-10/pdf')).file);
    expect(pdf[0]).toContain('每月1日自动生成');
  });
});
