import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, seedRegistry } from '../../../test/support/provider-fixtures';
import { WANG_XIUYING } from '../../../test/support/registry-fixtures';
import { loggedIn } from '../../../test/support/role-clients';
import { useTestEngine } from '../../../test/support/test-engine';
import { ProcessMessageEntity } from './operaton/entities';

type Detail = { timeline: { type: string }[]; tasks: { elementId: string; variables: Record<string, unknown> }[] };

/** Waits for provider.accepted by case number (Operaton correlates by the business key, the case number), then a task that shows what the message set. */
const processWaitingByCaseNumber = (processId: string) =>
  chain(processId, [
    { id: 'accepted', xml: '<bpmn:intermediateCatchEvent id="accepted"><bpmn:messageEventDefinition messageRef="m_accepted"/></bpmn:intermediateCatchEvent>' },
    { id: 'confirm', xml: userTask('confirm', 'confirm-form') },
  ]).replace('</bpmn:definitions>', '<bpmn:message id="m_accepted" name="provider.accepted"/></bpmn:definitions>');

// Who may correlate what does not depend on the dialect; SQLite is enough.
const sqlite = testDatabases()[0];

describe('who may publish which message into what', () => {
  // Case numbers get a prefix of their own (the process engine is shared): messages correlate by them.
  const engine = useTestEngine(sqlite.create);
  let caseId: string;
  let caseNumber: string;
  let dispatchId: string;
  let lixiaAgent: ApiClient;
  let shizhongAgent: ApiClient;
  let staffA: ApiClient;
  let staffB: ApiClient;
  let adminB: ApiClient;
  let n = 0;

  const publish = (client: ApiClient, correlationKey: string, body: Record<string, unknown> = {}) =>
    client.post<{ error?: { code: string; message: string } }>('/api/messages', { name: 'provider.accepted', correlationKey, messageId: `access-${++n}`, variables: { dispatch: { status: 'accepted' } }, ...body });

  /** Nothing was kept or sent: no message row (Operaton's messages are kept by CareFlow until delivered), no timeline entry. */
  async function expectNothingPublished(messageId: string) {
    expect(await engine.running.dataSource.getRepository(ProcessMessageEntity).countBy({ messageId })).toBe(0);
    const timeline = (await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body.timeline;
    expect(timeline.filter((e) => e.type === 'message.received')).toEqual([]);
  }

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    const contract = { contractFrom: '2026-01-01', contractTo: '2099-12-31' };
    const providerA = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], areas: ['370102'], ...contract });
    const providerB = await createProvider(engine.admin, { name: '市中安康家政', creditCode: CODES[2], contactPhone: '13805310003', areas: ['370103'], ...contract });
    const elderId = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    await engine.admin.post('/api/forms', { key: 'confirm-form', title: '确认', schema: { type: 'object' } });
    await engine.admin.post('/api/service-types', { key: 'accept', names: { 'zh-CN': '派单', en: 'Dispatch' }, category: 'test' });
    await engine.admin.post('/api/service-types/accept/versions', { bpmnXml: processWaitingByCaseNumber(uniqueProcessId('accept')) });
    expect((await engine.admin.post('/api/service-types/accept/publish', { version: 1 })).status).toBe(200);
    ({ id: caseId, caseNumber } = (await engine.admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'accept', channel: 'phone', elderId })).body.case);
    const dispatched = await engine.admin.post<{ dispatch: { id: string } }>('/api/dispatches', { key: 'access-1', serviceItem: 'housekeeping_basic', areaCode: '370102001001', providerId: providerA.id });
    expect(dispatched.status).toBe(201);
    dispatchId = dispatched.body.dispatch.id;
    lixiaAgent = await loggedIn(engine, 'lixia_agent', ['agent'], { areaScope: ['370102'] });
    shizhongAgent = await loggedIn(engine, 'shizhong_agent', ['agent'], { areaScope: ['370103'] });
    staffA = await loggedIn(engine, 'staff_a', ['provider_staff'], { providerId: providerA.id });
    staffB = await loggedIn(engine, 'staff_b', ['provider_staff'], { providerId: providerB.id });
    adminB = await loggedIn(engine, 'admin_b', ['provider_admin'], { providerId: providerB.id });
  });

  it('given provider A’s order, when provider B’s users publish provider.accepted on it, then 404 and nothing is published; A’s own staff and an admin get 409: orders are answered through their own routes', async () => {
    for (const [client, messageId] of [[staffB, 'forged-b-1'], [adminB, 'forged-b-2']] as const) {
      const forged = await publish(client, dispatchId, { messageId });
      expect([forged.status, forged.body.error?.code]).toEqual([404, 'not_found']);
      await expectNothingPublished(messageId);
    }
    // The id the forger tried is still free: had it been kept, A's publish with it would be a repeat (200), not a refusal.
    const own = await publish(staffA, dispatchId, { messageId: 'forged-b-1' });
    expect([own.status, own.body.error?.message]).toEqual([409, expect.stringContaining(`/api/dispatches/${dispatchId}/accept`)]);
    expect((await publish(engine.admin, dispatchId, { messageId: 'by-admin' })).status).toBe(409);
    await expectNothingPublished('forged-b-1');
    await expectNothingPublished('by-admin');
    const order = await engine.admin.get<{ dispatch: { status: string } }>(`/api/dispatches/${dispatchId}`);
    expect(order.body.dispatch.status).toBe('dispatched');
  });

  it('given provider A’s case, when provider users publish on its case number, then 404: providers correlate only into their own orders', async () => {
    expect((await publish(staffB, caseNumber, { messageId: 'case-by-b' })).status).toBe(404);
    expect((await publish(staffA, caseNumber, { messageId: 'case-by-a' })).status).toBe(404);
    await expectNothingPublished('case-by-b');
    await expectNothingPublished('case-by-a');
  });

  it('given a case in Lixia, when an agent of Shizhong correlates into it, then 404 and the process does not move', async () => {
    const res = await publish(shizhongAgent, caseNumber, { messageId: 'outside-area' });
    expect([res.status, res.body.error?.code]).toEqual([404, 'not_found']);
    await expectNothingPublished('outside-area');
    expect((await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body.tasks).toEqual([]);
  });

  it.each([
    ['a variable the message does not declare', { variables: { dispatch: { status: 'accepted' }, approvedAmount: 99999 } }, /may not set approvedAmount/],
    ['a message name CareFlow does not declare', { name: 'case.approved', variables: {} }, /case\.approved is not a message/],
  ])('given %s, when an agent in the area publishes it, then 403 and nothing is published', async (_label, body, message) => {
    const messageId = `undeclared-${++n}`;
    const res = await publish(lixiaAgent, caseNumber, { ...body, messageId });
    expect([res.status, res.body.error?.code]).toEqual([403, 'forbidden']);
    expect(res.body.error?.message).toMatch(message);
    await expectNothingPublished(messageId);
  });

  it('given a key nothing has, when even an admin publishes on it, then 404', async () => {
    expect((await publish(engine.admin, 'GD-NO-SUCH-CASE', { messageId: 'nowhere' })).status).toBe(404);
    expect(await engine.running.dataSource.getRepository(ProcessMessageEntity).countBy({ messageId: 'nowhere' })).toBe(0);
  });

  it('given the case in Lixia, when the Lixia agent publishes its declared message, then the process moves on with the declared variable', async () => {
    expect((await publish(lixiaAgent, caseNumber, { messageId: 'outside-area' })).status).toBe(201);
    const detail = await eventually(async () => {
      const d = (await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body;
      return d.tasks.length > 0 ? d : undefined;
    }, 30_000, 'the confirm task');
    expect(detail.tasks[0]).toMatchObject({ elementId: 'confirm', variables: { dispatch: { status: 'accepted' } } });
  });
});
