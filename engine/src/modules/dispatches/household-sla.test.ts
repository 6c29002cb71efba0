import { testDatabases } from '../../../test/support/databases';
import { agreedOrder, useHouseholdWorld } from '../../../test/support/household-fixtures';
import { SmsMessageEntity } from '../sms/entities';

type Timed = { id: string; createdAt: string; updatedAt: string; answerDueAt: string | null; workDueAt: string | null };
const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : NaN);

/** The shipped 家政便民 process passes its timers' windows to the dispatch: the order's deadlines match 接单超时 and 服务超时. */
describe.each(testDatabases())('household-help order deadlines on $name', ({ create }) => {
  const { engine, world, opened } = useHouseholdWorld(create);

  it('given a household case with the default windows, when its quote is agreed and the provider accepts, then the answer is due 30 minutes after dispatch, the work 24 hours after acceptance, and the provider got one SMS with the case number', async () => {
    const agreed = await agreedOrder(engine, world, opened);
    const { provider } = agreed;
    const c = (await engine.admin.get<{ case: { caseNumber: string } }>(`/api/cases/${agreed.caseId}`)).body.case;
    const order = agreed.order as unknown as Timed;
    expect(ms(order.answerDueAt) - ms(order.createdAt)).toBe(30 * 60_000);
    const accepted = await provider.user.post<{ dispatch: Timed }>(`/api/dispatches/${order.id}/accept`, { staffId: provider.staffId });
    expect(ms(accepted.body.dispatch.workDueAt) - ms(accepted.body.dispatch.updatedAt)).toBe(24 * 3600_000);
    const texts = await engine.running.dataSource.getRepository(SmsMessageEntity).findBy({ key: `dispatch.new:${order.id}` });
    expect(texts.map((m) => m.content.includes(`工单号 ${c.caseNumber}`))).toEqual([true]);
  });
});
