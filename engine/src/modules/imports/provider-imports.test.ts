import { ApiClient, eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { BAD_CODE, CODES, createProvider, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { ImportRecord } from './entities';
import { writeSheet, XLSX_TYPE } from './sheets';

const PROVIDER_HEADERS = ['机构名称', '统一社会信用代码', '地址', '机构性质', '联系人', '联系电话', '合同开始', '合同结束', '最大并发工单', '服务区域', '服务项目及价格'];
const STAFF_HEADERS = ['姓名', '手机', '技能', '服务区域', '状态'];
const columns = (headers: string[]) => headers.map((header) => ({ header }));

describe.each(testDatabases())('provider and staff imports on $name', ({ create }) => {
  const engine = useTestEngine(create);
  async function importFile(client: ApiClient, path: string, file: Buffer): Promise<ImportRecord> {
    const started = await client.upload<{ import: ImportRecord }>(path, file, XLSX_TYPE);
    if (started.status !== 202) throw new Error(`${started.status} ${JSON.stringify(started.body)}`);
    return eventually(async () => {
      const record = (await client.get<{ import: ImportRecord }>(`/api/imports/${started.body.import.id}`)).body.import;
      return record.status === 'running' ? undefined : record;
    }, 60_000, 'the import');
  }

  beforeAll(async () => seedRegistry(engine.admin));

  it('given providers with a bad credit code and a price in yuan, when imported twice, then one is created once and the bad one is reported', async () => {
    const good = ['安康家政', CODES[0], '文化东路 9 号', '企业', '赵经理', '13905319999', '2026-01-01', '2026-12-31', '20', '370102', 'housekeeping_basic:45.50'];
    const bad = ['坏代码公司', BAD_CODE, '文化东路 10 号', '企业', '钱经理', '13905318888', '2026-01-01', '2026-12-31', '5', '370102', ''];
    const file = await writeSheet('服务商', columns(PROVIDER_HEADERS), [good, bad]);
    const first = await importFile(engine.admin, '/api/imports/providers', file);
    expect(first).toMatchObject({ created: 1, failed: 1 });
    expect(first.problems[0]).toMatchObject({ row: 3, column: '统一社会信用代码' });
    const listed = await engine.admin.get<{ providers: { name: string; items: { code: string; price: number }[] }[] }>(`/api/providers?q=${CODES[0]}`);
    expect(listed.body.providers[0].items).toEqual([{ code: 'housekeeping_basic', price: 4550 }]);
    expect(await importFile(engine.admin, '/api/imports/providers', file)).toMatchObject({ created: 0, unchanged: 1, failed: 1 });
  });

  it('given a staff sheet, when a provider admin imports it for their own provider, then staff are added; for another provider it is refused', async () => {
    const mine = await createProvider(engine.admin, { creditCode: CODES[1], name: '福寿养老服务中心' });
    const other = await createProvider(engine.admin, { creditCode: CODES[2], name: '颐康护理站' });
    const boss = await userOf(engine, 'provider_boss', ['provider_admin'], mine.id);
    const file = await writeSheet('服务人员', columns(STAFF_HEADERS), [
      ['孙阿姨', '13705310001', '', '370102001', '在岗'],
      ['周师傅', '1370531', '', '370102001', '在岗'],
    ]);
    const record = await importFile(boss, `/api/imports/staff?providerId=${mine.id}`, file);
    expect(record).toMatchObject({ created: 1, failed: 1 });
    expect(record.problems[0]).toMatchObject({ row: 3, column: '手机' });
    expect((await boss.upload(`/api/imports/staff?providerId=${other.id}`, file, XLSX_TYPE)).status).toBe(404);
    expect((await boss.upload('/api/imports/staff', file, XLSX_TYPE)).status).toBe(400);
    expect((await engine.admin.get<{ total: number }>(`/api/providers/${other.id}/staff`)).body.total).toBe(0);
  });
});
