import { eventually } from '../../../test/support/api-client';
import { chain, slaWarningOn, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type CaseView = { id: string; openedAt: string; dueAt: string | null };
type Detail = { timeline: { type: string; data: Record<string, unknown> | null }[]; tasks: { id: string; status: string; variables: Record<string, unknown> }[] };

const DAY = 24 * 3600_000;
const ZONE = 'Asia/Shanghai';
const localDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const localWeekday = (at: Date) => new Intl.DateTimeFormat('en-US', { timeZone: ZONE, weekday: 'short' }).format(at);

describe.each(testDatabases())('SLAs on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const api = () => engine.admin;
  const detail = async (id: string) => (await api().get<Detail>(`/api/cases/${id}`)).body;

  async function publish(key: string, sla: Record<string, unknown>, xml: string) {
    await api().post('/api/service-types', { key, names: { 'zh-CN': key, en: key }, category: 'test' });
    await api().post(`/api/service-types/${key}/versions`, { bpmnXml: xml, settings: { priority: 'normal', sla, channels: ['phone'], startRoles: ['admin'] } });
    const published = await api().post(`/api/service-types/${key}/publish`, { version: 1 });
    if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  }

  beforeAll(async () => {
    await api().post('/api/forms', { key: 'note-form', title: '备注', schema: { type: 'object', properties: { note: { type: 'string' } } } });
    await publish('consult', { unit: 'workingDays', value: 1 }, chain(uniqueProcessId('consult'), [{ id: 'answer', xml: userTask('answer', 'note-form') }]));
    const watched = chain(uniqueProcessId('watched'), [{ id: 'handle', xml: userTask('handle', 'note-form') }], slaWarningOn('handle', '${slaWarnAfter}'));
    await publish('watched', { unit: 'hours', value: 4 }, watched);
  });

  it('given the next three days are public holidays, when a case with a one-working-day SLA opens, then it is due on the first working day after them, and the process knows when', async () => {
    const now = Date.now();
    const holidays = [1, 2, 3].map((n) => localDate(new Date(now + n * DAY)));
    for (const date of holidays) expect((await api().request('PUT', `/api/calendar/days/${date}`, { kind: 'holiday', name: '测试假日' })).status).toBe(200);

    const opened = await api().post<{ case: CaseView }>('/api/cases', { serviceType: 'consult', channel: 'phone' });
    expect(opened.status).toBe(201);
    const { id, openedAt, dueAt } = opened.body.case;
    let days = 1;
    for (;;) {
      const at = new Date(new Date(openedAt).getTime() + days * DAY);
      if (!holidays.includes(localDate(at)) && !['Sat', 'Sun'].includes(localWeekday(at))) break;
      days += 1;
    }
    expect(days).toBeGreaterThanOrEqual(4);
    expect(new Date(dueAt ?? 0).getTime() - new Date(openedAt).getTime()).toBe(days * DAY);

    const task = await eventually(async () => (await detail(id)).tasks[0], 30_000, 'the answer task');
    expect(task.variables.caseDueAt).toBe(dueAt);
    for (const date of holidays) await api().request('DELETE', `/api/calendar/days/${date}`);
  });

  it('given a process with a warning timer on its task, when the task stays open past it, then the timeline shows the SLA warning and the task is still open', async () => {
    const opened = await api().post<{ case: CaseView }>('/api/cases', { serviceType: 'watched', channel: 'phone', variables: { slaWarnAfter: 'PT1S' } });
    expect(opened.status).toBe(201);
    const warned = await eventually(async () => {
      const d = await detail(opened.body.case.id);
      return d.timeline.some((e) => e.type === 'timer.fired') ? d : undefined;
    }, 30_000, 'the SLA warning');
    expect(warned.timeline.find((e) => e.type === 'timer.fired')?.data).toMatchObject({ elementId: 'handle_warn', name: 'SLA 预警' });
    expect(warned.tasks.map((t) => t.status)).toEqual(['created']);
  });
});
