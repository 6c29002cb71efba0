import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { agreedOrder, HouseholdProvider, householdWorld, Order } from '../../../test/support/household-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';

type Call = { id: string; mode: string; from: string | null; to: string; toName: string | null; caseId: string | null; status: string };
type Placed = { call: Call; callback: string; error?: { code: string; message: string } };

/** 回拨: a provider's people call an order's elder through the hotline, never with the elder's number. */
describe.each(testDatabases())('calling an order’s elder through the hotline on $name', ({ create }) => {
  // Before the engine's own clean-up: the case is cancelled while the engine still runs.
  const opened: string[] = [];
  afterAll(async () => {
    for (const id of opened) await engine.admin.post(`/api/cases/${id}/cancel`, { reason: 'test finished' });
  });
  const engine = useTestEngine(create);
  let quoted: HouseholdProvider;
  let other: HouseholdProvider;
  let order: Order;
  let staff: ApiClient;
  let caseId: string;
  const call = (who: ApiClient, id = order.id, body: unknown = {}) => who.post<Placed>(`/api/dispatches/${id}/call`, body);

  beforeAll(async () => {
    const world = await householdWorld(engine);
    ({ caseId, provider: quoted, order } = await agreedOrder(engine, world, opened));
    other = world.providers.find((p) => p !== quoted)!;
    const username = `caller_${engine.db.name}`;
    expect((await engine.admin.post('/api/users', { username, password: 'password-123', displayName: '保洁员张', roles: ['provider_staff'], providerId: quoted.id, phone: '13905311234' })).status).toBe(201);
    staff = new ApiClient(engine.running.url);
    await staff.login(username, 'password-123');
  });

  it('given the offered order, when its provider’s worker calls the elder, then the hotline rings the worker’s phone first and the elder’s number stays masked to them, and it is recorded on the case and audited', async () => {
    const res = await call(staff);
    expect([res.status, res.body.callback, res.body.call.to, res.body.call.mode, res.body.call.caseId]).toEqual([201, '139****1234', '0531-****1234', 'click_to_call', caseId]);
    const { body } = await engine.admin.get<{ items: Call[] }>(`/api/calls?caseId=${caseId}`);
    expect(body.items.map((c) => [c.id, c.from, c.to, c.toName, c.status])).toEqual([[res.body.call.id, '13905311234', '053188001234', '王秀英', 'ringing']]);
    const audit = (await engine.admin.get<{ entries: { entityId: string; after: Record<string, unknown> }[] }>('/api/audit?action=order.call')).body.entries;
    expect(audit.map((a) => [a.entityId, a.after.callId, a.after.to])).toEqual([[order.id, res.body.call.id, '0531-****1234']]);
    const answered = await engine.admin.post<{ call: Call }>(`/api/telephony/simulator/calls/${res.body.call.id}/answer`, {});
    expect(answered.body.call.status).toBe('answered');
  });

  it('given another provider’s admin, an account without a mobile, or a body with fields, when they call, then 404, 409 and 400, and no call is placed', async () => {
    const before = (await engine.admin.get<{ items: Call[] }>(`/api/calls?caseId=${caseId}`)).body.items.length;
    expect((await call(other.user)).status).toBe(404);
    const noPhone = await call(quoted.user);
    expect([noPhone.status, noPhone.body.error?.message]).toEqual([409, expect.stringMatching(/no mobile number/)]);
    expect((await call(staff, order.id, { to: '13800000000' })).status).toBe(400);
    expect((await call(engine.admin)).status).toBe(403);
    expect((await engine.admin.get<{ items: Call[] }>(`/api/calls?caseId=${caseId}`)).body.items.length).toBe(before);
  });

  it('given the order refused, when the worker calls, then 409: only an open order’s elder is called', async () => {
    expect((await quoted.user.post(`/api/dispatches/${order.id}/reject`, { reason: '人手不足' })).status).toBe(200);
    const res = await call(staff);
    expect([res.status, res.body.error?.message]).toEqual([409, expect.stringMatching(/only an open order/)]);
  });
});
