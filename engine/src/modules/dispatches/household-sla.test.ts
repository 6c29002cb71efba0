import { testDatabases } from '../../../test/support/databases';
import { caseReader } from '../../../test/support/emergency-fixtures';
import { HouseholdProvider, householdWorld, offeredTo } from '../../../test/support/household-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { SmsMessageEntity } from '../sms/entities';

type Timed = { id: string; createdAt: string; updatedAt: string; answerDueAt: string | null; workDueAt: string | null };
const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : NaN);

/** The shipped 家政便民 process passes its timers' windows to the dispatch: the order's deadlines match 接单超时 and 服务超时. */
describe.each(testDatabases())('household-help order deadlines on $name', ({ create }) => {
  const opened: string[] = [];
  // Before the engine's own afterAll (hooks run in the order declared): cancel while it still runs.
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  const cases = caseReader(() => engine.admin);
  let elderId: string;
  let providers: HouseholdProvider[];

  beforeAll(async () => {
    ({ elderId, providers } = await householdWorld(engine));
  });

  it('given a household case with the default windows, when its quote is agreed and the provider accepts, then the answer is due 30 minutes after dispatch, the work 24 hours after acceptance, and the provider got one SMS with the case number', async () => {
    const res = await engine.admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'household-help', channel: 'phone', elderId, variables: { items: [{ code: 'home_cleaning', quantity: 1 }], wishFrom: '2026-12-05 09:00:00' } });
    expect(res.status).toBe(201);
    const c = res.body.case;
    opened.push(c.id);
    const confirm = await cases.openTask(c.id, 'confirm-quote');
    const quotedId = (await engine.admin.get<{ task: { variables: { quote: { provider: { id: string } } } } }>(`/api/tasks/${confirm.id}`)).body.task.variables.quote.provider.id;
    const provider = providers.find((p) => p.id === quotedId)!;
    await cases.complete(c.id, 'confirm-quote', { quoteAccepted: 'yes' });

    const order = (await offeredTo(provider, c.id)) as unknown as Timed;
    expect(ms(order.answerDueAt) - ms(order.createdAt)).toBe(30 * 60_000);
    const accepted = await provider.user.post<{ dispatch: Timed }>(`/api/dispatches/${order.id}/accept`, { staffId: provider.staffId });
    expect(ms(accepted.body.dispatch.workDueAt) - ms(accepted.body.dispatch.updatedAt)).toBe(24 * 3600_000);
    const texts = await engine.running.dataSource.getRepository(SmsMessageEntity).findBy({ key: `dispatch.new:${order.id}` });
    expect(texts.map((m) => m.content.includes(`工单号 ${c.caseNumber}`))).toEqual([true]);
  });
});
