import { eventually } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { agreedOrder, HouseholdProvider, Order, PHOTO, useHouseholdWorld } from '../../../test/support/household-fixtures';
import { deleteProcessInstance } from '../../operaton/instances';
import { OperatonRest } from '../../operaton/rest';
import { CaseProcessStartEntity } from '../cases/operaton/entities';

type Line = { itemCode: string; itemName: string; providerId: string; dispatchId: string | null; quantity: number; unitPrice: number; amount: number; subsidy: number; elderShare: number; kind: string; month: string };
type Totals = { amount: number; subsidy: number; elderShare: number };
type Statement = { statement: { month: string; lines: (Line & { caseId: string | null })[]; totals: Totals } };
type Terms = { orders: { dispatchId: string; providerName: string; status: string; fee: number; terms: string | null }[]; fee: number };
type ProviderTerms = { provider: { id: string; cancelFee: number; cancelTerms: string | null; updatedAt: string } };

const FEE = 3000;
const TERMS = '服务人员已上门后取消，收取上门费 30 元';

/** 取消条款 on the shipped 家政便民 process: a canceled case cancels its order, and costs the provider's fee once its worker started. */
describe.each(testDatabases())('canceling a household case on $name', ({ create }) => {
  const { engine, world, opened, cases } = useHouseholdWorld(create);

  beforeAll(async () => {
    for (const p of world.providers) expect((await engine.admin.request('PUT', `/api/providers/${p.id}/cancellation-terms`, { cancelFee: FEE, cancelTerms: ` ${TERMS} ` })).status).toBe(200);
  });

  /** A household case whose quote is agreed, and the order its provider is offered. */
  const ordered = () => agreedOrder(engine, world, opened, 2);
  const ok = async (res: Promise<{ status: number; body: unknown }>, what: string) => {
    const r = await res;
    if (r.status !== 200) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  };
  const orderOf = async (provider: HouseholdProvider, id: string) => (await provider.user.get<{ dispatch: Order & { reason: string | null } }>(`/api/dispatches/${id}`)).body.dispatch;
  const linesOf = async (caseId: string) => (await engine.admin.get<{ lines: Line[] }>(`/api/billing/charges?caseId=${caseId}`)).body.lines;
  const termsOf = async (caseId: string) => (await engine.admin.get<Terms>(`/api/cases/${caseId}/cancellation-terms`)).body;
  const cancel = (caseId: string, reason: string) => engine.admin.post<{ case: { status: string } }>(`/api/cases/${caseId}/cancel`, { reason });

  it('given an order the provider accepted but its worker has not started, when the case is canceled, then the order is canceled with the reason, no charge line is made and the provider is told', async () => {
    const { caseId, provider, order } = await ordered();
    await ok(provider.user.post(`/api/dispatches/${order.id}/accept`, { staffId: provider.staffId }), 'accept');
    expect(await termsOf(caseId)).toEqual({ orders: [expect.objectContaining({ dispatchId: order.id, status: 'accepted', fee: 0, terms: TERMS })], fee: 0 });

    const res = await cancel(caseId, '老人临时外出');
    expect(res.status).toBe(200);
    expect(res.body.case.status).toBe('canceled');
    expect(await orderOf(provider, order.id)).toMatchObject({ status: 'canceled', reason: '老人临时外出' });
    expect(await linesOf(caseId)).toEqual([]);
    // No longer open: the provider's answers are refused, and it no longer counts against its capacity.
    expect((await provider.user.post(`/api/dispatches/${order.id}/start`, {})).status).toBe(409);
    const { timeline } = await cases.detail(caseId);
    expect(timeline.find((e) => e.type === 'dispatch.canceled')?.data).toMatchObject({ dispatchId: order.id, was: 'accepted', fee: 0, reason: '老人临时外出' });
    const told = await eventually(async () => (await provider.user.get<{ notifications: { title: string; body: string }[] }>('/api/notifications')).body.notifications.find((n) => n.title.startsWith('工单已取消')), 10_000, 'the notice');
    expect(told.body).toContain('老人临时外出');
    expect(told.body).not.toContain('取消费');
  });

  it('given an order whose worker has started, when the case is canceled and canceled again, then exactly one line of the provider’s fee, all the elder’s, is on the statement and the settlement', async () => {
    const { caseId, provider, order } = await ordered();
    await ok(provider.user.post(`/api/dispatches/${order.id}/accept`, { staffId: provider.staffId }), 'accept');
    const photo = await provider.user.upload<{ file: { id: string } }>(`/api/files?name=${encodeURIComponent('到场.png')}`, PHOTO, 'image/png');
    await ok(provider.user.post(`/api/dispatches/${order.id}/start`, { photoFileId: photo.body.file.id }), 'start');
    expect(await termsOf(caseId)).toEqual({ orders: [expect.objectContaining({ dispatchId: order.id, status: 'started', fee: FEE, terms: TERMS })], fee: FEE });
    const before = (await engine.admin.get<Statement>(`/api/billing/statements/${world.elderId}`)).body.statement.totals;

    expect((await cancel(caseId, '家属已自行处理')).status).toBe(200);
    const again = await cancel(caseId, '家属已自行处理');
    expect(again.status).toBe(409);

    const lines = await linesOf(caseId);
    expect(lines).toEqual([expect.objectContaining({ itemCode: 'cancel_fee', itemName: '取消费', providerId: provider.id, dispatchId: order.id, quantity: 1, unitPrice: FEE, amount: FEE, subsidy: 0, elderShare: FEE, kind: 'charge' })]);
    expect(await orderOf(provider, order.id)).toMatchObject({ status: 'canceled', reason: '家属已自行处理' });
    const statement = (await engine.admin.get<Statement>(`/api/billing/statements/${world.elderId}`)).body.statement;
    expect(statement.lines.filter((l) => l.caseId === caseId)).toHaveLength(1);
    expect(statement.totals).toEqual({ amount: before.amount + FEE, subsidy: before.subsidy, elderShare: before.elderShare + FEE });
    // The provider's settlement of the month counts it, as the provider itself reads it.
    const settlement = (await provider.user.get<{ settlement: Totals & { orders: number } }>(`/api/billing/settlements/${provider.id}`)).body.settlement;
    expect(settlement).toMatchObject({ amount: FEE, subsidy: 0, elderShare: FEE, orders: 1 });

    const { timeline } = await cases.detail(caseId);
    expect(timeline.filter((e) => e.type === 'dispatch.canceled').map((e) => e.data)).toEqual([expect.objectContaining({ dispatchId: order.id, was: 'started', fee: FEE })]);
    const audit = (await engine.admin.get<{ entries: { action: string; entityId: string }[] }>(`/api/audit?action=charge.cancel_fee&entityId=cancel:${order.id}`)).body.entries;
    expect(audit).toHaveLength(1);
  });

  it('given an order whose worker has started, when its process instance is deleted in the engine, then the history watcher cancels the case, the order and charges the fee once, as the system', async () => {
    const { caseId, provider, order } = await ordered();
    await ok(provider.user.post(`/api/dispatches/${order.id}/accept`, { staffId: provider.staffId }), 'accept');
    await ok(provider.user.post(`/api/dispatches/${order.id}/start`, {}), 'start');
    const { instanceId } = await engine.running.dataSource.getRepository(CaseProcessStartEntity).findOneByOrFail({ caseId });
    expect(await deleteProcessInstance(new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! }), instanceId!)).toBe(true);

    await eventually(async () => ((await cases.detail(caseId)).case.status === 'canceled' ? true : undefined), 30_000, 'the canceled case');
    expect(await orderOf(provider, order.id)).toMatchObject({ status: 'canceled' });
    expect(await linesOf(caseId)).toEqual([expect.objectContaining({ dispatchId: order.id, amount: FEE, subsidy: 0, elderShare: FEE })]);
    const audit = (await engine.admin.get<{ entries: { actorName: string }[] }>(`/api/audit?action=dispatch.cancel&entityId=${order.id}`)).body.entries;
    expect(audit.map((e) => e.actorName)).toEqual(['system']);
  });

  it('given bad cancellation terms, when the bureau or a provider’s admin sets them, then each is refused and the terms stay as they were', async () => {
    const [provider, other] = world.providers;
    const stored = async () => (await engine.admin.get<ProviderTerms>(`/api/providers/${provider.id}`)).body.provider;
    const was = await stored();
    for (const body of [{ cancelFee: -1, cancelTerms: null }, { cancelFee: 12.5, cancelTerms: null }, { cancelFee: 100_001, cancelTerms: null }, { cancelFee: 100, cancelTerms: 'x'.repeat(201) }, { cancelFee: 100 }, { cancelFee: '100', cancelTerms: null }, { cancelFee: 100, cancelTerms: null, capacity: 3 }]) {
      const res = await engine.admin.request('PUT', `/api/providers/${provider.id}/cancellation-terms`, body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
    }
    // A provider's admin reads its terms but does not set them, its own or another's.
    expect((await provider.user.request('PUT', `/api/providers/${provider.id}/cancellation-terms`, { cancelFee: 0, cancelTerms: null })).status).toBe(403);
    expect((await provider.user.request('PUT', `/api/providers/${other.id}/cancellation-terms`, { cancelFee: 0, cancelTerms: null })).status).toBe(403);
    expect((await engine.admin.request('PUT', '/api/providers/00000000-0000-0000-0000-000000000000/cancellation-terms', { cancelFee: 0, cancelTerms: null })).status).toBe(404);
    expect((await provider.user.get<ProviderTerms>(`/api/providers/${provider.id}`)).body.provider).toMatchObject({ cancelFee: FEE, cancelTerms: TERMS });
    // Nor does a whole-provider change carry them.
    expect((await engine.admin.request('PATCH', `/api/providers/${provider.id}`, { cancelFee: 0 })).status).toBe(400);
    expect(await stored()).toEqual(was);

    // Free terms: 0 and no text.
    const free = await engine.admin.request<ProviderTerms>('PUT', `/api/providers/${other.id}/cancellation-terms`, { cancelFee: 0, cancelTerms: '  ' });
    expect(free.status).toBe(200);
    expect(free.body.provider).toMatchObject({ cancelFee: 0, cancelTerms: null });
  });
});
