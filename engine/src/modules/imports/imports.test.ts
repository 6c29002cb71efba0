import { ApiClient, eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { JINAN_AREAS } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { ImportRecord } from './entities';
import { ELDER_COLUMNS } from './kinds/elders';
import { readSheet, writeSheet, XLSX_TYPE } from './sheets';

type ErrorBody = { error: { code: string; details?: { path: string; message: string }[] } };

const header = ELDER_COLUMNS.map((c) => c.header);
/** A row of the elder template from the named cells. */
const row = (cells: Record<string, string>) => header.map((h) => cells[h] ?? '');
const GOOD_1 = { 姓名: '王秀英', 身份证号: '370102194001010025', 电话: '0531-88001234', 地址: '山大南路 27 号', 区域编码: '370102001001', 居住情况: '独居', 紧急联系人1姓名: '刘建国', 紧急联系人1关系: '儿子', 紧急联系人1电话: '13905310001', 终端类型: '呼叫器（一键通）', 设备编号: 'PD-9001' };
const GOOD_2 = { 姓名: '张三丰', 身份证号: '370102194805061215', 电话: '13800531234', 地址: '燕子山路 5 号', 区域编码: '370102001002', 自理能力: 'dependent' };
const BAD_CHECKSUM = { 姓名: '李四', 身份证号: '370102194805061216', 地址: '文化东路 1 号', 区域编码: '370102001001', 电话: '13800000001' };
const BAD_TWICE = { 姓名: '赵五', 身份证号: '370102195208170039', 地址: '文化东路 2 号', 区域编码: '999999', 电话: '12345' };
const BAD_RELATION = { 姓名: '钱六', 身份证号: '11010519491231002X', 地址: '文化东路 3 号', 区域编码: '370102001001', 紧急联系人1姓名: '某人', 紧急联系人1关系: '远房表叔', 紧急联系人1电话: '13800000002' };

describe.each(testDatabases())('Excel import and export on $name', ({ create }) => {
  const engine = useTestEngine(create);
  let agent: ApiClient;
  let analyst: ApiClient;
  const sheet = (rows: Record<string, string>[]) => writeSheet('老人档案', ELDER_COLUMNS, rows.map(row));
  async function importFile(file: Buffer, kind = 'elders', client = engine.admin): Promise<ImportRecord> {
    const started = await client.upload<{ import: ImportRecord }>(`/api/imports/${kind}`, file, XLSX_TYPE);
    expect(started.status).toBe(202);
    return eventually(async () => {
      const record = (await client.get<{ import: ImportRecord }>(`/api/imports/${started.body.import.id}`)).body.import;
      return record.status === 'running' ? undefined : record;
    }, 60_000, 'the import to finish');
  }
  const elderCount = async () => (await engine.admin.get<{ total: number }>('/api/elders')).body.total;

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    for (const [username, roles] of [['agent_x', ['agent']], ['analyst_x', ['analyst']]] as const) {
      await engine.admin.post('/api/users', { username, password: 'password-123', displayName: username, roles });
    }
    agent = new ApiClient(engine.running.url);
    await agent.login('agent_x', 'password-123');
    analyst = new ApiClient(engine.running.url);
    await analyst.login('analyst_x', 'password-123');
  });

  it('given a sheet with good and bad rows, when imported, then good rows are filed, bad rows are reported by row and column, and nothing of them is written', async () => {
    const record = await importFile(await sheet([GOOD_1, BAD_CHECKSUM, GOOD_2, BAD_TWICE, BAD_RELATION]));
    expect(record).toMatchObject({ status: 'done', total: 5, processed: 5, created: 2, updated: 0, unchanged: 0, failed: 3 });
    expect(record.problems.map((p) => [p.row, p.column]).sort()).toEqual([[3, '身份证号'], [5, '区域编码'], [5, '电话'], [6, '紧急联系人1关系']]);
    expect(await elderCount()).toBe(2);
    expect((await agent.get<{ matches: unknown[] }>('/api/elders/lookup?phone=13800000001')).body.matches).toEqual([]);
    const wang = (await agent.get<{ matches: { elder: { id: string } }[] }>('/api/elders/lookup?deviceId=PD-9001')).body.matches[0].elder.id;
    const file = (await agent.get<{ elder: { livingSituation: string; relatives: { relation: string }[] } }>(`/api/elders/${wang}`)).body.elder;
    expect([file.livingSituation, file.relatives[0].relation]).toEqual(['alone', 'son']); // labels became dictionary codes
  });

  it('given the same file again, then nothing changes; a changed row updates just that file', async () => {
    const updatesBefore = (await engine.admin.get<{ total: number }>('/api/audit?action=elder.update')).body.total;
    expect(await importFile(await sheet([GOOD_1, BAD_CHECKSUM, GOOD_2]))).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 1 });
    expect((await engine.admin.get<{ total: number }>('/api/audit?action=elder.update')).body.total).toBe(updatesBefore);
    expect(await importFile(await sheet([{ ...GOOD_2, 地址: '燕子山路 7 号' }]))).toMatchObject({ updated: 1, unchanged: 0 });
  });

  it('given an export by an admin, when imported again, then nothing changes; an analyst’s export is masked', async () => {
    const exported = await engine.admin.download('/api/exports/elders');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain(XLSX_TYPE);
    expect(await importFile(exported.file)).toMatchObject({ total: 2, unchanged: 2, failed: 0 });
    const masked = await readSheet((await analyst.download('/api/exports/elders')).file);
    expect(masked.headers).not.toContain('身份证号');
    expect(masked.rows.map((r) => r.cells['电话']).sort()).toEqual(['0531-****1234', '138****1234']);
    expect((await engine.admin.get<{ total: number }>('/api/audit?action=elder.export')).body.total).toBe(1);
  });

  it('given the areas, when exported, then the sheet lists each with its code, name, level and parent', async () => {
    const exported = await engine.admin.download('/api/exports/areas');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('xlsx');
    const parsed = await readSheet(exported.file);
    expect(parsed.headers).toEqual(['区域编码', '名称', '级别', '上级编码']);
    const community = JINAN_AREAS.find((a) => a.code === '370102001001')!;
    expect(parsed.rows.map((r) => r.cells).find((c) => c['区域编码'] === community.code)).toEqual({ 区域编码: community.code, 名称: community.name, 级别: '社区', 上级编码: community.parentCode });
  });

  it('given the template, when downloaded, then it has the columns with required ones marked and a hint row the import skips', async () => {
    const template = await engine.admin.download('/api/imports/templates/elders');
    const parsed = await readSheet(template.file);
    expect(parsed.headers).toEqual(header);
    expect(parsed.rows).toHaveLength(1); // the example row; the hint row is skipped
  });

  it('given bad uploads, when sent, then each is refused whole and nothing is imported', async () => {
    const before = await elderCount();
    expect((await engine.admin.upload<ErrorBody>('/api/imports/elders', Buffer.from('not a workbook'), XLSX_TYPE)).status).toBe(400);
    expect((await engine.admin.upload('/api/imports/elders', await sheet([GOOD_1]), 'text/csv')).status).toBe(415);
    const missing = await engine.admin.upload<ErrorBody>('/api/imports/elders', await writeSheet('x', [{ header: '姓名' }, { header: '爱好' }], [['王']]), XLSX_TYPE);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details?.map((d) => d.path)).toEqual(expect.arrayContaining(['身份证号', '地址', '区域编码', '爱好']));
    expect((await agent.upload('/api/imports/elders', await sheet([GOOD_1]), XLSX_TYPE)).status).toBe(403);
    expect((await engine.admin.upload('/api/imports/nothing', await sheet([GOOD_1]), XLSX_TYPE)).status).toBe(404);
    expect(await elderCount()).toBe(before);
  });

  it('given an area sheet with children first, when imported, then parents are made first; a moved area is refused', async () => {
    const areas = await writeSheet('区域', ['区域编码', '名称', '级别', '上级编码'].map((h) => ({ header: h })), [
      ['370104001001', '道德街社区', '社区', '370104001'],
      ['370104001', '道德街街道', '街道', '370104'],
      ['370104', '槐荫区', '区县', '3701'],
      ['370102', '历下区', '区县', '3702'],
    ]);
    const record = await importFile(areas, 'areas');
    expect(record).toMatchObject({ created: 3, failed: 1 });
    expect(record.problems).toEqual([expect.objectContaining({ row: 5, column: '上级编码' })]);
    expect(await importFile(areas, 'areas')).toMatchObject({ created: 0, unchanged: 3, failed: 1 });
  });
});
