import { ApiClient } from '../../test/support/api-client';
import { testDatabases } from '../../test/support/databases';
import { CODES, createProvider, seedRegistry, userOf } from '../../test/support/provider-fixtures';
import { WANG_XIUYING } from '../../test/support/registry-fixtures';
import { useTestEngine } from '../../test/support/test-engine';
import { readSheet, XLSX_TYPE } from '../modules/imports/sheets';

type Entry = { action: string; actorName: string | null; entityType: string; entityId: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

/** Reads that show health data or whole lists of people: each says how it is audited. */
const SENSITIVE_READS = ['get /elders/lookup', 'get /elders/:id', 'get /exports/elders', 'get /audit/export'];

// Audit rows do not depend on the dialect; SQLite is enough (the services' own rows run on both elsewhere).
describe('audit declared on routes', () => {
  const engine = useTestEngine(testDatabases()[0].create);
  let supervisor: ApiClient;
  let agent: ApiClient;
  let staff: ApiClient;
  let elderId: string;
  let providerId: string;

  const entries = async (query: string) => (await engine.admin.get<{ entries: Entry[]; total: number }>(`/api/audit?${query}`)).body.entries;

  beforeAll(async () => {
    await seedRegistry(engine.admin);
    providerId = (await createProvider(engine.admin, { creditCode: CODES[0], areas: ['370102'], contractFrom: '2026-01-01', contractTo: '2099-12-31' })).id;
    elderId = (await engine.admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING)).body.elder.id;
    supervisor = await userOf(engine, 'audit_sup', ['supervisor']);
    agent = await userOf(engine, 'audit_agent', ['agent']);
    staff = await userOf(engine, 'audit_staff', ['provider_staff'], providerId);
  });

  it('given the route table, then every write route and every sensitive read declares how it is audited', () => {
    const routes = engine.running.engine.routes;
    const name = (r: (typeof routes)[number]) => `${r.method} ${r.path}`;
    expect(routes.filter((r) => r.method !== 'get' && !r.audit).map(name)).toEqual([]);
    expect(SENSITIVE_READS.filter((read) => !routes.some((r) => name(r) === read && r.audit))).toEqual([]);
    for (const r of routes) {
      if (!r.audit || r.audit === 'service') continue;
      if ('none' in r.audit) expect([name(r), r.audit.none.trim().length > 10]).toEqual([name(r), true]);
      else expect(`${name(r)}: ${r.audit.action}`).toMatch(/: [a-z_]+\.[a-z_]+$/);
    }
  });

  it('given a supervisor, when a dispatch is created, then dispatch.create names it, its provider and the supervisor; a refused one leaves nothing', async () => {
    const res = await supervisor.post<{ dispatch: { id: string } }>('/api/dispatches', { key: 'audit-d1', serviceItem: 'housekeeping_basic', areaCode: '370102001001' });
    expect(res.status).toBe(201);
    const [row] = await entries(`action=dispatch.create&entityId=${res.body.dispatch.id}`);
    expect(row).toMatchObject({ actorName: 'audit_sup', entityType: 'dispatch', after: { serviceItem: 'housekeeping_basic', providerId, repeated: false } });
    expect((await supervisor.post('/api/dispatches', { key: 'audit-d2', serviceItem: 'massage', areaCode: '370102001001' })).status).toBe(400);
    expect((await entries('action=dispatch.create')).map((e) => e.entityId)).toEqual([res.body.dispatch.id]);
  });

  it('given a dispatched order, when the provider’s staff accept it, then dispatch.accept holds the status before and after', async () => {
    const { id } = (await supervisor.post<{ dispatch: { id: string } }>('/api/dispatches', { key: 'audit-d3', serviceItem: 'housekeeping_basic', areaCode: '370102001001' })).body.dispatch;
    expect((await staff.post(`/api/dispatches/${id}/accept`, {})).status).toBe(200);
    expect(await entries(`action=dispatch.accept&entityId=${id}`)).toEqual([expect.objectContaining({ actorName: 'audit_staff', before: { status: 'dispatched', staffId: null }, after: { status: 'accepted', staffId: null } })]);
  });

  it('given an admin, when an SMS is queued, then sms.queue names the message with the phone masked', async () => {
    const res = await engine.admin.post<{ message: { id: string } }>('/api/sms/messages', { key: 'audit-sms-1', phone: '13800138000', content: '王秀英老人平安' });
    expect(res.status).toBe(201);
    const [row] = await entries(`action=sms.queue&entityId=${res.body.message.id}`);
    expect(row).toMatchObject({ actorName: 'admin', entityType: 'sms', after: { phone: '138****8000', repeated: false } });
  });

  it('given an agent, when they click to call, then call.place names the call with the number masked', async () => {
    const call = await agent.post<{ call: { id: string } }>('/api/calls', { mode: 'click_to_call', to: '13905310001' });
    expect(call.status).toBe(201);
    expect(await entries(`action=call.place&entityId=${call.body.call.id}`)).toEqual([expect.objectContaining({ actorName: 'audit_agent', after: expect.objectContaining({ mode: 'click_to_call', to: '139****0001' }) })]);
  });

  it('given a ringing call’s screen pop, when an agent takes it, then pop.take names the pop and its call', async () => {
    const rang = await agent.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from: '0531-88001234' });
    const pop = (await agent.get<{ pops: { id: string; callId: string }[] }>('/api/telephony/pops')).body.pops.find((p) => p.callId === rang.body.callId);
    expect((await agent.post(`/api/telephony/pops/${pop?.id}/take`)).status).toBe(200);
    expect(await entries(`action=pop.take&entityId=${pop?.id}`)).toEqual([expect.objectContaining({ actorName: 'audit_agent', entityType: 'screen_pop', after: expect.objectContaining({ callId: rang.body.callId }) })]);
  });

  it('given an agent, when they change their state, then agent.state names them and the state', async () => {
    const me = (await agent.get<{ agent: { userId: string } }>('/api/telephony/agents/me')).body.agent.userId;
    expect((await agent.request('PUT', '/api/telephony/agents/me/state', { state: 'break' })).status).toBe(200);
    expect((await entries(`action=agent.state&entityId=${me}`)).map((e) => [e.actorName, e.after])).toContainEqual(['audit_agent', { state: 'break' }]);
  });

  it('given an agent, when they save a shared inbox filter and delete it, then both are recorded', async () => {
    const res = await agent.post<{ filter: { id: string } }>('/api/task-filters', { name: '紧急工单', query: { view: 'all' }, shared: true });
    expect(res.status).toBe(201);
    expect((await agent.request('DELETE', `/api/task-filters/${res.body.filter.id}`)).status).toBe(204);
    const rows = await entries(`entityType=task_filter&entityId=${res.body.filter.id}`);
    expect(rows.map((e) => [e.action, e.actorName]).sort()).toEqual([['task_filter.create', 'audit_agent'], ['task_filter.delete', 'audit_agent']]);
    expect(rows.find((e) => e.action === 'task_filter.create')?.after).toEqual({ name: '紧急工单', shared: true });
  });

  it('given an agent, when they look an elder up by phone, then elder.lookup names the elder found, not the number asked', async () => {
    const found = await agent.get<{ matches: { elder: { id: string } }[] }>('/api/elders/lookup?phone=13905310001');
    expect(found.body.matches.map((m) => m.elder.id)).toEqual([elderId]);
    const rows = await entries(`action=elder.lookup&entityId=${elderId}`);
    expect(rows).toEqual([expect.objectContaining({ actorName: 'audit_agent', after: { by: 'phone', elderIds: [elderId] } })]);
    expect(JSON.stringify(rows)).not.toContain('13905310001');
  });

  it('given a service that audits itself, when its route is called, then one row is recorded, not two', async () => {
    const res = await engine.admin.post<{ group: { key: string } }>('/api/groups', { key: 'audit_once', name: '审计组' });
    expect(res.status).toBe(201);
    expect((await entries('entityType=group&entityId=audit_once')).map((e) => e.action)).toEqual(['group.create']);
  });

  it('given an auditor, when they export the filtered log, then the workbook holds the rows and the export is audited', async () => {
    const auditor = await userOf(engine, 'audit_reader', ['auditor']);
    const file = await auditor.download('/api/audit/export?action=dispatch.create');
    expect([file.status, file.headers.get('content-type')]).toEqual([200, XLSX_TYPE]);
    const { headers, rows } = await readSheet(file.file);
    expect(headers).toEqual(['时间', '操作人', '操作人 ID', '操作', '对象类型', '对象 ID', 'IP', '变更前', '变更后']);
    expect(rows.map((r) => [r.cells['操作'], r.cells['操作人']])).toEqual([['dispatch.create', 'audit_sup'], ['dispatch.create', 'audit_sup']]);
    expect(await entries('action=audit.export&actor=audit_reader')).toEqual([expect.objectContaining({ entityType: 'audit_log', after: { filter: { action: 'dispatch.create' }, rows: 2 } })]);
    expect((await agent.download('/api/audit/export')).status).toBe(403);
  });
});
