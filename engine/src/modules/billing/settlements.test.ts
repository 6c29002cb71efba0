import ExcelJS from 'exceljs';
import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { SettlementLine, SettlementRow, settlementWorld } from '../../../test/support/settlement-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { ChargeLineEntity } from './entities';
import { SettlementFiguresEntity } from './settlement-entity';
import { sumFigures } from './settlement-figures';

type List = { month: string; closed: boolean; scoped: boolean; settlements: SettlementRow[]; totals: Record<string, number>; error?: { message: string } };
type Detail = { month: string; closed: boolean; settlement: SettlementRow; lines: SettlementLine[]; page: number; pageSize: number; total: number };
type World = Awaited<ReturnType<typeof settlementWorld>>;
const sum = (lines: SettlementLine[], key: 'amount' | 'subsidy' | 'elderShare') => lines.reduce((s, l) => s + l[key], 0);
const figures = (r: SettlementRow) => [r.providerName, r.orders, r.lines, r.amount, r.subsidy, r.elderShare, r.adjustments];

describe.each(testDatabases())('provider settlements on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let w: World;
  const list = (who: ApiClient, month = w.lastMonth) => who.get<List>(`/api/billing/settlements?month=${month}`);
  const detail = (who: ApiClient, providerId: string, month = w.lastMonth) => who.get<Detail>(`/api/billing/settlements/${providerId}?month=${month}`);
  const confirm = (who: ApiClient, providerId: string, body: unknown = { signatureName: '张经理' }) => who.post<{ settlement: SettlementRow; error?: { message: string } }>(`/api/billing/settlements/${providerId}/${w.lastMonth}/confirm`, body);

  beforeAll(async () => {
    w = await settlementWorld(engine);
  });

  it('given last month’s lines of two providers, when the bureau lists the settlements, then each row’s figures are exactly its lines’ sums in fen', async () => {
    const res = await list(w.users.supervisor);
    expect([res.status, res.body.closed, res.body.scoped]).toEqual([200, false, false]);
    expect(res.body.settlements.map(figures)).toEqual([
      ['历下颐养家政', 2, 3, 15000, 9750, 5250, 0],
      ['市中安康家政', 1, 1, 15000, 15000, 0, 0],
    ]);
    expect(res.body.totals).toEqual({ orders: 3, lines: 4, amount: 30000, subsidy: 24750, elderShare: 5250, adjustments: 0 });
    for (const row of res.body.settlements) {
      const { body } = await detail(w.users.supervisor, row.providerId);
      expect([body.lines.length, sum(body.lines, 'amount'), sum(body.lines, 'subsidy'), sum(body.lines, 'elderShare')]).toEqual([row.lines, row.amount, row.subsidy, row.elderShare]);
      expect(body.settlement).toEqual(row);
    }
    const a = (await detail(w.users.supervisor, w.providers.a.id)).body.lines;
    expect(a.map((l) => [l.elderName, l.itemCode, l.amount])).toEqual(expect.arrayContaining([['李桂兰', 'housekeeping_basic', 9000], ['李桂兰', 'meal_delivery', 1500], ['赵德胜', 'housekeeping_basic', 4500]]));
  });

  it('given provider A’s users, when they read settlements, then only A’s row; B’s settlement and export are not found to them', async () => {
    expect((await list(w.users.aStaff)).body.settlements.map(figures)).toEqual([['历下颐养家政', 2, 3, 15000, 9750, 5250, 0]]);
    expect((await list(w.users.bAdmin)).body.settlements.map((r) => r.providerName)).toEqual(['市中安康家政']);
    expect((await detail(w.users.aAdmin, w.providers.b.id)).status).toBe(404);
    expect((await w.users.aAdmin.download(`/api/billing/settlements/${w.providers.b.id}/xlsx?month=${w.lastMonth}`)).status).toBe(404);
    expect((await detail(w.users.aAdmin, w.providers.a.id)).body.lines).toHaveLength(3);
  });

  it('given A’s three lines, when the bureau reads them two to a page, then the pages hold them in the order served, once each, with the total; a bad page is a 400', async () => {
    const all = (await detail(w.users.supervisor, w.providers.a.id)).body;
    const page = (n: number) => w.users.supervisor.get<Detail>(`/api/billing/settlements/${w.providers.a.id}?month=${w.lastMonth}&page=${n}&pageSize=2`);
    const [first, second, third] = [(await page(1)).body, (await page(2)).body, (await page(3)).body];
    expect([first.page, first.pageSize, first.total, first.lines.length, second.lines.length, third.lines.length]).toEqual([1, 2, 3, 2, 1, 0]);
    expect([...first.lines, ...second.lines].map((l) => l.id)).toEqual(all.lines.map((l) => l.id));
    expect(first.settlement).toEqual(all.settlement);
    expect((await w.users.supervisor.get(`/api/billing/settlements/${w.providers.a.id}?pageSize=500`)).status).toBe(400);
    expect((await w.users.supervisor.get(`/api/billing/settlements/${w.providers.a.id}?page=0`)).status).toBe(400);
  });

  it('given agents limited to one district, when they list the settlements, then only the lines of elders in their district count', async () => {
    const shizhong = (await list(w.users.agentShizhong)).body;
    expect([shizhong.scoped, shizhong.settlements.map(figures)]).toEqual([true, [['历下颐养家政', 1, 1, 4500, 4500, 0, 0], ['市中安康家政', 1, 1, 15000, 15000, 0, 0]]]);
    expect((await list(w.users.agentLixia)).body.settlements.map(figures)).toEqual([['历下颐养家政', 1, 2, 10500, 5250, 5250, 0]]);
    expect((await detail(w.users.agentLixia, w.providers.a.id)).body.lines.map((l) => l.elderName)).toEqual(['李桂兰', '李桂兰']);
    expect((await w.users.supervisor.get('/api/billing/settlements?month=2026-13')).status).toBe(400);
  });

  it('given an open month, when A’s admin confirms, then 409 saying the month is not closed, and nothing is confirmed', async () => {
    const res = await confirm(w.users.aAdmin, w.providers.a.id);
    expect([res.status, res.body.error?.message]).toEqual([409, expect.stringMatching(/not closed/)]);
    expect((await list(w.users.supervisor)).body.settlements.map((r) => r.confirmation)).toEqual([null, null]);
  });

  it('given the closed month, when others try and then A’s admin confirms with a signature, then only A’s admin may, once, and it is audited', async () => {
    expect((await engine.admin.post(`/api/billing/months/${w.lastMonth}/close`)).status).toBe(200);
    expect((await confirm(w.users.aStaff, w.providers.a.id)).status).toBe(403);
    expect((await confirm(engine.admin, w.providers.a.id)).status).toBe(403);
    expect((await confirm(w.users.bAdmin, w.providers.a.id)).status).toBe(404);
    expect((await confirm(w.users.aAdmin, w.providers.a.id, { signatureName: '  ' })).status).toBe(400);
    expect((await confirm(w.users.aAdmin, w.providers.a.id, { signatureName: '张经理', extra: 1 })).status).toBe(400);
    expect((await list(w.users.supervisor)).body.settlements.map((r) => r.confirmation)).toEqual([null, null]);

    const done = await confirm(w.users.aAdmin, w.providers.a.id, { signatureName: ' 张经理 ' });
    expect(done.status).toBe(200);
    expect(figures(done.body.settlement)).toEqual(['历下颐养家政', 2, 3, 15000, 9750, 5250, 0]);
    expect(done.body.settlement.confirmation).toMatchObject({ signatureName: '张经理', confirmedByName: 'settle_a_admin' });
    const again = await confirm(w.users.aAdmin, w.providers.a.id, { signatureName: '李会计' });
    expect([again.status, again.body.error?.message]).toEqual([409, expect.stringMatching(/already confirmed/)]);
    expect((await list(w.users.supervisor)).body.settlements.map((r) => r.confirmation?.signatureName ?? null)).toEqual(['张经理', null]);
    const audit = (await engine.admin.get<{ entries: { actorName: string; entityId: string; after: Record<string, unknown> }[] }>('/api/audit?action=settlement.confirm')).body.entries;
    expect(audit.map((e) => [e.actorName, e.entityId, e.after.signatureName, e.after.amount, e.after.subsidy])).toEqual([['settle_a_admin', `${w.providers.a.id}:${w.lastMonth}`, '张经理', 15000, 9750]]);
  });

  it('given the confirmed month, when a late charge and an adjustment of its line come, then both land in this month and the confirmed settlement is unchanged', async () => {
    const before = (await detail(w.users.supervisor, w.providers.a.id)).body;
    const late = await engine.admin.post<{ charge: { month: string } }>('/api/billing/charges', { key: 'late', elderId: w.elders.li, providerId: w.providers.a.id, servedAt: `${w.lastMonth}-20T10:00:00+08:00`, items: [{ code: 'meal_delivery', quantity: 2 }] });
    expect([late.status, late.body.charge.month]).toEqual([201, w.current]);
    const line = before.lines.find((l) => l.itemCode === 'housekeeping_basic' && l.elderName === '李桂兰')!;
    expect((await w.users.supervisor.post('/api/billing/adjustments', { lineId: line.id, amount: -4500, subsidy: -2250, reason: '实际服务 1 小时' })).status).toBe(201);
    expect((await detail(w.users.supervisor, w.providers.a.id)).body).toEqual(before);
    const now = (await list(w.users.supervisor, w.current)).body.settlements;
    expect(now.map(figures)).toEqual([['历下颐养家政', 1, 2, 3000 - 4500, 1500 - 2250, 1500 - 2250, -4500]]);
  });

  it('given the closed month, when its settlements are read, then they are the figures stored at the close, equal to the live sum of its lines, and a line slipped in behind the API does not move them', async () => {
    const dataSource = engine.running.dataSource;
    const stored = await dataSource.getRepository(SettlementFiguresEntity).findBy({ month: w.lastMonth });
    expect(stored).toHaveLength(2);
    expect(new Map(stored.map(({ providerId, month: _month, ...f }) => [providerId, f]))).toEqual(await sumFigures(dataSource, w.lastMonth, null));
    const before = (await list(w.users.supervisor)).body;
    expect([before.closed, before.settlements.map(figures)]).toEqual([true, [['历下颐养家政', 2, 3, 15000, 9750, 5250, 0], ['市中安康家政', 1, 1, 15000, 15000, 0, 0]]]);
    // The API books nothing into a closed month; a row written past it shows what is read back.
    const lines = dataSource.getRepository(ChargeLineEntity);
    const line = await lines.findOneByOrFail({ month: w.lastMonth, providerId: w.providers.b.id });
    await lines.insert({ ...line, id: 'slipped-in', lineKey: 'slipped-in:0', chargeKey: 'slipped-in' });
    try {
      expect((await list(w.users.supervisor)).body).toEqual(before);
      expect((await list(w.users.bAdmin)).body.settlements.map(figures)).toEqual([['市中安康家政', 1, 1, 15000, 15000, 0, 0]]);
      expect(figures((await detail(w.users.bAdmin, w.providers.b.id)).body.settlement)).toEqual(['市中安康家政', 1, 1, 15000, 15000, 0, 0]);
      // An area-scoped reader's figures cover only some elders' lines: those are still summed when read.
      expect((await list(w.users.agentShizhong)).body.settlements.map(figures)).toContainEqual(['市中安康家政', 1, 2, 30000, 30000, 0, 0]);
    } finally {
      await lines.delete({ id: 'slipped-in' });
    }
  });

  it('given A’s confirmed settlement, when exported, then the workbook holds its summary and its lines with the totals in yuan', async () => {
    const res = await w.users.aAdmin.download(`/api/billing/settlements/${w.providers.a.id}/xlsx?month=${w.lastMonth}`);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.file as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['结算汇总', '结算明细']);
    const head = book.getWorksheet('结算汇总')!;
    const value = (label: string) => head.getColumn(1).values.indexOf(label);
    expect(['服务商', '结算月份', '月结状态', '订单数', '明细条数', '金额（元）', '补贴（元）', '老人自付（元）', '确认状态', '签字人'].map((l) => head.getCell(value(l), 2).value)).toEqual(['历下颐养家政', w.lastMonth, '已月结', 2, 3, 150, 97.5, 52.5, '已确认', '张经理']);
    const lines = book.getWorksheet('结算明细')!;
    expect(lines.getRow(1).values).toEqual([undefined, '服务日期', '老人', '服务项目', '数量', '单位', '单价（元）', '金额（元）', '补贴（元）', '老人自付（元）', '类型', '调整说明']);
    expect(lines.rowCount).toBe(1 + 3 + 1);
    expect(lines.getRow(5).values).toEqual([undefined, '合计', '', '', '', '', '', 150, 97.5, 52.5, '', '']);
    const rows = [2, 3, 4].map((r) => lines.getRow(r).values as unknown[]);
    expect(rows.map((r) => [r[1], r[2], r[7]])).toEqual(expect.arrayContaining([[`${w.lastMonth}-15`, '李桂兰', 90], [`${w.lastMonth}-15`, '李桂兰', 15], [`${w.lastMonth}-15`, '赵德胜', 45]]));
  });
});
