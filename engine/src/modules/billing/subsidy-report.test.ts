import ExcelJS from 'exceljs';
import { testDatabases } from '../../../test/support/databases';
import { SettlementLine, settlementWorld } from '../../../test/support/settlement-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Figures = { lines: number; elders: number; amount: number; subsidy: number; elderShare: number };
type Report = {
  report: {
    month: string;
    scoped: boolean;
    byArea: (Figures & { areaCode: string; areaName: string; areaPath: string })[];
    byCategory: (Figures & { category: string | null })[];
    byItem: (Figures & { itemCode: string; itemName: string })[];
    totals: Figures;
  };
};
type World = Awaited<ReturnType<typeof settlementWorld>>;
const money = (f: Figures) => [f.amount, f.subsidy, f.elderShare];
const added = (rows: Figures[]) => rows.reduce((s, r) => [s[0] + r.amount, s[1] + r.subsidy, s[2] + r.elderShare, s[3] + r.lines], [0, 0, 0, 0]);

describe.each(testDatabases())('the subsidy report on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let w: World;
  const reportOf = (who = w.users.supervisor) => who.get<Report>(`/api/billing/reports/subsidy?month=${w.lastMonth}`);

  beforeAll(async () => {
    w = await settlementWorld(engine, 'report');
  });

  it('given last month’s lines, when the bureau reads the report, then each breakdown adds up to the grand total, which is the sum of all lines', async () => {
    const res = await reportOf();
    expect(res.status).toBe(200);
    const { byArea, byCategory, byItem, totals } = res.body.report;
    expect(byArea.map((r) => [r.areaCode, r.areaName, r.areaPath, r.elders, r.lines, ...money(r)])).toEqual([
      ['370102001001', '山大社区', '济南市 / 历下区 / 文化东路街道 / 山大社区', 1, 2, 10500, 5250, 5250],
      ['370103', '市中区', '济南市 / 市中区', 1, 2, 19500, 19500, 0],
    ]);
    expect(byCategory.map((r) => [r.category, r.elders, ...money(r)])).toEqual([['free', 1, 19500, 19500, 0], ['low_pay', 1, 10500, 5250, 5250]]);
    expect(byItem.map((r) => [r.itemCode, r.itemName, r.elders, r.lines, ...money(r)])).toEqual([['housekeeping_basic', '日常保洁', 2, 3, 28500, 24000, 4500], ['meal_delivery', '助餐送餐', 1, 1, 1500, 750, 750]]);
    expect(totals).toEqual({ lines: 4, elders: 2, amount: 30000, subsidy: 24750, elderShare: 5250 });
    for (const rows of [byArea, byCategory, byItem]) expect(added(rows)).toEqual([totals.amount, totals.subsidy, totals.elderShare, totals.lines]);
    // The same lines as the providers' settlements.
    const lines: SettlementLine[] = [];
    for (const p of [w.providers.a, w.providers.b]) lines.push(...(await w.users.supervisor.get<{ lines: SettlementLine[] }>(`/api/billing/settlements/${p.id}?month=${w.lastMonth}`)).body.lines);
    expect(added(lines.map((l) => ({ ...l, lines: 1, elders: 0 })))).toEqual([totals.amount, totals.subsidy, totals.elderShare, totals.lines]);
  });

  it('given an agent of 历下区, when they read the report, then only their district’s elders count; a provider’s users may not read it', async () => {
    const { report } = (await reportOf(w.users.agentLixia)).body;
    expect([report.scoped, report.byArea.map((r) => r.areaCode), report.totals]).toEqual([true, ['370102001001'], { lines: 2, elders: 1, amount: 10500, subsidy: 5250, elderShare: 5250 }]);
    expect((await reportOf(w.users.aAdmin)).status).toBe(403);
    expect((await w.users.supervisor.get('/api/billing/reports/subsidy?month=26-1')).status).toBe(400);
  });

  it('given a month without lines, when read, then empty breakdowns and zero totals', async () => {
    const res = await w.users.supervisor.get<Report>('/api/billing/reports/subsidy?month=2020-01');
    expect(res.body.report).toMatchObject({ month: '2020-01', byArea: [], byCategory: [], byItem: [], totals: { lines: 0, elders: 0, amount: 0, subsidy: 0, elderShare: 0 } });
  });

  it('given the report, when exported, then one sheet per breakdown with its rows in yuan and the totals', async () => {
    const res = await w.users.supervisor.download(`/api/billing/reports/subsidy/xlsx?month=${w.lastMonth}`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.file as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['按区域', '按类别', '按项目']);
    const rows = (name: string) => book.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows('按区域')).toEqual([
      ['区域', '区域路径', '老人数', '明细条数', '金额（元）', '补贴（元）', '老人自付（元）'],
      ['山大社区', '济南市 / 历下区 / 文化东路街道 / 山大社区', 1, 2, 105, 52.5, 52.5],
      ['市中区', '济南市 / 市中区', 1, 2, 195, 195, 0],
      ['合计', '', 2, 4, 300, 247.5, 52.5],
    ]);
    expect(rows('按类别')).toEqual([['补贴类别', '老人数', '明细条数', '金额（元）', '补贴（元）', '老人自付（元）'], ['无偿（政府全额补贴）', 1, 2, 195, 195, 0], ['低偿', 1, 2, 105, 52.5, 52.5], ['合计', 2, 4, 300, 247.5, 52.5]]);
    expect(rows('按项目').slice(1)).toEqual([['housekeeping_basic', '日常保洁', 2, 3, 285, 240, 45], ['meal_delivery', '助餐送餐', 1, 1, 15, 7.5, 7.5], ['合计', '', 2, 4, 300, 247.5, 52.5]]);
  });
});
