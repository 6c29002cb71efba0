import ExcelJS from 'exceljs';
import type { CaseReportAnswer, SatisfactionReportAnswer } from '@careflow/contracts';
import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { JINAN_AREAS, WANG_XIUYING, ZHANG_SANFENG } from '../../../test/support/registry-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { localDay, WorkingDays } from '../calendar/working-days';
import { CaseEntity } from '../cases/entities';

type Detail = { case: { id: string; status: string }; tasks: { id: string; status: string }[] };
const HOUR = 3600_000;
const FORM = { type: 'object', properties: { note: { type: 'string' }, satisfaction: { type: 'string' }, firstContactResolved: { type: 'boolean' }, redoCount: { type: 'integer' }, returnVisitNote: { type: 'string' } } };

/**
 * A scripted day of real cases on the real engine (Operaton), every KPI hand-computed. Today is the
 * day (the bureau's zone): the cases open and close now, and their times are moved in the database
 * to make durations, a late close and an old backlog.
 */
describe.each(testDatabases())('case figures over a scripted day on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const today = localDay(new Date(), 'Asia/Shanghai').date;
  const cases = () => engine.running.dataSource.getRepository(CaseEntity);
  let lead: ApiClient;
  let supervisorId: string;
  const report = async (query: string, client: ApiClient = engine.admin) => {
    const res = await client.get<CaseReportAnswer>(`/api/reports/cases?from=${today}&to=${today}&${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const open = async (serviceType: string, channel: string, elderId?: string) => {
    const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType, channel, ...(elderId ? { elderId } : {}) });
    expect(res.status).toBe(201);
    return res.body.case.id;
  };
  const detail = async (id: string) => (await engine.admin.get<Detail>(`/api/cases/${id}`)).body;
  /** Completes the case's task with the variables and waits for it to close; `openedHoursAgo` moves its opening back first. */
  const close = async (id: string, variables: Record<string, unknown>, openedHoursAgo = 0) => {
    const task = await eventually(async () => (await detail(id)).tasks.find((t) => t.status === 'created'), 30_000, 'the task');
    if (openedHoursAgo) await cases().update({ id }, { openedAt: new Date(Date.now() - openedHoursAgo * HOUR) });
    expect((await engine.admin.post(`/api/tasks/${task.id}/complete`, { variables })).status).toBe(200);
    await eventually(async () => ((await detail(id)).case.status === 'closed' ? true : undefined), 30_000, 'the case to close');
  };

  beforeAll(async () => {
    for (const area of JINAN_AREAS) await engine.admin.post('/api/areas', area);
    const wang = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    const zhang = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', ZHANG_SANFENG)).body.elder.id;
    await engine.admin.post('/api/forms', { key: 'visit-form', title: '回访', schema: FORM });
    for (const [key, name] of [['visit', '上门探访'], ['repair', '维修']]) {
      await engine.admin.post('/api/service-types', { key, names: { 'zh-CN': name, en: key }, category: 'care' });
      const bpmnXml = chain(uniqueProcessId(key), [{ id: 'visit', xml: userTask('visit', 'visit-form', 'hotline', name) }]);
      await engine.admin.post(`/api/service-types/${key}/versions`, { bpmnXml, settings: { priority: 'normal', sla: { unit: 'hours', value: 48 }, channels: ['phone', 'web'], startRoles: ['admin'] } });
      expect((await engine.admin.post(`/api/service-types/${key}/publish`, { version: 1 })).status).toBe(200);
    }
    const made = await engine.admin.post<{ user: { id: string } }>('/api/users', { username: 'lixia_lead', password: 'password-123', displayName: '历下值班长', roles: ['supervisor'], areaScope: ['370102001'] });
    supervisorId = made.body.user.id;
    lead = new ApiClient(engine.running.url);
    await lead.login('lixia_lead', 'password-123');

    // A: 上门探访 by phone for 王秀英 (山大社区), open 2 h, on time, very satisfied, resolved at first contact.
    const a = await open('visit', 'phone', wang);
    await close(a, { satisfaction: 'very_satisfied', firstContactResolved: true }, 2);
    // B: 上门探访 by phone for 张三丰 (燕子山社区): urged, supervised, then late (its due time moved into the past
    // before it closes), open 10 h, redone once, satisfied, not resolved at first contact.
    const b = await open('visit', 'phone', zhang);
    await eventually(async () => (await detail(b)).tasks.find((t) => t.status === 'created'), 30_000, 'B’s task');
    expect((await engine.admin.post(`/api/cases/${b}/urge`, { text: '家属催促' })).status).toBe(201);
    expect((await engine.admin.post(`/api/cases/${b}/supervise`, { text: '今日办结', responsibleId: supervisorId, deadline: new Date(Date.now() + HOUR).toISOString() })).status).toBe(201);
    await cases().update({ id: b }, { dueAt: new Date(Date.now() - HOUR) });
    await close(b, { satisfaction: 'satisfied', firstContactResolved: false, redoCount: 1 }, 10);
    // C: 上门探访 from the web, no elder (no area), unsatisfied, the process says nothing of first contact;
    // opened 5 minutes before its first (and only) step is done: not replied within 3 minutes.
    const c = await open('visit', 'web');
    await close(c, { satisfaction: 'unsatisfied', returnVisitNote: '上门太晚' }, 5 / 60);
    // D: 维修 by phone for 王秀英, canceled.
    const d = await open('repair', 'phone', wang);
    await eventually(async () => (await detail(d)).tasks.find((t) => t.status === 'created'), 30_000, 'D’s task');
    expect((await engine.admin.post(`/api/cases/${d}/cancel`, { reason: '老人已自行解决' })).status).toBe(200);
    // E: 维修 by phone for 王秀英, still open: moved to 5 days old and past its due time (the backlog).
    const e = await open('repair', 'phone', wang);
    await cases().update({ id: e }, { openedAt: new Date(Date.now() - 5 * 24 * HOUR), dueAt: new Date(Date.now() - HOUR) });
    await eventually(async () => ((await report('')).total.canceled === 1 ? true : undefined), 30_000, 'the cancel counted');
  }, 180_000);

  it('given the scripted day, when the report is read, then every KPI is the hand-computed value', async () => {
    const { total, backlog } = await report('groupBy=type');
    expect(total).toMatchObject({
      opened: 5,
      closed: 3,
      canceled: 1,
      onTimeRate: 0.6667, // A and C of the 3 closed with a due time; B late
      fcrRate: 0.5, // A of A and B (C's process did not say)
      redoRate: 0.3333, // B of 3
      replyRate: 0, // C, the only web case, replied after 5 minutes
      urged: 1,
      supervised: 1,
      satisfaction: { very_satisfied: 1, satisfied: 1, neutral: 0, unsatisfied: 1, very_unsatisfied: 0 },
    });
    // (2 h + 10 h + 5 min) / 3, plus the seconds the test takes.
    expect(total.avgDurationHours).toBeGreaterThanOrEqual(4);
    expect(total.avgDurationHours).toBeLessThan(4.05);
    // The 90th percentile of 3 is the longest, 10 h, read as the upper bound of its 10 % bucket.
    expect(total.p90DurationHours).toBeGreaterThanOrEqual(10);
    expect(total.p90DurationHours).toBeLessThanOrEqual(11);
    expect(backlog.total).toEqual({ under1d: 0, d1to3: 0, d3to7: 1, d7to15: 0, over15d: 0, overdue: 1, total: 1 });
    expect(backlog.rows).toEqual([expect.objectContaining({ key: 'repair', label: '维修', d3to7: 1, overdue: 1 })]);
  });

  it('given the day, when grouped by type, channel and area and filtered, then each row adds up', async () => {
    const byType = await report('groupBy=type');
    expect(byType.rows.map((r) => [r.key, r.label, r.opened, r.closed, r.canceled])).toEqual([['repair', '维修', 2, 0, 1], ['visit', '上门探访', 3, 3, 0]]);
    const byChannel = await report('groupBy=channel');
    expect(byChannel.rows.map((r) => [r.label, r.opened, r.closed])).toEqual([['电话', 4, 2], ['网页', 1, 1]]);
    const byArea = await report('groupBy=area');
    expect(byArea.rows.map((r) => [r.label, r.opened])).toEqual([['（无区域）', 1], ['山大社区', 3], ['燕子山社区', 1]]);
    const phoneVisits = await report('serviceType=visit&channel=phone');
    expect(phoneVisits.total).toMatchObject({ opened: 2, closed: 2, onTimeRate: 0.5, fcrRate: 0.5, redoRate: 0.5 });
  });

  it('given a supervisor of one street, when they read the report, then only their area counts, and a community filter narrows it', async () => {
    const scoped = await report('groupBy=type', lead);
    expect(scoped.total).toMatchObject({ opened: 4, closed: 2, canceled: 1, urged: 1, supervised: 1 });
    expect(scoped.backlog.total.total).toBe(1);
    const community = await report('areaCode=370102001002', lead);
    expect(community.total).toMatchObject({ opened: 1, closed: 1, redoRate: 1, onTimeRate: 0, urged: 1, supervised: 1 });
    expect(community.backlog.total.total).toBe(0);
  });

  it('given the report, when it is exported, then the Excel holds the same figures', async () => {
    const json = await report('groupBy=channel');
    const res = await engine.admin.download(`/api/reports/cases.xlsx?from=${today}&to=${today}&groupBy=channel`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.file as unknown as ArrayBuffer);
    const rows = (book.worksheets[0].getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
    expect(rows[0].slice(0, 4)).toEqual(['渠道', '受理量', '办结量', '撤销量']);
    const totalRow = rows.find((r) => r[0] === '合计') as string[];
    expect(totalRow.slice(1, 7)).toEqual([json.total.opened, json.total.closed, json.total.canceled, json.total.onTimeRate, json.total.fcrRate, json.total.redoRate].map(String));
    expect(rows.find((r) => r[0] === '电话')?.[1]).toBe(String(json.rows[0].opened));
    expect(rows.some((r) => r[0] === '维修' && r[3] === '1')).toBe(true); // the backlog: 维修, 3-7 days
  });

  it('given the three closed cases rated, when satisfaction is read by agent and by type, then the opener (admin) has all three, and C’s words are listed; the street supervisor sees only A and B', async () => {
    const read = async (query: string, client: ApiClient = engine.admin) => {
      const res = await client.get<SatisfactionReportAnswer>(`/api/reports/satisfaction?from=${today}&to=${today}&${query}`);
      expect(res.status).toBe(200);
      return res.body;
    };
    const byAgent = await read('groupBy=agent');
    expect(byAgent.total).toEqual({ rated: 3, satisfaction: { very_satisfied: 1, satisfied: 1, neutral: 0, unsatisfied: 1, very_unsatisfied: 0 }, satisfiedRate: 0.6667, dissatisfiedRate: 0.3333 });
    expect(byAgent.rows.map((r) => [r.key, r.rated])).toEqual([['admin', 3]]);
    expect(byAgent.comments).toEqual([expect.objectContaining({ agent: 'admin', serviceTypeName: '上门探访', satisfaction: 'unsatisfied', note: '上门太晚' })]);
    expect((await read('groupBy=type&agent=nobody')).total.rated).toBe(0);
    const scoped = await read('groupBy=area', lead);
    expect(scoped.total).toMatchObject({ rated: 2, satisfiedRate: 1 });
    expect(scoped.comments).toEqual([]);
  });

  it('given the day’s cases all opened by admin at the desk, when the report is filtered and grouped by agent, then admin has every figure, the backlog is theirs, and another agent has none', async () => {
    const mine = await report('agent=admin');
    const all = await report('');
    expect(mine.total).toEqual(all.total);
    expect(mine.total.p90DurationHours).toBeGreaterThanOrEqual(10); // from the agents' own duration buckets
    expect(mine.backlog.total).toMatchObject({ total: 1, overdue: 1 });
    const byAgent = await report('groupBy=agent');
    expect(byAgent.rows.map((r) => [r.key, r.opened, r.closed, r.canceled, r.urged])).toEqual([['admin', 5, 3, 1, 1]]);
    for (const other of ['lixia_lead', 'nobody']) {
      const none = await report(`agent=${other}`);
      expect([none.total.opened, none.total.closed, none.backlog.total.total]).toEqual([0, 0, 0]);
    }
    // The street supervisor sees admin's cases in their street only.
    expect((await report('groupBy=agent', lead)).rows.map((r) => [r.key, r.opened])).toEqual([['admin', 4]]);
  });

  it('given two mailbox letters, one answered within 24 hours and one after 30, when the report is read for the mailbox channel, then the 24-hour rate is a half, the SMS and web rate is not asked, and the Excel says so under 信箱', async () => {
    await engine.admin.post('/api/service-types', { key: 'letter', names: { 'zh-CN': '来信办理', en: 'letter' }, category: 'consultation' });
    const bpmnXml = chain(uniqueProcessId('letter'), [{ id: 'visit', xml: userTask('visit', 'visit-form', 'hotline', '答复来信') }]);
    await engine.admin.post('/api/service-types/letter/versions', { bpmnXml, settings: { priority: 'normal', channels: ['mailbox'], startRoles: ['admin'] } });
    expect((await engine.admin.post('/api/service-types/letter/publish', { version: 1 })).status).toBe(200);
    await close(await open('letter', 'mailbox'), {}, 1);
    await close(await open('letter', 'mailbox'), {}, 30);

    const letters = await report('channel=mailbox&groupBy=channel');
    expect(letters.total).toMatchObject({ opened: 2, closed: 2, mailboxRate: 0.5, replyRate: null });
    expect(letters.rows.map((r) => [r.key, r.label, r.mailboxRate])).toEqual([['mailbox', '信箱', 0.5]]);
    // The other channels' cases asked nothing of the mailbox.
    expect((await report('channel=web')).total).toMatchObject({ mailboxRate: null, replyRate: 0 });
    const res = await engine.admin.download(`/api/reports/cases.xlsx?from=${today}&to=${today}&channel=mailbox&groupBy=channel`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.file as unknown as ArrayBuffer);
    const rows = (book.worksheets[0].getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
    const column = rows[0].indexOf('信箱24小时答复率');
    expect(column).toBeGreaterThan(0);
    expect(rows.find((r) => r[0] === '信箱')?.[column]).toBe('0.5');
  });

  it('given a one-working-day type and the weekdays of the past week marked public holidays, when a case opened a week ago and one opened two weeks ago close now, then the first is on time across the weekend and the holidays, and the second is late', async () => {
    const DAY = 24 * HOUR;
    await engine.admin.post('/api/service-types', { key: 'errand', names: { 'zh-CN': '代办', en: 'errand' }, category: 'care' });
    const bpmnXml = chain(uniqueProcessId('errand'), [{ id: 'visit', xml: userTask('visit', 'visit-form', 'hotline', '代办') }]);
    await engine.admin.post('/api/service-types/errand/versions', { bpmnXml, settings: { priority: 'normal', sla: { unit: 'workingDays', value: 1 }, channels: ['phone'], startRoles: ['admin'] } });
    expect((await engine.admin.post('/api/service-types/errand/publish', { version: 1 })).status).toBe(200);
    // Today and the six days before it: the weekdays among them become holidays (the weekend in them is off anyway).
    const holidays = [0, 1, 2, 3, 4, 5, 6].map((n) => localDay(new Date(Date.now() - n * DAY), 'Asia/Shanghai')).filter((d) => d.weekday !== 0 && d.weekday !== 6).map((d) => d.date);
    for (const date of holidays) expect((await engine.admin.request('PUT', `/api/calendar/days/${date}`, { kind: 'holiday', name: '测试假日' })).status).toBe(200);
    try {
      // The business calendar as the engine reads it, this year's and last year's marked days.
      const year = Number(today.slice(0, 4));
      const marked = (await Promise.all([year - 1, year].map(async (y) => (await engine.admin.get<{ days: { date: string; kind: 'holiday' | 'workday' }[] }>(`/api/calendar?year=${y}`)).body.days))).flat();
      const calendar = new WorkingDays(marked, 'Asia/Shanghai');
      const [weekOld, twoWeeksOld] = [await open('errand', 'phone'), await open('errand', 'phone')];
      // Moved back to open a week and two weeks ago, each with the due time the engine gives a case opened then.
      for (const [id, days] of [[weekOld, 7], [twoWeeksOld, 14]] as const) {
        await eventually(async () => (await detail(id)).tasks.find((t) => t.status === 'created'), 30_000, 'the errand task');
        const openedAt = new Date(Date.now() - days * DAY);
        await cases().update({ id }, { openedAt, dueAt: calendar.add(openedAt, 1) });
      }
      // Hand-reckoned: a week ago plus one working day skips the weekend and every holiday up to today.
      expect(localDay((await cases().findOneByOrFail({ id: weekOld })).dueAt!, 'Asia/Shanghai').date > today).toBe(true);
      expect((await cases().findOneByOrFail({ id: twoWeeksOld })).dueAt!.getTime()).toBeLessThan(Date.now() - 5 * DAY);
      await close(weekOld, {});
      await close(twoWeeksOld, {});
      expect((await report('serviceType=errand')).total).toMatchObject({ closed: 2, onTimeRate: 0.5 });
    } finally {
      for (const date of holidays) await engine.admin.request('DELETE', `/api/calendar/days/${date}`);
    }
  });
});
