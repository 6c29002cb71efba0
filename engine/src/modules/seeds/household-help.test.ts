import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { caseHistory, caseReader } from '../../../test/support/emergency-fixtures';
import { HouseholdProvider, householdWorld, offeredTo, serve } from '../../../test/support/household-fixtures';

type Line = { itemCode: string; providerId: string; staffId: string | null; quantity: number; unitPrice: number; amount: number; subsidy: number; elderShare: number; caseId: string | null; kind: string };
type Feedback = { standing: { rating: number | null; evaluations: number; complaints: number }; feedback: { dispatchId: string; satisfaction: string | null; score: number; note: string | null }[] };
type Statement = { statement: { month: string; lines: Line[]; totals: { amount: number; subsidy: number; elderShare: number } } };

/** The shipped 家政便民 process on the run's engine, from the call to the charge lines on the elder's statement. */
describe.each(testDatabases())('the household-help service type on $name', ({ create }) => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const cases = caseReader(() => engine.admin);
  const { reached, story } = caseHistory(cases, () => engine.admin);
  let elderId: string;
  let providers: HouseholdProvider[];

  beforeAll(async () => {
    ({ elderId, providers } = await householdWorld(engine));
  });

  const open = async () => {
    const res = await engine.admin.post<{ case: { id: string } }>('/api/cases', {
      serviceType: 'household-help',
      channel: 'phone',
      elderId,
      variables: { items: [{ code: 'home_cleaning', quantity: 2 }], wishFrom: '2026-12-05 09:00:00', accessNotes: '钥匙在隔壁 601 邻居家' },
    });
    if (res.status !== 201) throw new Error(`case not opened: ${res.status} ${JSON.stringify(res.body)}`);
    opened.push(res.body.case.id);
    return res.body.case;
  };
  /** The case once closed; on a timeout the error tells what its timeline holds (an incident says why). */
  const closed = async (caseId: string) => {
    try {
      return await eventually(async () => ((await cases.detail(caseId)).case.status === 'closed' ? cases.detail(caseId) : undefined), 60_000, 'the closed case');
    } catch (error) {
      const { timeline } = await cases.detail(caseId);
      throw new Error(`${(error as Error).message}; the timeline has: ${JSON.stringify(timeline.slice(-6))}`);
    }
  };

  it('given a call for two hours of cleaning, when the quote is agreed, the first provider refuses, the second serves, the elder is unhappy, the work is redone and then approved, then one charge line at the second provider’s price with half subsidised lands on the statement', async () => {
    const c = await open();
    const confirm = await cases.openTask(c.id, 'confirm-quote');
    const { task } = (await engine.admin.get<{ task: { variables: { quoteSummary: string; quote: { provider: { id: string } } } } }>(`/api/tasks/${confirm.id}`)).body;
    const quoted = providers.find((p) => p.id === task.variables.quote.provider.id)!;
    const other = providers.find((p) => p !== quoted)!;
    const half = quoted.price; // two hours at the price, half of it subsidised
    expect(task.variables.quoteSummary).toContain(`合计 ¥${((2 * quoted.price) / 100).toFixed(2)}，补贴 ¥${(half / 100).toFixed(2)}，老人自付 ¥${(half / 100).toFixed(2)}。服务商：${quoted.name}`);
    await cases.complete(c.id, 'confirm-quote', { quoteAccepted: 'yes', quoteNote: '老人儿子同意' });

    // The quoted provider is offered the order first and refuses; the other one gets it on the second try.
    const first = await offeredTo(quoted, c.id);
    expect(first.attempt).toBe(1);
    expect((await quoted.user.post(`/api/dispatches/${first.id}/reject`, { reason: '人手不足' })).status).toBe(200);
    const second = await offeredTo(other, c.id);
    expect(second.attempt).toBe(2);
    await serve(other, second);
    await cases.complete(c.id, 'return-visit', { satisfaction: 'unsatisfied', returnVisitNote: '厨房没有打扫' });

    // 重办: re-dispatched, leaving out the provider that refused.
    const redo = await offeredTo(other, c.id);
    expect(redo.attempt).toBe(3);
    await serve(other, redo);
    await cases.complete(c.id, 'return-visit', { satisfaction: 'very_satisfied' });
    const done = await closed(c.id);
    const told = story(done.timeline);
    expect(told.filter((e) => e === 'step.completed 改派')).toHaveLength(2);
    expect(told.filter((e) => e === 'step.completed 回访')).toHaveLength(2);
    expect(told).toContain('step.completed 收费');
    expect(told.filter((e) => e === 'step.completed 服务商评价')).toHaveLength(2);
    await reached(c.id, '服务完成');

    // Both return visits rated the provider that did the work: 不满意 (2) then 非常满意 (5).
    const rated = (await other.user.get<Feedback>(`/api/providers/${other.id}/feedback`)).body;
    expect(rated.standing).toMatchObject({ rating: 3.5, evaluations: 2, complaints: 0 });
    expect(rated.feedback.map((f) => [f.dispatchId, f.satisfaction, f.score, f.note])).toEqual([[redo.id, 'very_satisfied', 5, null], [second.id, 'unsatisfied', 2, '厨房没有打扫']]);
    expect((await quoted.user.get<Feedback>(`/api/providers/${quoted.id}/feedback`)).body.standing).toMatchObject({ rating: null, evaluations: 0 });

    // One charge line: the second provider's own price (not the quoted one), half subsidised on 低偿.
    const amount = 2 * other.price;
    const { lines } = (await engine.admin.get<{ lines: Line[] }>(`/api/billing/charges?caseId=${c.id}`)).body;
    expect(lines).toEqual([expect.objectContaining({ itemCode: 'home_cleaning', providerId: other.id, staffId: other.staffId, quantity: 2, unitPrice: other.price, amount, subsidy: amount / 2, elderShare: amount / 2, kind: 'charge' })]);
    const statement = (await engine.admin.get<Statement>(`/api/billing/statements/${elderId}`)).body.statement;
    expect(statement.lines.filter((l) => l.caseId === c.id)).toHaveLength(1);
    expect(statement.totals).toEqual({ amount, subsidy: amount / 2, elderShare: amount / 2 });
    // The refusing provider sees none of it; the serving one sees its own line.
    expect((await quoted.user.get(`/api/billing/statements/${elderId}`)).status).toBe(404);
    expect((await other.user.get<Statement>(`/api/billing/statements/${elderId}`)).body.statement.totals.amount).toBe(amount);
  });

  it('given a quote the caller does not accept, when the agent records it, then the case ends without an order or a charge', async () => {
    const c = await open();
    await cases.complete(c.id, 'confirm-quote', { quoteAccepted: 'no', quoteNote: '价格太高' });
    await reached(c.id, '不同意报价');
    await closed(c.id);
    const orders = await Promise.all(providers.map(async (p) => (await p.user.get<{ dispatches: { caseId: string }[] }>('/api/dispatches')).body.dispatches.filter((d) => d.caseId === c.id)));
    expect(orders.flat()).toEqual([]);
    expect((await engine.admin.get<{ lines: Line[] }>(`/api/billing/charges?caseId=${c.id}`)).body.lines).toEqual([]);
  });
});
