import ExcelJS from 'exceljs';
import { at, CARE_CONFIG, careWorld, PlanView } from '../../../test/support/care-plan-fixtures';
import { caseReader } from '../../../test/support/emergency-fixtures';
import { ApiClient, eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { SON } from '../../../test/support/proactive-care-fixtures';
import { ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { CarePlanEntity } from './entities';

type Overview = {
  date: string;
  counts: Record<string, number>;
  day: { elderName: string; kind: string; channel: string; outcome: string; caseNumber: string | null; dueAt: string }[];
  notReached: { elderId: string; elderName: string; lastReachedAt: string | null; activePlans: number }[];
  byArea: { areaCode: string; kind: string; plans: number }[];
};

describe.each(testDatabases())('the 关怀 page on $name', ({ create }) => {
  afterAll(async () => world.cancelRunning());
  const engine = useTestEngine(create, { care: CARE_CONFIG });
  const world = careWorld(engine);
  const cases = caseReader(() => engine.admin);
  let wang: string;
  let zhang: string;

  beforeAll(async () => {
    wang = await world.setUp();
    zhang = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', ZHANG_SANFENG)).body.elder.id;
  });

  const plan = async (elderId: string, body: Record<string, unknown>) => {
    const res = await engine.admin.post<{ plan: PlanView }>('/api/care-plans', { elderId, kind: 'care_call', channel: 'agent', schedule: { kind: 'weekly', weekdays: [2] }, startsOn: '2027-03-01', ...body });
    if (res.status !== 201) throw new Error(`plan not kept: ${JSON.stringify(res.body)}`);
    return res.body.plan;
  };

  it('given a Tuesday with one call answered fine, one paused and one still due, when the supervisor opens the day, then the counts, rows, the elder never reached and the plans by area show it, and the export holds the rows', async () => {
    const fine = await plan(wang, { windowFrom: '09:00' });
    const paused = await plan(wang, { windowFrom: '10:00', windowTo: '11:30', kind: 'medication' });
    const open = await plan(zhang, { windowFrom: '14:00', windowTo: '16:00' });
    // Plans kept long ago: an elder not reached since counts as not reached.
    await engine.running.dataSource.getRepository(CarePlanEntity).update({ id: open.id }, { createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(await world.opener().runOnce(at('2027-03-02 15:00'))).toBe(3);
    const [first] = await world.occurrences({ planId: fine.id });
    await cases.complete(first.caseId, 'care-call', { careReached: 'yes', careHealth: 'good', careMood: 'calm', careNeedsHelp: 'no' });
    await eventually(async () => (await world.occurrences({ planId: fine.id }))[0].outcome === 'fine' || undefined, 60_000, 'the outcome');
    expect((await engine.admin.post(`/api/care-plans/${paused.id}/pause`)).status).toBe(200);

    const { status, body } = await engine.admin.get<Overview>('/api/care/overview?date=2027-03-02&notReachedDays=7');
    expect(status).toBe(200);
    expect(body.counts).toEqual({ due: 3, pending: 1, done: 1, unanswered: 0, escalated: 0, canceled: 1 });
    expect(body.day.map((r) => [r.elderName, r.kind, r.outcome, r.dueAt])).toEqual([
      ['王秀英', 'care_call', 'fine', '2027-03-02T01:00:00.000Z'],
      ['王秀英', 'medication', 'canceled', '2027-03-02T02:00:00.000Z'],
      ['张三丰', 'care_call', 'pending', '2027-03-02T06:00:00.000Z'],
    ]);
    expect(body.day.every((r) => r.caseNumber)).toBe(true);
    expect(body.notReached).toEqual([expect.objectContaining({ elderId: zhang, elderName: '张三丰', lastReachedAt: null, activePlans: 1 })]);
    expect(body.byArea.reduce((n, r) => n + r.plans, 0)).toBe(2);
    expect((await engine.admin.get<Overview>('/api/care/overview?date=2027-03-03')).body.counts.due).toBe(0);

    const file = await engine.admin.download('/api/care/overview.xlsx?date=2027-03-02');
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.file as unknown as ExcelJS.Buffer);
    const rows = workbook.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => [r[1], r[3], r[5], r[8]])).toEqual([
      ['王秀英', '关怀电话', '2027-03-02 09:00', '平安'],
      ['王秀英', '用药提醒', '2027-03-02 10:00', '已取消'],
      ['张三丰', '关怀电话', '2027-03-02 14:00', '进行中'],
    ]);
  });

  it('given a Thursday care call 王秀英 does not answer, when her son is being called, then the day shows it escalated and unanswered while the case still runs', async () => {
    const thursday = await plan(wang, { schedule: { kind: 'weekly', weekdays: [4] }, windowFrom: '09:00' });
    expect(await world.opener().runOnce(at('2027-03-04 10:00'))).toBe(1);
    const [occurrence] = await world.occurrences({ planId: thursday.id });
    await cases.complete(occurrence.caseId, 'care-call', { careReached: 'no', careNote: '响铃无人接' });
    await cases.ringing(occurrence.caseId, SON);

    const { body } = await engine.admin.get<Overview & { day: { escalating: boolean; unreached: boolean }[] }>('/api/care/overview?date=2027-03-04');
    expect(body.counts).toEqual({ due: 1, pending: 0, done: 0, unanswered: 1, escalated: 1, canceled: 0 });
    expect(body.day).toEqual([expect.objectContaining({ elderName: '王秀英', outcome: 'pending', escalating: true, unreached: true })]);
    const file = await engine.admin.download('/api/care/overview.xlsx?date=2027-03-04');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.file as unknown as ExcelJS.Buffer);
    const [row] = workbook.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect([row[7], row[8]]).toEqual(['是', '升级处置中']);
  });

  it('given a bad date or span, or nobody signed in, when the overview is read, then it is refused', async () => {
    expect((await engine.admin.get('/api/care/overview?date=2027-02-30x')).status).toBe(400);
    expect((await engine.admin.get('/api/care/overview?notReachedDays=0')).status).toBe(400);
    expect((await new ApiClient(engine.running.url).get('/api/care/overview')).status).toBe(401);
  });
});
