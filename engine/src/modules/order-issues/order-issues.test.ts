import { testDatabases } from '../../../test/support/databases';
import { caseHistory } from '../../../test/support/emergency-fixtures';
import { agreedOrder, HouseholdProvider, Order, PHOTO, useHouseholdWorld } from '../../../test/support/household-fixtures';

type Issue = { issue: { id: string; kind: string; items: { code: string; quantity: number }[] }; repeated: boolean; error?: { code: string; message: string } };
type Line = { itemCode: string; quantity: number; amount: number; subsidy: number; elderShare: number; kind: string };
type TaskVariables = { task: { variables: Record<string, unknown> } };

/** 服务商上报 on the shipped 家政便民: the worker's report reaches the hotline as a task while the work goes on. */
describe.each(testDatabases())('a worker’s report on a household order on $name', ({ create }) => {
  const { engine, world, opened, cases } = useHouseholdWorld(create);
  const { reached } = caseHistory(cases, () => engine.admin);
  const offered = () => agreedOrder(engine, world, opened);
  /** The same, the order accepted with the provider's worker. */
  const accepted = async () => {
    const found = await offered();
    expect((await found.provider.user.post(`/api/dispatches/${found.order.id}/accept`, { staffId: found.provider.staffId })).status).toBe(200);
    return found;
  };
  const report = (provider: HouseholdProvider, order: Order, body: unknown) => provider.user.post<Issue>(`/api/dispatches/${order.id}/issue`, body);
  const finish = async (provider: HouseholdProvider, order: Order) => {
    const photo = await provider.user.upload<{ file: { id: string } }>(`/api/files?name=${encodeURIComponent('完成.png')}`, PHOTO, 'image/png');
    expect((await provider.user.post(`/api/dispatches/${order.id}/start`, {})).status).toBe(200);
    expect((await provider.user.post(`/api/dispatches/${order.id}/finish`, { photoFileId: photo.body.file.id, proof: '1234' })).status).toBe(200);
  };

  it('given more work found at the door, when the agent reads the extra quote and the elder agrees, then the work goes on and the month has the extra line beside the ordered one', async () => {
    const { caseId, provider, order } = await accepted();
    const res = await report(provider, order, { kind: 'more_work', note: '厨房油污严重，需再加一小时', items: [{ code: 'home_cleaning', quantity: 1 }] });
    expect([res.status, res.body.issue.kind, res.body.repeated]).toEqual([201, 'more_work', false]);
    const task = await cases.openTask(caseId, 'confirm-extra');
    const { variables } = (await engine.admin.get<TaskVariables>(`/api/tasks/${task.id}`)).body.task;
    expect(variables).toMatchObject({ issueNote: '厨房油污严重，需再加一小时', requoteSummary: expect.stringContaining(`合计 ¥${(provider.price / 100).toFixed(2)}`) });
    await cases.complete(caseId, 'confirm-extra', { extraAccepted: 'yes', extraNote: '老人同意' });
    await reached(caseId, '追加已处理');

    await finish(provider, order);
    await cases.complete(caseId, 'return-visit', { satisfaction: 'very_satisfied' });
    await reached(caseId, '服务完成');
    const { lines } = (await engine.admin.get<{ lines: Line[] }>(`/api/billing/charges?caseId=${caseId}`)).body;
    const half = provider.price / 2;
    expect(lines.map((l) => [l.itemCode, l.quantity, l.amount, l.subsidy, l.elderShare, l.kind])).toEqual([
      ['home_cleaning', 1, provider.price, half, half, 'charge'],
      ['home_cleaning', 1, provider.price, half, half, 'charge'],
    ]);
  });

  it('given the elder not at home, when the worker reports it twice in a row, then one task asks the hotline to reach her, and the order can still be finished', async () => {
    const { caseId, provider, order } = await accepted();
    const body = { kind: 'not_home', note: '敲门无人应答，邻居说老人去医院了' };
    expect((await report(provider, order, body)).status).toBe(201);
    const again = await report(provider, order, body);
    expect([again.status, again.body.repeated]).toEqual([200, true]);
    await cases.complete(caseId, 'handle-not-home', { notHomeOutcome: 'revisit', notHomeNote: '与儿子约定明天上午再上门' });
    await reached(caseId, '已联系老人');
    const tasks = (await cases.detail(caseId)).tasks.filter((t) => t.elementId === 'handle-not-home');
    expect(tasks).toHaveLength(1);
    const issues = (await engine.admin.get<{ issues: { kind: string; note: string }[] }>(`/api/dispatches/${order.id}/issues`)).body.issues;
    expect(issues.map((i) => [i.kind, i.note])).toEqual([['not_home', body.note]]);
    await finish(provider, order);
    await cases.openTask(caseId, 'return-visit');
  });

  it('given bad reports, another provider, or an order not yet accepted, then 400, 404 or 409 and nothing reaches the hotline', async () => {
    const { caseId, provider, order } = await offered();
    const waiting = await report(provider, order, { kind: 'not_home', note: '不在家' });
    expect([waiting.status, waiting.body.error?.message]).toEqual([409, expect.stringMatching(/only an accepted or started order/)]);
    expect((await provider.user.post(`/api/dispatches/${order.id}/accept`, { staffId: provider.staffId })).status).toBe(200);
    const other = world.providers.find((p) => p !== provider)!;
    const bad = [
      { kind: 'more_work', note: '需要加时' },
      { kind: 'not_home', note: '不在家', items: [{ code: 'home_cleaning', quantity: 1 }] },
      { kind: 'more_work', note: '需要送餐', items: [{ code: 'no_such_item', quantity: 1 }] },
      { kind: 'more_work', note: '', items: [{ code: 'home_cleaning', quantity: 1 }] },
      { kind: 'broken', note: '坏了' },
    ];
    for (const body of bad) expect([body, (await report(provider, order, body)).status]).toEqual([body, 400]);
    expect((await report(other, order, { kind: 'not_home', note: '不在家' })).status).toBe(404);
    expect((await engine.admin.post(`/api/dispatches/${order.id}/issue`, { kind: 'not_home', note: '不在家' })).status).toBe(403);
    expect((await engine.admin.get<{ issues: unknown[] }>(`/api/dispatches/${order.id}/issues`)).body.issues).toEqual([]);
    const tasks = (await cases.detail(caseId)).tasks.filter((t) => t.elementId === 'handle-not-home' || t.elementId === 'confirm-extra');
    expect(tasks).toEqual([]);
  });
});
