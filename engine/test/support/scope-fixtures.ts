import { PopEntity } from '@careflow/engine/dist/modules/telephony/inbound/entities';
import { Role } from '@careflow/engine/dist/modules/identity/entities';
import { ApiClient, eventually } from './api-client';
import { chain, uniqueProcessId, userTask } from './operaton-fixtures';
import { CODES, createProvider, seedRegistry } from './provider-fixtures';
import { WANG_XIUYING } from './registry-fixtures';
import { connectorClient, loggedIn } from './role-clients';
import { EngineFixture } from './test-engine';

/** A caller of the scope tests: who they are and the client that acts as them. */
export interface Caller {
  name: string;
  roles: Role[];
  client: ApiClient;
}

/**
 * District A is 历下区 (370102), district B 市中区 (370103). Provider A serves A, provider B serves B.
 * Every object is A's: an elder, a case of theirs with its task, an order to provider A, calls, a
 * screen pop, an import, a saved filter, a notification of A's users, a periodic need and a care plan of the elder, and
 * a care rule for district A.
 */
export interface ScopeWorld {
  ids: Record<'elder' | 'case' | 'caseNumber' | 'task' | 'dispatch' | 'call' | 'inboundCall' | 'pop' | 'providerA' | 'staffA' | 'import' | 'filter' | 'notification' | 'need' | 'carePlan' | 'careRule' | 'careCampaign' | 'missedCall' | 'monthlyReport' | 'alertRule', string>;
  a: Record<'supervisor' | 'agent' | 'providerAdmin' | 'providerStaff', Caller>;
  b: Record<'supervisor' | 'agent' | 'providerAdmin' | 'providerStaff', Caller>;
  connector: Caller;
}

const contract = { contractFrom: '2026-01-01', contractTo: '2099-12-31' };

/** District A's care rule: a weekly robot care call for its elders living alone. */
export const CARE_RULE = { name: '历下区独居老人每周关怀', filter: { areaCode: '370102', livingSituations: ['alone'] }, kind: 'care_call', channel: 'robot', schedule: { kind: 'weekly', weekdays: [2] } };

async function created<T>(what: string, request: Promise<{ status: number; body: T }>): Promise<T> {
  const res = await request;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function callers(engine: EngineFixture, side: 'a' | 'b', district: string, providerId: string) {
  const make = async (name: string, roles: Role[], extra: { areaScope?: string[]; providerId?: string }) => ({ name, roles, client: await loggedIn(engine, name, roles, extra) });
  return {
    supervisor: await make(`${side}_supervisor`, ['supervisor'], { areaScope: [district] }),
    agent: await make(`${side}_agent`, ['agent'], { areaScope: [district] }),
    providerAdmin: await make(`${side}_provider_admin`, ['provider_admin'], { providerId }),
    providerStaff: await make(`${side}_provider_staff`, ['provider_staff'], { providerId }),
  };
}

export async function buildScopeWorld(engine: EngineFixture): Promise<ScopeWorld> {
  const admin = engine.admin;
  await seedRegistry(admin);
  const providerA = await createProvider(admin, { name: '历下颐养家政', creditCode: CODES[0], areas: ['370102'], ...contract });
  const providerB = await createProvider(admin, { name: '市中安康家政', creditCode: CODES[2], contactPhone: '13805310003', areas: ['370103'], ...contract });
  await created('group', admin.post('/api/groups', { key: 'agents', name: '坐席' }));
  const a = await callers(engine, 'a', '370102', providerA.id);
  const b = await callers(engine, 'b', '370103', providerB.id);
  const connector: Caller = { name: 'connectors', roles: ['connector'], client: await connectorClient(engine) };

  const elder = (await created('elder', admin.post<{ elder: { id: string } }>('/api/elders', WANG_XIUYING))).elder.id;
  await created('form', admin.post('/api/forms', { key: 'visit-form', title: '回访', schema: { type: 'object', properties: { note: { type: 'string' } } } }));
  await created('type', admin.post('/api/service-types', { key: 'visit', names: { 'zh-CN': '上门探访', en: 'Home visit' }, category: 'care' }));
  const bpmnXml = chain(uniqueProcessId('visit'), [{ id: 'visit', xml: userTask('visit', 'visit-form') }]);
  await created('version', admin.post('/api/service-types/visit/versions', { bpmnXml, settings: { priority: 'normal', channels: ['phone'], startRoles: ['admin', 'supervisor', 'agent'] } }));
  await created('publish', admin.post('/api/service-types/visit/publish', { version: 1 }));
  const opened = (await created('case', admin.post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'visit', channel: 'phone', elderId: elder }))).case;
  const task = await eventually(async () => (await admin.get<{ tasks: { id: string }[] }>(`/api/tasks?view=all&caseId=${opened.id}`)).body.tasks[0]?.id, 30_000, 'the visit task');

  const dispatch = (await created('dispatch', admin.post<{ dispatch: { id: string } }>('/api/dispatches', { key: 'scope-a', serviceItem: 'housekeeping_basic', areaCode: '370102001001', providerId: providerA.id }))).dispatch.id;
  const staffA = (await created('staff', admin.post<{ staff: { id: string } }>(`/api/providers/${providerA.id}/staff`, { name: '张阿姨', phone: '13905310011', areas: ['370102'] }))).staff.id;
  const call = (await created('call', a.agent.client.post<{ call: { id: string } }>('/api/calls', { caseId: opened.id, mode: 'click_to_call', to: '13905310001' }))).call.id;
  const rang = await created('inbound call', a.agent.client.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from: '053188001234' }));
  const pop = await eventually(async () => (await engine.running.dataSource.getRepository(PopEntity).findOneBy({ callId: rang.callId }))?.id, 10_000, 'the screen pop');
  // 未接来电: a call from 王秀英's home that nobody answered (its id is the call's).
  const missedCall = (await created('missed call', a.agent.client.post<{ callId: string }>('/api/telephony/simulator/inbound', { kind: 'call', from: '053188001234' }))).callId;
  await created('missed call ended', a.agent.client.post(`/api/telephony/simulator/inbound/${missedCall}/hangup`, {}));
  const template = await a.supervisor.client.download('/api/imports/templates/elders');
  const imported = await a.supervisor.client.upload<{ import: { id: string } }>('/api/imports/elders', template.file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  if (imported.status !== 202) throw new Error(`import: ${imported.status} ${JSON.stringify(imported.body)}`);
  const filter = (await created('filter', a.agent.client.post<{ filter: { id: string } }>('/api/task-filters', { name: '我的', query: {} }))).filter.id;
  await created('notification', admin.post('/api/notifications', { key: 'scope-1', users: [a.agent.name], title: '提醒', body: '请回访', level: 'info' }));
  const need = (await created('periodic need', a.agent.client.post<{ need: { id: string } }>('/api/periodic-needs', { elderId: elder, items: [{ code: 'housekeeping_basic', quantity: 1 }], schedule: { kind: 'weekly', weekdays: [2] }, startsOn: '2099-01-01' }))).need.id;
  const carePlan = (await created('care plan', a.agent.client.post<{ plan: { id: string } }>('/api/care-plans', { elderId: elder, kind: 'care_call', channel: 'robot', schedule: { kind: 'weekly', weekdays: [2] }, startsOn: '2099-01-01' }))).plan.id;
  const careRule = (await created('care rule', a.supervisor.client.post<{ rule: { id: string } }>('/api/care-rules', CARE_RULE))).rule.id;
  // Starts far ahead: the campaign opens no case while the scope is tried.
  const monthlyReport = (await created('monthly report', a.supervisor.client.post<{ id: string }>('/api/reports/monthly', { month: new Date().toISOString().slice(0, 7), areaCode: '370102' }))).id;
  const alertRule = (await created('alert rule', a.supervisor.client.post<{ id: string }>('/api/alerts/rules', { kind: 'overdue_cases', name: '历下区超期工单', threshold: 5, areaCode: '370102' }))).id;
  const careCampaign = (await created('care campaign', a.supervisor.client.post<{ campaign: { id: string } }>('/api/care/campaigns', { name: '历下区高温关怀', filter: CARE_RULE.filter, startAt: '2099-01-01T00:00:00.000Z' }))).campaign.id;
  const notification = (await a.agent.client.get<{ notifications: { id: string }[] }>('/api/notifications')).body.notifications[0].id;

  return {
    ids: { elder, case: opened.id, caseNumber: opened.caseNumber, task, dispatch, call, inboundCall: rang.callId, pop, providerA: providerA.id, staffA, import: imported.body.import.id, filter, notification, need, carePlan, careRule, careCampaign, missedCall, monthlyReport, alertRule },
    a,
    b,
    connector,
  };
}
