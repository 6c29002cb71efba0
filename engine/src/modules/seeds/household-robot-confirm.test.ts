import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { caseHistory } from '../../../test/support/emergency-fixtures';
import { openHousehold, useHouseholdWorld } from '../../../test/support/household-fixtures';

type Order = { caseId: string | null; status: string };
/** 王秀英's first phone on file, as the call record keeps it. */
const ELDER_PHONE = '053188001234';

/** 确认报价 by a robot call: the elder hears the quote and presses 1 or 2; anything else goes back to an agent. */
describe.each(testDatabases())('the household quote confirmed by a robot call on $name', ({ create }) => {
  const { engine, world, opened, cases } = useHouseholdWorld(create);
  const { reached } = caseHistory(cases, () => engine.admin);

  /** A case whose agent chose the robot call; the call once it rings. */
  const robotConfirming = async () => {
    const caseId = await openHousehold(engine, world.elderId, opened);
    await cases.complete(caseId, 'confirm-quote', { quoteAccepted: 'robot' });
    return { caseId, call: await cases.ringing(caseId, ELDER_PHONE) };
  };
  const ordersOf = async (caseId: string) => (await Promise.all(world.providers.map(async (p) => (await p.user.get<{ dispatches: Order[] }>('/api/dispatches')).body.dispatches))).flat().filter((d) => d.caseId === caseId);

  it('given the robot call, when the elder presses 1, then the quote counts as agreed and the order is dispatched', async () => {
    const { caseId, call } = await robotConfirming();
    const full = (await engine.admin.get<{ call: { message: string; confirmDigit: string; toName: string } }>(`/api/calls/${call.id}`)).body.call;
    expect(full).toMatchObject({ toName: '王秀英', confirmDigit: '1', message: expect.stringMatching(/^您好，这里是养老服务热线。您申请的家政服务报价：居家保洁 1小时 × ¥\d+\.\d{2}.*合计 ¥\d+\.\d{2}，补贴 ¥\d+\.\d{2}，老人自付 ¥\d+\.\d{2}。服务商：.+。同意请按 1，不同意请按 2。$/) });
    expect((await engine.admin.post(`/api/telephony/simulator/calls/${call.id}/answer`, { digits: '1' })).status).toBe(200);
    const orders = await eventually(async () => ((await ordersOf(caseId)).length ? ordersOf(caseId) : undefined), 60_000, 'the order');
    expect(orders.map((o) => o.status)).toEqual(['dispatched']);
  });

  it('given the robot call, when the elder presses 2, then the case ends as 老人按键不同意 without an order', async () => {
    const { caseId, call } = await robotConfirming();
    await engine.admin.post(`/api/telephony/simulator/calls/${call.id}/answer`, { digits: '2' });
    await reached(caseId, '老人按键不同意');
    expect(await ordersOf(caseId)).toEqual([]);
  });

  it('given the robot call, when nobody answers, then an agent gets 人工确认报价 and agreeing there dispatches', async () => {
    const { caseId, call } = await robotConfirming();
    await engine.admin.post(`/api/telephony/simulator/calls/${call.id}/no-answer`, {});
    await cases.complete(caseId, 'manual-confirm-quote', { quoteAccepted: 'yes', quoteNote: '电话联系儿子同意' });
    const orders = await eventually(async () => ((await ordersOf(caseId)).length ? ordersOf(caseId) : undefined), 60_000, 'the order');
    expect(orders).toHaveLength(1);
  });
});
