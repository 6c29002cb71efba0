import { showsHeat, type StepHeat, type StepHeatAnswer } from '@careflow/contracts';
import ExcelJS from 'exceljs';
import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { caseReader } from '../../../test/support/emergency-fixtures';
import { userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { localTimeOf } from '../../local-time';
import { addDays } from '../periodic-needs/schedule';
import { percentile } from './step-heat';
import { statsModule } from '.';

describe('the nearest-rank percentile of step times', () => {
  it('given ten times, when the median and p90 are read, then they are the 5th and 9th; none gives null', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([percentile(ten, 0.5), percentile(ten, 0.9)]).toEqual([5, 9]);
    expect(percentile([42.4], 0.9)).toBe(42);
    expect(percentile([], 0.5)).toBeNull();
  });
});

/** 流程热度 of the shipped 政策咨询 on the run's engine: what its steps did, read from the engine's history. */
describe.each(testDatabases())('the SLA heat of a service type on $name', ({ create }) => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const cases = caseReader(() => engine.admin);
  const today = localTimeOf(new Date(), 'Asia/Shanghai').date;
  const period = { from: addDays(today, -1), to: addDays(today, 1) };
  const open = async () => {
    const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'policy-consultation', channel: 'phone', variables: { question: '高龄津贴怎么领', callerPhone: '13905310002', returnVisitPercent: 0 } });
    expect(res.status).toBe(201);
    opened.push(res.body.case.id);
    return res.body.case.id;
  };
  const step = (heat: StepHeatAnswer, id: string): StepHeat | undefined => heat.steps.find((s) => s.elementId === id);

  it('given one consultation answered on the call and one handed on to a department, when the heat is read, then 答复咨询 ended twice with its times, 承办部门答复 is open, and late once its due time has passed', async () => {
    const answered = await open();
    await cases.complete(answered, 'answer', { answerSummary: '携身份证到社区申请。', consultationOutcome: 'resolved' });
    const handed = await open();
    await cases.complete(handed, 'answer', { answerSummary: '转部门答复。', consultationOutcome: 'hand_on', department: 'dept_welfare' });
    await cases.openTask(handed, 'department-answer');
    await eventually(async () => ((await cases.detail(answered)).case.status === 'closed' ? true : undefined), 60_000, 'the answered case closed');

    const res = await engine.admin.get<StepHeatAnswer>(`/api/reports/step-heat/policy-consultation?from=${period.from}&to=${period.to}`);
    expect(res.status).toBe(200);
    const heat = res.body;
    expect(heat).toMatchObject({ processKey: 'policy-consultation', instances: 2, sampled: false });
    const answer = step(heat, 'answer')!;
    expect(answer).toMatchObject({ type: 'userTask', passed: 2, open: 0, overdue: 0 });
    expect(answer.medianSec).not.toBeNull();
    expect(answer.p90Sec! >= answer.medianSec!).toBe(true);
    expect(step(heat, 'department-answer')).toMatchObject({ passed: 0, open: 1, medianSec: null, p90Sec: null, overdue: 0 });

    // The Excel holds the same figures, a row per step the diagram shows, times in hours.
    const file = await engine.admin.download(`/api/reports/step-heat/policy-consultation/xlsx?from=${period.from}&to=${period.to}`);
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.file as unknown as ArrayBuffer);
    expect(book.worksheets[0].name).toBe('流程热度');
    const rows = (book.worksheets[0].getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => String(v ?? '')));
    const hours = (sec: number | null) => (sec === null ? '' : String(Math.round((sec / 3600) * 100) / 100));
    expect(rows[0]).toEqual(['环节', '完成次数', '进行中', '用时中位数（小时）', '用时P90（小时）', '超时任务']);
    expect(rows.find((r) => r[0] === '答复咨询')).toEqual(['答复咨询', '2', '0', hours(answer.medianSec), hours(answer.p90Sec), '0']);
    expect(rows.find((r) => r[0] === '承办部门答复')).toEqual(['承办部门答复', '0', '1', '', '', '0']);
    expect(rows).toHaveLength(1 + heat.steps.filter(showsHeat).length);

    // Three weeks on, the department's task (due in 3 working days) is open past its due time.
    const later = new Date(Date.now() + 21 * 86_400_000);
    const then = await engine.running.engine.given(statsModule).stepHeat.read('policy-consultation', period, later);
    expect(step(then, 'department-answer')).toMatchObject({ open: 1, overdue: 1 });
    expect(step(then, 'answer')?.overdue).toBe(0);
  });

  it('given a period before any case, an unknown type, a reversed period or an agent, when the heat is asked for, then it is empty, 404, 400 and 403', async () => {
    const empty = await engine.admin.get<StepHeatAnswer>('/api/reports/step-heat/policy-consultation?from=2020-01-01&to=2020-01-31');
    expect(empty.body).toMatchObject({ instances: 0, steps: [] });
    expect((await engine.admin.get('/api/reports/step-heat/no-such-type?from=2020-01-01&to=2020-01-31')).status).toBe(404);
    expect((await engine.admin.get('/api/reports/step-heat/policy-consultation?from=2020-02-01&to=2020-01-31')).status).toBe(400);
    const agent = await userOf(engine, `heat_agent_${Date.now()}`, ['agent']);
    expect((await agent.get('/api/reports/step-heat/policy-consultation?from=2020-01-01&to=2020-01-31')).status).toBe(403);
    expect((await agent.get('/api/reports/step-heat/policy-consultation/xlsx?from=2020-01-01&to=2020-01-31')).status).toBe(403);
    expect((await engine.admin.get('/api/reports/step-heat/no-such-type/xlsx?from=2020-01-01&to=2020-01-31')).status).toBe(404);
  });
});
