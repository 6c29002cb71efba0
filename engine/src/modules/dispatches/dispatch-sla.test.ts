import { ApiClient } from '../../../test/support/api-client';
import { testDatabases } from '../../../test/support/databases';
import { insertCase } from '../../../test/support/operaton-process-fixtures';
import { CODES, createProvider, ProviderBody, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { NotificationEntity } from '../notifications/entities';
import { SmsMessageEntity } from '../sms/entities';

type Order = { id: string; status: string; providerId: string; staffId: string | null; createdAt: string; updatedAt: string; answerDueAt: string | null; workDueAt: string | null };
type Answer = { dispatch: Order; repeated?: boolean; error?: { code: string; details?: { path: string }[] } };
type Mine = { notifications: { title: string; body: string }[]; unread: number };

const MINUTE = 60_000;
const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : NaN);

/**
 * An order's SLA and who is told of it: the answer due on dispatch, the work due on acceptance, the
 * provider's users in the app and its contact phone by SMS exactly once, the worker when assigned.
 */
describe.each(testDatabases())('dispatch deadlines and new-order notices on $name', ({ name, create }) => {
  const engine = useTestEngine(create);
  let a: ProviderBody; // serves 历下区: the rules' choice
  let b: ProviderBody;
  let supervisor: ApiClient;
  let aAdmin: ApiClient;
  let aStaffUser: ApiClient;
  let bAdmin: ApiClient;
  let n = 0;
  const key = () => `${name}-sla-${++n}`;
  const dispatch = (body: Record<string, unknown>) => supervisor.post<Answer>('/api/dispatches', { serviceItem: 'housekeeping_basic', areaCode: '370102001001', ...body });
  const texts = (smsKey: string) => engine.running.dataSource.getRepository(SmsMessageEntity).findBy({ key: smsKey });
  const notices = (noticeKey: string) => engine.running.dataSource.getRepository(NotificationEntity).findBy({ key: noticeKey });

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    const contract = { contractFrom: '2026-01-01', contractTo: '2099-12-31', capacity: 50 };
    a = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], contactPhone: '13805310001', areas: ['370102'], ...contract });
    b = await createProvider(engine.admin, { name: '文化东路助老服务社', creditCode: CODES[1], contactPhone: '13805310002', areas: ['370102001'], ...contract });
    supervisor = await userOf(engine, `sup_sla_${name}`, ['supervisor']);
    aAdmin = await userOf(engine, `a_admin_sla_${name}`, ['provider_admin'], a.id);
    bAdmin = await userOf(engine, `b_admin_sla_${name}`, ['provider_admin'], b.id);
    // The worker's own login: a user of provider A with the staff member's phone.
    const made = await engine.admin.post('/api/users', { username: `a_worker_sla_${name}`, password: 'password-123', displayName: '张阿姨', roles: ['provider_staff'], providerId: a.id, phone: '13905310009' });
    expect(made.status).toBe(201);
    aStaffUser = new ApiClient(engine.running.url);
    await aStaffUser.login(`a_worker_sla_${name}`, 'password-123');
  });

  it('given answer and work windows, when an order is dispatched and accepted, then the answer is due 30 minutes after dispatch and the work 24 hours after acceptance', async () => {
    const caseRow = await insertCase(engine.running.dataSource);
    const created = await dispatch({ key: key(), caseId: caseRow.id, providerId: a.id, acceptWithin: 'PT30M', workWithin: 'PT24H' });
    expect(created.status).toBe(201);
    const order = created.body.dispatch;
    expect([ms(order.answerDueAt) - ms(order.createdAt), order.workDueAt]).toEqual([30 * MINUTE, null]);

    const accepted = await aAdmin.post<Answer>(`/api/dispatches/${order.id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(ms(accepted.body.dispatch.workDueAt) - ms(accepted.body.dispatch.updatedAt)).toBe(24 * 60 * MINUTE);
    // Kept on the order: the list reads the same times, and accepting again does not move the clock.
    const again = await aAdmin.post<Answer>(`/api/dispatches/${order.id}/accept`, {});
    const listed = (await aAdmin.get<{ dispatches: Order[] }>('/api/dispatches?status=accepted')).body.dispatches.find((d) => d.id === order.id);
    expect([again.body.dispatch.workDueAt, listed?.workDueAt, listed?.answerDueAt]).toEqual([accepted.body.dispatch.workDueAt, accepted.body.dispatch.workDueAt, order.answerDueAt]);
  });

  it('given no windows (an older model), when an order is dispatched and accepted, then it has no due times and still works', async () => {
    const order = (await dispatch({ key: key(), providerId: a.id })).body.dispatch;
    expect([order.answerDueAt, order.workDueAt]).toEqual([null, null]);
    expect((await aAdmin.post<Answer>(`/api/dispatches/${order.id}/accept`, {})).body.dispatch).toMatchObject({ status: 'accepted', workDueAt: null });
  });

  it.each([
    ['an answer window that is no duration', { acceptWithin: '30 minutes' }, 'acceptWithin'],
    ['a work window with hours before the T', { workWithin: 'P24H' }, 'workWithin'],
  ])('given %s, when dispatched, then 400 names the field and no order is made', async (_what, windows, path) => {
    const count = async () => (await supervisor.get<{ dispatches: Order[] }>('/api/dispatches')).body.dispatches.length;
    const before = await count();
    const res = await dispatch({ key: key(), providerId: a.id, ...windows });
    expect([res.status, res.body.error?.details?.[0]?.path]).toEqual([400, path]);
    expect(await count()).toBe(before);
  });

  it('given a new order for provider A, when the same key is dispatched again, then A’s admin got one in-app notice and A’s phone one SMS with the case number, item and deadline, and provider B’s users got nothing', async () => {
    const caseRow = await insertCase(engine.running.dataSource);
    const k = key();
    const first = await dispatch({ key: k, caseId: caseRow.id, providerId: a.id, acceptWithin: 'PT30M' });
    const repeat = await dispatch({ key: k, caseId: caseRow.id, providerId: a.id, acceptWithin: 'PT30M' });
    expect([first.status, repeat.status, repeat.body.repeated, repeat.body.dispatch.id]).toEqual([201, 200, true, first.body.dispatch.id]);
    const id = first.body.dispatch.id;

    const sms = await texts(`dispatch.new:${id}`);
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ phone: '13805310001', templateKey: 'provider_new_order', status: 'queued', outboxSends: true, caseId: caseRow.id });
    expect(sms[0].content).toContain(`工单号 ${caseRow.caseNumber}`);
    expect(sms[0].content).toContain('日常保洁');
    expect(sms[0].content).toMatch(/接单时限：\d{2}-\d{2} \d{2}:\d{2}/);

    // One for A's admin, who answers it (its worker hears only of orders given to them); none for B.
    const rows = await notices(`dispatch.new:${id}`);
    expect(rows).toHaveLength(1);
    expect((await aStaffUser.get<Mine>('/api/notifications')).body.notifications.filter((x) => x.body.includes(caseRow.caseNumber))).toEqual([]);
    const mine = (await aAdmin.get<Mine>('/api/notifications')).body.notifications.filter((x) => x.body.includes(caseRow.caseNumber));
    expect(mine).toEqual([{ ...mine[0], title: '新派单：日常保洁' }]);
    expect((await bAdmin.get<Mine>('/api/notifications')).body.notifications.filter((x) => x.body.includes(caseRow.caseNumber))).toEqual([]);
  });

  it('given provider B gets an order, then A’s users are not told of it', async () => {
    const caseRow = await insertCase(engine.running.dataSource);
    const order = (await dispatch({ key: key(), caseId: caseRow.id, providerId: b.id, acceptWithin: 'PT1H' })).body.dispatch;
    expect((await bAdmin.get<Mine>('/api/notifications')).body.notifications.some((x) => x.body.includes(caseRow.caseNumber))).toBe(true);
    expect((await aAdmin.get<Mine>('/api/notifications')).body.notifications.some((x) => x.body.includes(caseRow.caseNumber))).toBe(false);
    expect((await aStaffUser.get<Mine>('/api/notifications')).body.notifications.some((x) => x.body.includes(caseRow.caseNumber))).toBe(false);
    expect((await texts(`dispatch.new:${order.id}`)).map((m) => m.phone)).toEqual(['13805310002']);
  });

  it('given an order accepted with a worker, when accepted again, then the worker got one SMS and one in-app notice with the work deadline', async () => {
    const caseRow = await insertCase(engine.running.dataSource);
    const staff = await aAdmin.post<{ staff: { id: string } }>(`/api/providers/${a.id}/staff`, { name: '张阿姨', phone: '13905310009', skills: ['housekeeping_basic'], areas: ['370102'] });
    expect(staff.status).toBe(201);
    const order = (await dispatch({ key: key(), caseId: caseRow.id, providerId: a.id, acceptWithin: 'PT30M', workWithin: 'PT2H' })).body.dispatch;
    for (let i = 0; i < 2; i++) expect((await aAdmin.post(`/api/dispatches/${order.id}/accept`, { staffId: staff.body.staff.id })).status).toBe(200);

    const sms = await texts(`dispatch.staff:${order.id}:${staff.body.staff.id}`);
    expect(sms.map((m) => [m.phone, m.templateKey])).toEqual([['13905310009', 'staff_new_order']]);
    expect(sms[0].content).toMatch(new RegExp(`历下颐养家政派给您一张工单：日常保洁，工单号 ${caseRow.caseNumber}，完成时限：\\d{2}-\\d{2} \\d{2}:\\d{2}`));
    const mine = (await aStaffUser.get<Mine>('/api/notifications')).body.notifications.filter((x) => x.title === '派给您的工单：日常保洁' && x.body.includes(caseRow.caseNumber));
    expect(mine).toHaveLength(1);
  });
});
