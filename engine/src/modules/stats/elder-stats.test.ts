import ExcelJS from 'exceljs';
import type { ElderReportAnswer } from '@careflow/contracts';
import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { JINAN_AREAS, WANG_XIUYING, ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import { localDay } from '../calendar/working-days';
import { ElderEntity } from '../elders/entities';
import { CaseEntity } from '../cases/entities';
import { ageBandOf, areaAt } from './elder-reader';

const FORM = { type: 'object', properties: { note: { type: 'string' } } };

/**
 * The registry as it stands and the period's movements, on the real engine, every figure hand-counted:
 * - 王秀英 (山大社区, 历下区; free, alone, born 1940: 80-89 at the end of 2026), served today;
 * - 张三丰 (燕子山社区, 历下区; no category, empty nest, born 1948: 70-79), served today, twice;
 * - 赵桂芝 (市中区; low-pay, with family, born 1956: 70-79), registered a year ago, never served;
 * - 孙福来 (市中区; paid, alone, born 1936: 90+), marked deceased today;
 * - 钱玉兰 (历下区; free, alone, born 1961: 60-69), marked moved today.
 */
describe.each(testDatabases())('elders figures on $name', ({ create }) => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const today = localDay(new Date(), 'Asia/Shanghai').date;
  let lixia: ApiClient;
  const report = async (query: string, client: ApiClient = engine.admin) => {
    const res = await client.get<ElderReportAnswer>(`/api/reports/elders?from=${today}&to=${today}&${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const row = (answer: ElderReportAnswer, key: string) => answer.rows.find((r) => r.key === key);

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    const elder = async (body: Record<string, unknown>) => {
      const res = await engine.admin.post<{ elder: { id: string } }>('/api/elders', body);
      expect(res.status).toBe(201);
      return res.body.elder.id;
    };
    const someone = (name: string, areaCode: string, birthDate: string, subsidyCategory: string, livingSituation: string) => ({ name, idCard: null, gender: 'female', birthDate, phones: [{ number: '13700000000' }], address: '济南', areaCode, livingSituation, subsidyCategory });
    const wang = await elder(WANG_XIUYING);
    const zhang = await elder(ZHANG_SANFENG);
    const zhao = await elder(someone('赵桂芝', '370103', '1956-03-01', 'low_pay', 'with_family'));
    await engine.running.dataSource.getRepository(ElderEntity).update({ id: zhao }, { createdAt: new Date(Date.now() - 365 * 86_400_000) });
    const sun = await elder(someone('孙福来', '370103', '1936-07-01', 'paid', 'alone'));
    const qian = await elder(someone('钱玉兰', '370102', '1961-12-31', 'free', 'alone'));
    expect((await engine.admin.post(`/api/elders/${sun}/status`, { status: 'deceased', note: '家属告知' })).status).toBe(200);
    expect((await engine.admin.post(`/api/elders/${qian}/status`, { status: 'moved', note: '随子女迁居' })).status).toBe(200);

    await engine.admin.post('/api/forms', { key: 'note-form', title: '记录', schema: FORM });
    await engine.admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'visit' }, category: 'care' });
    await engine.admin.post('/api/service-types/visit/versions', { bpmnXml: chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'note-form', 'hotline', '上门探访') }]), settings: { priority: 'normal', sla: { unit: 'hours', value: 48 }, channels: ['phone'], startRoles: ['admin'] } });
    expect((await engine.admin.post('/api/service-types/visit/publish', { version: 1 })).status).toBe(200);
    for (const elderId of [wang, zhang, zhang]) {
      const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone', elderId });
      expect(res.status).toBe(201);
      opened.push(res.body.case.id);
    }
    // A call about someone not on the registry: a case with no elder serves no one and forms no group.
    const unregistered = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone' });
    expect(unregistered.status).toBe(201);
    opened.push(unregistered.body.case.id);
    // And a case whose elder's file is gone (no foreign key holds it): counted for no one.
    const orphan = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone', elderId: wang });
    expect(orphan.status).toBe(201);
    opened.push(orphan.body.case.id);
    await engine.running.dataSource.getRepository(CaseEntity).update({ id: orphan.body.case.id }, { elderId: '00000000-0000-4000-8000-000000000000' });
    lixia = await loggedIn(engine, 'lixia_lead', ['supervisor'], { areaScope: ['370102'] });
  });

  it('given five elders, when the day is read by subsidy category, then 3 are registered, 2 served (张三丰 once), 4 added, 1 moved and 1 deceased, each in their category', async () => {
    const byCategory = await report('groupBy=category');
    expect(byCategory.total).toEqual({ registered: 3, served: 2, added: 4, moved: 1, deceased: 1, servedRate: 0.6667 });
    expect(row(byCategory, 'free')).toMatchObject({ label: '无偿（政府全额补贴）', registered: 1, served: 1, added: 2, moved: 1, deceased: 0 });
    expect(row(byCategory, 'paid')).toMatchObject({ label: '有偿', registered: 0, added: 1, deceased: 1 });
    expect(row(byCategory, '')).toMatchObject({ label: '（未登记）', registered: 1, served: 1, added: 1 });
    expect(row(byCategory, 'low_pay')).toMatchObject({ registered: 1, served: 0, added: 0 });
  });

  it('given the same elders, when read by age band, living situation and area, then each falls in one group; by area the districts, under 历下区 its streets', async () => {
    const byAge = await report('groupBy=ageBand');
    expect(byAge.rows.map((r) => [r.label, r.registered, r.served, r.deceased, r.moved])).toEqual([
      ['60-69岁', 0, 0, 0, 1],
      ['70-79岁', 2, 1, 0, 0],
      ['80-89岁', 1, 1, 0, 0],
      ['90岁及以上', 0, 0, 1, 0],
    ]);
    const byLiving = await report('groupBy=living');
    expect(row(byLiving, 'alone')).toMatchObject({ label: '独居', registered: 1, served: 1, moved: 1, deceased: 1 });
    const byArea = await report('groupBy=area');
    expect(byArea.rows.map((r) => [r.label, r.registered, r.served, r.added])).toEqual([
      ['历下区', 2, 2, 3],
      ['市中区', 1, 0, 1],
    ]);
    const streets = await report('groupBy=area&areaCode=370102');
    expect(streets.rows.map((r) => [r.key, r.label, r.registered])).toEqual([
      ['/3701/370102/', '历下区', 0],
      ['/3701/370102/370102001/', '文化东路街道', 2],
    ]);
  });

  it('given a supervisor of 历下区, when they read the report, then only 历下区’s elders count; its Excel holds the same figures', async () => {
    expect((await report('groupBy=category', lixia)).total).toEqual({ registered: 2, served: 2, added: 3, moved: 1, deceased: 0, servedRate: 1 });
    const res = await engine.admin.download(`/api/reports/elders.xlsx?from=${today}&to=${today}&groupBy=category`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.file as unknown as ArrayBuffer);
    const rows = (book.worksheets[0].getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => String(v ?? '')));
    expect(rows[0]).toEqual(['补贴类别', '在册老人', '期间服务老人', '服务覆盖率', '新增登记', '迁出', '去世']);
    expect(rows.find((r) => r[0] === '合计')).toEqual(['合计', '3', '2', '0.6667', '4', '1', '1']);
  });

  it('given a period that ends before it starts, or an unknown group, then it is refused', async () => {
    expect((await engine.admin.get(`/api/reports/elders?from=${today}&to=2020-01-01`)).status).toBe(400);
    expect((await engine.admin.get(`/api/reports/elders?from=${today}&to=${today}&groupBy=gender`)).status).toBe(400);
  });

  it('given birth years and area paths, then the bands and levels fold as the report states', () => {
    expect([ageBandOf(1967, 2026), ageBandOf(1966, 2026), ageBandOf(1937, 2026), ageBandOf(1936, 2026)]).toEqual(['under60', 'from60', 'from80', 'from90']);
    expect(areaAt('/3701/370102/370102001/370102001001/', 2)).toBe('/3701/370102/');
    expect(areaAt('/3701/', 2)).toBe('/3701/');
  });
});
