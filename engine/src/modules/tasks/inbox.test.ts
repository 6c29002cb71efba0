import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type TaskView = { id: string; caseNumber: string | null; elementId: string; assignee: string | null; status: string; priorityRank: number; caseId: string; draft: Record<string, unknown> | null; variables: Record<string, unknown> };
type Inbox = { tasks: TaskView[]; total: number };
type ErrorBody = { error: { code: string; details?: { path: string; code?: string }[] } };

const VISIT_FORM = {
  type: 'object',
  properties: { note: { type: 'string', required: true, maxLength: 50 }, satisfied: { type: 'boolean' } },
};

describe.each(testDatabases())('task inbox on $name', ({ create }) => {
  const engine = useTestEngine(create);
  const clients: Record<string, ApiClient> = {};
  const as = (name: string) => clients[name];
  const inbox = async (who: string, query = '') => (await as(who).get<Inbox>(`/api/tasks?${query}`)).body;
  let household: string;
  let rescue: string;

  async function publish(key: string, priority: string) {
    const admin = engine.admin;
    await admin.post('/api/service-types', { key, names: { 'zh-CN': key, en: key }, category: 'test' });
    const xml = chain(uniqueProcessId(key), [
      { id: 'visit', xml: userTask('visit', 'visit-form', 'hotline') },
      { id: 'review', xml: userTask('review', 'visit-form', 'hotline') },
    ]);
    await admin.post(`/api/service-types/${key}/versions`, { bpmnXml: xml, settings: { priority, channels: ['phone'] } });
    expect((await admin.post(`/api/service-types/${key}/publish`, { version: 1 })).status).toBe(200);
  }

  const firstTaskOf = (caseId: string) =>
    eventually(async () => (await inbox('supervisor', `view=all&caseId=${caseId}`)).tasks[0], 30_000, 'the case’s first task');

  beforeAll(async () => {
    const admin = engine.admin;
    for (const key of ['hotline', 'complaints']) await admin.post('/api/groups', { key, name: key });
    const people: [string, string[], string[]][] = [
      ['agent_a', ['agent'], ['hotline']],
      ['agent_b', ['agent'], ['hotline']],
      ['agent_c', ['agent'], ['complaints']],
      ['supervisor', ['supervisor'], []],
    ];
    for (const [username, roles, groups] of people) {
      await admin.post('/api/users', { username, password: 'password-123', displayName: username, roles, groups });
      clients[username] = new ApiClient(engine.running.url);
      await clients[username].login(username, 'password-123');
    }
    await admin.post('/api/forms', { key: 'visit-form', title: '回访', schema: VISIT_FORM });
    await publish('household', 'normal');
    await publish('rescue', 'emergency');
    household = (await admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'household', channel: 'phone' })).body.case.id;
    rescue = (await admin.post<{ case: { id: string } }>('/api/cases', { serviceType: 'rescue', channel: 'phone' })).body.case.id;
    await firstTaskOf(household);
    await firstTaskOf(rescue);
  });

  it('given tasks of two priorities for a group, when agents open their inbox, then members see emergencies first and others see nothing', async () => {
    const a = await inbox('agent_a');
    expect(a.tasks.map((t) => [t.caseId, t.priorityRank])).toEqual([[rescue, 0], [household, 2]]);
    expect(a.tasks[0].caseNumber).toMatch(new RegExp(`^${engine.running.config.cases.numberPrefix}\\d{8}-\\d{6}$`));
    expect((await inbox('agent_c')).tasks).toEqual([]);
    expect((await inbox('supervisor', 'view=all')).total).toBe(2);
    expect((await as('agent_a').get<ErrorBody>('/api/tasks?view=all')).status).toBe(403);
    expect((await as('agent_a').get('/api/tasks?sort=sideways')).status).toBe(400);
  });

  it('given a task, when it is claimed, then only its holder may draft or complete it, others get 409, outsiders do not see it', async () => {
    const task = await firstTaskOf(household);
    expect((await as('agent_a').post<{ task: TaskView }>(`/api/tasks/${task.id}/claim`)).body.task.assignee).toBe('agent_a');
    expect((await inbox('agent_a', 'view=mine')).tasks.map((t) => t.id)).toEqual([task.id]);
    expect((await as('agent_b').post(`/api/tasks/${task.id}/claim`)).status).toBe(409);
    expect((await as('agent_b').post(`/api/tasks/${task.id}/complete`, { variables: { note: 'x' } })).status).toBe(409);
    expect((await as('agent_b').post(`/api/tasks/${task.id}/draft`, { values: { note: 'x' } })).status).toBe(409);
    expect((await as('agent_c').get(`/api/tasks/${task.id}`)).status).toBe(404);

    expect((await as('agent_a').post(`/api/tasks/${task.id}/draft`, { values: { note: '上门前电话确认' } })).status).toBe(200);
    const view = await as('agent_a').get<{ task: TaskView; form: { key: string; version: number; schema: unknown } }>(`/api/tasks/${task.id}`);
    expect(view.body.task.draft).toEqual({ note: '上门前电话确认' });
    expect(view.body.form).toEqual({ key: 'visit-form', version: 1, schema: VISIT_FORM });
    // The inbox index's own columns stay in the database.
    expect(Object.keys(view.body.task)).not.toContain('audience');
    expect(Object.keys(view.body.task)).not.toContain('dueMissing');

    expect((await as('agent_a').post(`/api/tasks/${task.id}/unclaim`)).status).toBe(200);
    expect((await inbox('agent_a', 'view=unassigned')).tasks.map((t) => t.id)).toContain(task.id);
  });

  it('given a supervisor, when they assign a task, then it is in that user’s inbox; agents cannot assign', async () => {
    const task = await firstTaskOf(rescue);
    expect((await as('agent_a').post(`/api/tasks/${task.id}/assign`, { username: 'agent_b' })).status).toBe(403);
    expect((await as('supervisor').post(`/api/tasks/${task.id}/assign`, { username: 'nobody' })).status).toBe(400);
    expect((await as('supervisor').post(`/api/tasks/${task.id}/assign`, { username: 'agent_b' })).status).toBe(200);
    expect((await inbox('agent_b', 'view=mine')).tasks.map((t) => t.id)).toEqual([task.id]);
  });

  it('given invalid form values, when completed, then 400 names each field and the task stays open; valid values become process variables', async () => {
    const task = await firstTaskOf(rescue);
    const bad = await as('agent_b').post<ErrorBody>(`/api/tasks/${task.id}/complete`, { variables: { satisfied: 'yes' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.map((d) => [d.path, d.code]).sort()).toEqual([['note', 'required'], ['satisfied', 'type']]);
    expect((await as('agent_b').get<{ task: TaskView }>(`/api/tasks/${task.id}`)).body.task.status).toBe('created');

    const ok = await as('agent_b').post(`/api/tasks/${task.id}/complete`, { variables: { note: '已派社区网格员', satisfied: true, sneaky: 'dropped' } });
    expect(ok.status).toBe(200);
    const review = await eventually(async () => (await inbox('supervisor', `view=all&caseId=${rescue}`)).tasks.find((t) => t.elementId === 'review'), 30_000, 'the review task');
    expect(review).not.toHaveProperty('variables'); // inbox lines leave the process variables out
    const { variables } = (await as('agent_b').get<{ task: TaskView }>(`/api/tasks/${review.id}`)).body.task;
    expect(variables).toMatchObject({ note: '已派社区网格员', satisfied: true });
    expect(variables).not.toHaveProperty('sneaky');
  });

  it('given saved filters, when listed by others, then only shared ones show and only the owner deletes them', async () => {
    const mine = await as('agent_a').post<{ filter: { id: string } }>('/api/task-filters', { name: '我的紧急', query: { view: 'mine', sort: 'priority' } });
    const shared = await as('agent_a').post<{ filter: { id: string } }>('/api/task-filters', { name: '全组待办', query: { view: 'groups' }, shared: true });
    expect([mine.status, shared.status]).toEqual([201, 201]);
    expect((await as('agent_a').post('/api/task-filters', { name: 'bad', query: { view: 'everything' } })).status).toBe(400);
    const seenByB = (await as('agent_b').get<{ filters: { name: string }[] }>('/api/task-filters')).body.filters.map((f) => f.name);
    expect(seenByB).toEqual(['全组待办']);
    expect((await as('agent_b').request('DELETE', `/api/task-filters/${shared.body.filter.id}`)).status).toBe(403);
    expect((await as('agent_b').request('DELETE', `/api/task-filters/${mine.body.filter.id}`)).status).toBe(404);
    expect((await as('agent_a').request('DELETE', `/api/task-filters/${shared.body.filter.id}`)).status).toBe(204);
  });
});
