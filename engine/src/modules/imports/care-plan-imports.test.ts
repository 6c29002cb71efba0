import { ApiClient, eventually } from '../../../test/support/api-client';
import { CARE_CONFIG, careWorld, PlanView } from '../../../test/support/care-plan-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import { ImportRecord } from './entities';
import { CARE_PLAN_COLUMNS } from './kinds/care-plans';
import { readSheet, writeSheet, XLSX_TYPE } from './sheets';

const header = CARE_PLAN_COLUMNS.map((c) => c.header);
const row = (cells: Record<string, string>) => header.map((h) => cells[h] ?? '');
const WANG = { 姓名: '王秀英', 身份证号: '370102194001010025' };
const ZHANG = { 身份证号: ZHANG_SANFENG.idCard };
const ROBOT_MWF = { ...WANG, 关怀类型: '关怀电话', 关怀方式: '机器人外呼', 周期: '每周', 周期值: '一、三、五', 开始日期: '2027-03-01' };
const WATER_BILL = { ...WANG, 关怀类型: '缴费预约提醒', 关怀方式: '坐席外呼', 周期: '每月', 周期值: '15', 时段开始: '9:30', 时段结束: '10:30', 节假日: '跳过', 事项: '水费', 播报内容: '{称呼}您好，请记得缴纳{事项}。' };
const BIRTHDAY = { ...ZHANG, 关怀类型: '生日祝福', 关怀方式: '机器人外呼', 周期: '生日' };
/** The create route's own check: a visit is a home visit's channel only. */
const VISIT_CALL = { ...WANG, 关怀类型: '关怀电话', 关怀方式: '上门探视', 周期: '每N天', 周期值: '7' };
const NOBODY_BACKWARDS = { 身份证号: '11010519491231002X', 关怀类型: '用药提醒', 关怀方式: '机器人外呼', 周期: '每周', 周期值: '二', 时段开始: '10:00', 时段结束: '9:00' };

/** 关怀计划 in bulk from Excel: the care-plans kind of the registry imports, and its export. */
describe.each(testDatabases())('care plan import and export on $name', ({ create }) => {
  // No case opens (the opener makes no pass of its own here), but should one, it is canceled while the engine is up.
  afterAll(async () => world.cancelRunning());
  const engine = useTestEngine(create, { care: CARE_CONFIG });
  const world = careWorld(engine);
  let wangId: string;
  let zhangId: string;
  const sheet = (rows: Record<string, string>[]) => writeSheet('关怀计划', CARE_PLAN_COLUMNS, rows.map(row));
  const audits = async (action: string) => (await engine.admin.get<{ total: number }>(`/api/audit?action=${action}`)).body.total;
  async function importFile(file: Buffer, client: ApiClient = engine.admin): Promise<ImportRecord> {
    const started = await client.upload<{ import: ImportRecord }>('/api/imports/care-plans', file, XLSX_TYPE);
    if (started.status !== 202) throw new Error(`${started.status} ${JSON.stringify(started.body)}`);
    return eventually(async () => {
      const record = (await client.get<{ import: ImportRecord }>(`/api/imports/${started.body.import.id}`)).body.import;
      return record.status === 'running' ? undefined : record;
    }, 60_000, 'the import to finish');
  }
  const shape = (plans: PlanView[]) => plans.map((p) => p.schedule).sort((a, b) => String(a.kind).localeCompare(String(b.kind)));

  beforeAll(async () => {
    wangId = await world.setUp();
    zhangId = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', ZHANG_SANFENG)).body.elder.id;
  });

  it('given 3 good rows and 2 bad ones, when an admin imports them, then 3 plans are made and each problem names its column; nothing of a bad row is written', async () => {
    const record = await importFile(await sheet([ROBOT_MWF, WATER_BILL, BIRTHDAY, VISIT_CALL, NOBODY_BACKWARDS]));
    expect(record).toMatchObject({ status: 'done', total: 5, created: 3, updated: 0, unchanged: 0, failed: 2 });
    expect(record.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, '关怀方式', 'care_visit_channel'],
      [6, '身份证号', 'unknown_elder'],
      [6, '时段结束', undefined],
    ]);
    const wang = await world.plansOf(wangId);
    expect(shape(wang)).toEqual([{ kind: 'monthly', day: 15 }, { kind: 'weekly', weekdays: [1, 3, 5] }]);
    expect(wang.find((p) => p.schedule.kind === 'monthly')).toMatchObject({ kind: 'reminder', channel: 'agent', windowFrom: '09:30', windowTo: '10:30', holidays: 'skip', subject: '水费', owner: { kind: 'group', group: 'hotline' } });
    expect(wang.find((p) => p.schedule.kind === 'weekly')).toMatchObject({ kind: 'care_call', channel: 'robot', startsOn: '2027-03-01', windowFrom: '09:00', holidays: 'shift' });
    expect(await world.plansOf(zhangId)).toMatchObject([{ kind: 'birthday', channel: 'robot', schedule: { kind: 'birthday' } }]);
  });

  it('given the same file again, then every row is unchanged and nothing is written; a changed window changes just that plan', async () => {
    const [creates, updates] = [await audits('care_plan.create'), await audits('care_plan.update')];
    expect(await importFile(await sheet([ROBOT_MWF, WATER_BILL, BIRTHDAY, VISIT_CALL, NOBODY_BACKWARDS]))).toMatchObject({ created: 0, updated: 0, unchanged: 3, failed: 2 });
    // The weekdays in another order and without a first day name the same plan.
    expect(await importFile(await sheet([{ ...ROBOT_MWF, 周期值: '周五、周一、周三', 开始日期: '' }]))).toMatchObject({ unchanged: 1 });
    expect([await audits('care_plan.create'), await audits('care_plan.update')]).toEqual([creates, updates]);
    expect(await importFile(await sheet([{ ...ROBOT_MWF, 时段开始: '10:00' }]))).toMatchObject({ updated: 1, created: 0 });
    expect((await world.plansOf(wangId)).find((p) => p.schedule.kind === 'weekly')).toMatchObject({ windowFrom: '10:00', startsOn: '2027-03-01' });
    expect(await audits('care_plan.update')).toBe(updates + 1);
  });

  it('given an export, when imported again, then nothing changes; its cells read as the template’s labels', async () => {
    const exported = await engine.admin.download('/api/exports/care-plans');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain(XLSX_TYPE);
    const parsed = await readSheet(exported.file);
    expect(parsed.headers).toEqual(header);
    expect(parsed.rows.map((r) => [r.cells['姓名'], r.cells['关怀类型'], r.cells['关怀方式'], r.cells['周期'], r.cells['周期值'], r.cells['节假日'], r.cells['负责方']])).toEqual([
      ['张三丰', '生日祝福', '机器人外呼', '生日', '', '顺延', 'hotline'],
      ['王秀英', '关怀电话', '机器人外呼', '每周', '一、三、五', '顺延', 'hotline'],
      ['王秀英', '缴费/预约提醒', '坐席外呼', '每月', '15', '跳过', 'hotline'],
    ]);
    expect(await importFile(exported.file)).toMatchObject({ total: 3, unchanged: 3, created: 0, updated: 0, failed: 0 });
    expect(await audits('care_plan.export')).toBe(1);
  });

  it('given an agent of 山大社区, when they import plans of 王秀英 and of 张三丰 (燕子山社区), then only hers is made; an analyst may not import', async () => {
    const agent = await loggedIn(engine, 'care_import_agent', ['agent'], { areaScope: ['370102001001'] });
    const record = await importFile(await sheet([{ ...WANG, 关怀类型: '用药提醒', 关怀方式: '机器人外呼', 周期: '每N天', 周期值: '3' }, { ...BIRTHDAY, 时段开始: '15:00', 时段结束: '16:00' }]), agent);
    expect(record).toMatchObject({ created: 1, failed: 1, problems: [expect.objectContaining({ row: 3, column: '身份证号', code: 'unknown_elder' })] });
    expect(await world.plansOf(zhangId)).toMatchObject([{ windowFrom: '09:00' }]);
    const analyst = await loggedIn(engine, 'care_import_analyst', ['analyst']);
    expect((await analyst.upload('/api/imports/care-plans', await sheet([ROBOT_MWF]), XLSX_TYPE)).status).toBe(403);
    expect((await analyst.download('/api/exports/care-plans')).status).toBe(403);
  });

  it('given the template, when downloaded, then it has the columns and an example row in the same labels, the hint row skipped', async () => {
    const template = await readSheet((await engine.admin.download('/api/imports/templates/care-plans')).file);
    expect(template.headers).toEqual(header);
    expect(template.rows.map((r) => [r.cells['关怀类型'], r.cells['关怀方式'], r.cells['周期'], r.cells['周期值']])).toEqual([['关怀电话', '机器人外呼', '每周', '一、三、五']]);
  });
});
