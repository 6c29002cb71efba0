import ExcelJS from 'exceljs';
import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { pdfPages } from '../../../test/support/pdf-text';
import { statementWorld } from '../../../test/support/statement-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Listed = { month: string; elders: { id: string; name: string; count: number; amount: number }[]; total: number };
type World = Awaited<ReturnType<typeof statementWorld>>;

describe.each(testDatabases())('收费清单 as PDF, Excel and a list on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let w: World;
  const file = (who: ApiClient, format: 'pdf' | 'xlsx', month = w.month, elderId = w.li) => who.download(`/api/billing/statements/${elderId}/${format}?month=${month}`);
  const textOf = async (who: ApiClient) => (await pdfPages((await file(who, 'pdf')).file)).join('\n');

  beforeAll(async () => {
    w = await statementWorld(engine, 'files');
  });

  it('given two providers’ lines and an adjustment, when the hotline downloads the PDF, then it is a named attachment with the title, the elder, the items and the exact totals', async () => {
    const res = await file(w.clients.supervisor, 'pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`attachment; filename="statement.pdf"; filename*=UTF-8''${encodeURIComponent(`收费清单-李桂兰-${w.month}.pdf`)}`);
    expect(res.file.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(w.clients.supervisor);
    for (const shown of ['养老服务热线 12349', '收费清单', '老人：李桂兰', '补贴类别：低偿', '状态：未月结', '日常保洁', '助餐送餐', '历下颐养家政', '山大助餐点', '调整：少做半小时', '第 1 页 / 共 1 页']) expect(text).toContain(shown);
    expect(text).toMatch(/本月合计 ¥110\.00 ¥55\.00 ¥55\.00 服务 2 次/);
    expect(text).toMatch(/2小时 ¥45\.00 ¥90\.00 ¥45\.00 ¥45\.00/);
    const audit = await engine.admin.get<{ entries: { actorName: string; after: unknown }[] }>(`/api/audit?action=statement.export&entityId=${w.li}`);
    expect(audit.body.entries).toContainEqual(expect.objectContaining({ actorName: 'files_sup', after: { format: 'pdf', month: w.month } }));
  });

  it('given provider A’s user, when they download the PDF, then only A’s lines and A’s totals are in it', async () => {
    const text = await textOf(w.clients.providerA);
    expect(text).toContain('历下颐养家政');
    expect(text).not.toContain('山大助餐点');
    expect(text).not.toContain('助餐送餐');
    expect(text).toMatch(/本月合计 ¥80\.00 ¥40\.00 ¥40\.00 服务 1 次/);
  });

  it('given callers out of scope or a bad month, when they ask for a file, then 404 or 400 and no file', async () => {
    for (const format of ['pdf', 'xlsx'] as const) {
      expect((await file(w.clients.providerB, format)).status).toBe(404);
      expect((await file(w.clients.agentElsewhere, format)).status).toBe(404);
      expect((await file(w.clients.supervisor, format, w.month, '00000000-0000-0000-0000-000000000000')).status).toBe(404);
      const bad = await file(w.clients.supervisor, format, '2026-13');
      expect([bad.status, bad.headers.get('content-type')]).toEqual([400, expect.stringContaining('application/json')]);
    }
  });

  it('given the statement, when downloaded as Excel, then the heading, one row per line with money as yuan numbers, and the totals row', async () => {
    const res = await file(w.clients.agentHere, 'xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(`收费清单-李桂兰-${w.month}.xlsx`));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.file as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('收费清单')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(sheet.getCell('A1').value).toBe('收费清单');
    expect(values(2).slice(0, 3)).toEqual(['老人：李桂兰', '补贴类别：低偿', `月份：${w.month.slice(0, 4)}年${Number(w.month.slice(5))}月`]);
    expect(values(4)).toEqual(['服务日期', '服务项目', '服务商', '数量', '单位', '单价', '金额', '补贴', '自付', '说明']);
    // The correction keeps the corrected line's service date: the two come first, in either order, then the meals.
    expect([values(5).slice(1), values(6).slice(1)]).toEqual(
      expect.arrayContaining([
        ['日常保洁', '历下颐养家政', 2, '小时', 45, 90, 45, 45],
        ['日常保洁', '历下颐养家政', undefined, undefined, undefined, -10, -5, -5, '调整：少做半小时'],
      ]),
    );
    expect(values(7).slice(1)).toEqual(['助餐送餐', '山大助餐点', 2, '份', 15, 30, 15, 15]);
    expect(values(8)).toEqual(['本月合计', '服务 2 次', undefined, undefined, undefined, undefined, 110, 55, 55]);
    expect(sheet.getCell('G5').numFmt).toBe('0.00');
  });

  it('given the month, when each caller lists the statements, then the elders they reach with their services and amount', async () => {
    const listAs = async (who: ApiClient, query = `?month=${w.month}`) => (await who.get<Listed>(`/api/billing/statements${query}`)).body;
    expect(await listAs(w.clients.supervisor)).toEqual({ month: w.month, elders: [{ id: w.li, name: '李桂兰', count: 2, amount: 11000 }], total: 1 });
    expect((await listAs(w.clients.agentHere, '')).elders).toEqual([{ id: w.li, name: '李桂兰', count: 2, amount: 11000 }]);
    expect((await listAs(w.clients.providerA)).elders).toEqual([{ id: w.li, name: '李桂兰', count: 1, amount: 8000 }]);
    expect(await listAs(w.clients.providerB)).toEqual({ month: w.month, elders: [], total: 0 });
    expect((await listAs(w.clients.agentElsewhere)).total).toBe(0);
    expect((await listAs(w.clients.supervisor, '?month=2020-01')).elders).toEqual([]);
    expect((await w.clients.supervisor.get('/api/billing/statements?month=2026-1')).status).toBe(400);
    expect((await w.clients.supervisor.get('/api/billing/statements?pageSize=500')).status).toBe(400);
  });
});
