import { testDatabases } from '../../test/support/databases';
import { WANG_XIUYING } from '../../test/support/registry-fixtures';
import { answerTo, identityOf } from '../../test/support/role-clients';
import { buildScopeWorld, Caller, CARE_RULE, ScopeWorld } from '../../test/support/scope-fixtures';
import { useTestEngine } from '../../test/support/test-engine';
import { RouteSpec } from './route';

// Scope checks do not depend on the dialect; SQLite is enough.
const sqlite = testDatabases()[0];

/**
 * How each by-id route limits which objects a caller reaches, as its list does:
 * - area: the object's area must be in the caller's area scope (a provider's users: the provider's areas);
 * - provider: provider users reach only their own provider's (the hotline's roles read all providers);
 * - creator: only the user it belongs to (and admins).
 * A by-id route that is not scoped says why. A new by-id route fails the test until it is listed here.
 */
type Scoped = {
  scope: 'area' | 'provider' | 'creator';
  path: (w: ScopeWorld) => string;
  body?: (w: ScopeWorld) => unknown;
  owner: (w: ScopeWorld) => Caller;
  /** The owner's call changes the object for good (cancel, complete, delete): made after the others. */
  last?: true;
  /** What the owner gets when success needs more than the route's own object (a 404 naming that other thing). */
  ownerGets?: { status: number; message: RegExp };
};
type Unscoped = { unscoped: string };

const ADMIN_ONLY: Unscoped = { unscoped: 'admins only; admins are limited by no area or provider' };
const CONFIG: Unscoped = { unscoped: 'shared configuration of the whole hotline, owned by no area or provider' };
const CONNECTOR: Unscoped = { unscoped: 'the connectors’ service user only; it acts for the engine, in every area' };
const KNOWLEDGE: Unscoped = { unscoped: 'the hotline’s knowledge base, shared by every area and read by every hotline role' };
const text = () => ({ text: '请尽快处理' });

const BY_ID: Record<string, Scoped | Unscoped> = {
  'get /users/:id': ADMIN_ONLY,
  'patch /users/:id': ADMIN_ONLY,
  'post /users/:id/password': ADMIN_ONLY,
  'patch /areas/:code': ADMIN_ONLY,
  'delete /areas/:code': ADMIN_ONLY,
  'patch /service-items/:code': ADMIN_ONLY,
  'put /dictionaries/:key': ADMIN_ONLY,
  'delete /dictionaries/:key': ADMIN_ONLY,
  'put /calendar/days/:date': ADMIN_ONLY,
  'delete /calendar/days/:date': ADMIN_ONLY,
  'put /calendar/years/:year': ADMIN_ONLY,
  'put /sms-templates/:key': ADMIN_ONLY,
  'delete /sms-templates/:key': ADMIN_ONLY,
  'get /knowledge/articles/:id': KNOWLEDGE,
  'get /knowledge/articles/:id/versions': KNOWLEDGE,
  'put /knowledge/articles/:id/draft': KNOWLEDGE,
  'post /knowledge/articles/:id/submit': KNOWLEDGE,
  'post /knowledge/articles/:id/publish': KNOWLEDGE,
  'post /knowledge/articles/:id/reject': KNOWLEDGE,
  'post /knowledge/articles/:id/rating': KNOWLEDGE,
  'post /knowledge/articles/:id/withdraw': KNOWLEDGE,
  'get /dictionaries/:key': CONFIG,
  'get /sms-templates/:key': CONFIG,
  'post /sms-templates/:key/render': CONFIG,
  'get /forms/:key': CONFIG,
  'delete /forms/:key': CONFIG,
  'post /forms/:key/versions': CONFIG,
  'get /forms/:key/versions/:version': CONFIG,
  'get /service-types/:key': CONFIG,
  // A monthly report's scope is its area (district A's here); a whole-bureau report only unlimited users read.
  'get /reports/monthly/:id': { scope: 'area', path: (w) => `/api/reports/monthly/${w.ids.monthlyReport}`, owner: (w) => w.a.supervisor },
  'get /reports/monthly/:id/pdf': { scope: 'area', path: (w) => `/api/reports/monthly/${w.ids.monthlyReport}/pdf`, owner: (w) => w.a.supervisor },
  'get /reports/monthly/:id/xlsx': { scope: 'area', path: (w) => `/api/reports/monthly/${w.ids.monthlyReport}/xlsx`, owner: (w) => w.a.supervisor },
  // An alert rule's scope is its area (district A's here), as a report's.
  'put /alerts/rules/:id': { scope: 'area', path: (w) => `/api/alerts/rules/${w.ids.alertRule}`, body: () => ({ kind: 'overdue_cases', name: '历下区超期工单', threshold: 3, areaCode: '370102' }), owner: (w) => w.a.supervisor },
  'get /reports/step-heat/:serviceType': { unscoped: 'counts and times of a service type’s process steps over all areas: no case, caller or elder is named' },
  'get /reports/step-heat/:serviceType/xlsx': { unscoped: 'the same counts and times as Excel: no case, caller or elder is named' },
  'patch /service-types/:key': CONFIG,
  'get /service-types/:key/versions/:version': CONFIG,
  'post /service-types/:key/versions': CONFIG,
  'post /service-types/:key/publish': CONFIG,
  'get /decisions/:key': CONFIG,
  'post /decisions/:key/versions': CONFIG,
  'post /decisions/:key/versions/:version/publish': CONFIG,
  'get /imports/templates/:kind': { unscoped: ':kind names a kind of import (elders, areas…), not an object' },
  'post /imports/:kind': { unscoped: ':kind names a kind of import; each row is checked against the importer’s scope' },
  'patch /calls/:id': CONNECTOR,
  'patch /sms/messages/:id': CONNECTOR,
  'get /connector-effects/:key': CONNECTOR,
  'put /connector-effects/:key': CONNECTOR,
  'get /dispatches/:id/webhook-request': CONNECTOR,
  'put /handover-sources/:code': ADMIN_ONLY,
  'post /handovers/:source': { unscoped: ':source names a 转办件 source; the request is signed with that source’s secret (401 otherwise), no user calls it' },
  'get /files/:id': { unscoped: 'the hotline’s roles read every file (an unguessable id, handed out with what links it); a provider’s users only their provider’s uploads, as files.test shows' },
  'post /periodic-needs/:id/:action': { scope: 'area', path: (w) => `/api/periodic-needs/${w.ids.need}/pause`, owner: (w) => w.a.agent, last: true },
  'post /care-plans/:id/:action': { scope: 'area', path: (w) => `/api/care-plans/${w.ids.carePlan}/pause`, owner: (w) => w.a.agent, last: true },
  // A care rule's scope is its area (district A's here); agents may not keep rules at all (403).
  'put /care-rules/:id': { scope: 'area', path: (w) => `/api/care-rules/${w.ids.careRule}`, body: () => CARE_RULE, owner: (w) => w.a.supervisor },
  'post /care-rules/:id/deactivate': { scope: 'area', path: (w) => `/api/care-rules/${w.ids.careRule}/deactivate`, owner: (w) => w.a.supervisor, last: true },
  // A care campaign's scope is its area (district A's here), as a rule's.
  'get /care/campaigns/:id': { scope: 'area', path: (w) => `/api/care/campaigns/${w.ids.careCampaign}`, owner: (w) => w.a.supervisor },
  'post /care/campaigns/:id/:action': { scope: 'area', path: (w) => `/api/care/campaigns/${w.ids.careCampaign}/cancel`, owner: (w) => w.a.supervisor, last: true },

  'get /cases/:id': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}`, owner: (w) => w.a.agent },
  'post /cases/:id/urge': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/urge`, body: text, owner: (w) => w.a.agent },
  // The owner names no real person here: past the case's scope, the unknown responsible person is what refuses it.
  'post /cases/:id/supervise': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/supervise`, body: () => ({ text: '请今日办结', responsibleId: '00000000-0000-0000-0000-000000000000', deadline: '2099-01-01T00:00:00Z' }), owner: (w) => w.a.supervisor, ownerGets: { status: 400, message: /responsible person/ } },
  // The world's case is not confidential: in scope, the owner learns only that there is no confidential caller.
  'get /cases/:id/caller': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/caller`, owner: (w) => w.a.agent, ownerGets: { status: 404, message: /confidential caller/ } },
  'get /cases/:id/diagram': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/diagram`, owner: (w) => w.a.agent },
  'get /cases/:id/escalations': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/escalations`, owner: (w) => w.a.agent },
  'get /cases/:id/handlers': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/handlers`, owner: (w) => w.a.supervisor },
  'post /cases/:id/escalations/:escalationId/reply': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/escalations/00000000-0000-0000-0000-000000000000/reply`, body: text, owner: (w) => w.a.agent, ownerGets: { status: 404, message: /督办/ } },
  'post /cases/:id/comments': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/comments`, body: text, owner: (w) => w.a.agent },
  'post /cases/:id/cancel': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/cancel`, body: () => ({ reason: '重复工单' }), owner: (w) => w.a.supervisor, last: true },
  'post /cases/:id/knowledge': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/knowledge`, body: () => ({ articleId: 'no-such-article' }), owner: (w) => w.a.agent, ownerGets: { status: 404, message: /Article/ } },
  'post /cases/:id/knowledge/sms': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/knowledge/sms`, body: () => ({ articleId: 'no-such-article', phone: '13800138000' }), owner: (w) => w.a.agent, ownerGets: { status: 404, message: /Article/ } },
  'get /cases/:id/knowledge': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/knowledge`, owner: (w) => w.a.agent },
  'get /cases/:id/incidents': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/incidents`, owner: (w) => w.a.agent },
  'post /cases/:id/incidents/:key/retry': {
    scope: 'area',
    path: (w) => `/api/cases/${w.ids.case}/incidents/1/retry`,
    body: () => ({ variables: {} }),
    owner: (w) => w.a.supervisor,
    ownerGets: { status: 404, message: /^Incident 1 of case/ },
  },
  'get /tasks/:id': { scope: 'area', path: (w) => `/api/tasks/${w.ids.task}`, owner: (w) => w.a.supervisor },
  'post /tasks/:id/claim': { scope: 'area', path: (w) => `/api/tasks/${w.ids.task}/claim`, owner: (w) => w.a.supervisor },
  'post /tasks/:id/draft': { scope: 'area', path: (w) => `/api/tasks/${w.ids.task}/draft`, body: () => ({ values: { note: '草稿' } }), owner: (w) => w.a.supervisor },
  'post /tasks/:id/unclaim': { scope: 'area', path: (w) => `/api/tasks/${w.ids.task}/unclaim`, owner: (w) => w.a.supervisor },
  'post /tasks/:id/assign': { scope: 'area', path: (w) => `/api/tasks/${w.ids.task}/assign`, body: (w) => ({ username: w.a.supervisor.name }), owner: (w) => w.a.supervisor },
  'post /tasks/:id/complete': { scope: 'area', path: (w) => `/api/tasks/${w.ids.task}/complete`, body: () => ({ variables: { note: '已回访' } }), owner: (w) => w.a.supervisor, last: true },
  'get /elders/:id': { scope: 'area', path: (w) => `/api/elders/${w.ids.elder}`, owner: (w) => w.a.agent },
  'put /elders/:id': { scope: 'area', path: (w) => `/api/elders/${w.ids.elder}`, body: () => ({ ...WANG_XIUYING, notes: '子女每周来电', version: 1 }), owner: (w) => w.a.agent },
  'get /elders/:id/status-history': { scope: 'area', path: (w) => `/api/elders/${w.ids.elder}/status-history`, owner: (w) => w.a.agent },
  'post /elders/:id/status': { scope: 'area', path: (w) => `/api/elders/${w.ids.elder}/status`, body: () => ({ status: 'moved', note: '随子女迁居' }), owner: (w) => w.a.agent, last: true },
  'post /billing/months/:month/close': ADMIN_ONLY,
  // Hotline users by the elder's area; a provider's users see only their provider's lines (none: 404).
  'get /billing/statements/:elderId': { scope: 'area', path: (w) => `/api/billing/statements/${w.ids.elder}`, owner: (w) => w.a.agent },
  'get /billing/statements/:elderId/pdf': { scope: 'area', path: (w) => `/api/billing/statements/${w.ids.elder}/pdf`, owner: (w) => w.a.agent },
  'get /billing/statements/:elderId/xlsx': { scope: 'area', path: (w) => `/api/billing/statements/${w.ids.elder}/xlsx`, owner: (w) => w.a.agent },
  'post /billing/statements/:elderId/sms': { scope: 'area', path: (w) => `/api/billing/statements/${w.ids.elder}/sms`, body: () => ({ month: new Date().toISOString().slice(0, 7) }), owner: (w) => w.a.agent },
  // A provider's settlement: its users only (the hotline's roles read every provider's, over their area scope); confirming an open month is 409.
  'get /billing/settlements/:providerId': { scope: 'provider', path: (w) => `/api/billing/settlements/${w.ids.providerA}`, owner: (w) => w.a.providerStaff },
  'get /billing/settlements/:providerId/xlsx': { scope: 'provider', path: (w) => `/api/billing/settlements/${w.ids.providerA}/xlsx`, owner: (w) => w.a.providerStaff },
  'post /billing/settlements/:providerId/:month/confirm': { scope: 'provider', path: (w) => `/api/billing/settlements/${w.ids.providerA}/2026-01/confirm`, body: () => ({ signatureName: '张经理' }), owner: (w) => w.a.providerAdmin },
  'get /cases/:id/cancellation-terms': { scope: 'area', path: (w) => `/api/cases/${w.ids.case}/cancellation-terms`, owner: (w) => w.a.supervisor },
  'get /dispatches/:id': { scope: 'area', path: (w) => `/api/dispatches/${w.ids.dispatch}`, owner: (w) => w.a.supervisor },
  'post /dispatches/:id/accept': { scope: 'provider', path: (w) => `/api/dispatches/${w.ids.dispatch}/accept`, owner: (w) => w.a.providerStaff },
  'post /dispatches/:id/done': { scope: 'provider', path: (w) => `/api/dispatches/${w.ids.dispatch}/done`, owner: (w) => w.a.providerStaff },
  'post /dispatches/:id/start': { scope: 'provider', path: (w) => `/api/dispatches/${w.ids.dispatch}/start`, owner: (w) => w.a.providerStaff },
  'post /dispatches/:id/finish': { scope: 'provider', path: (w) => `/api/dispatches/${w.ids.dispatch}/finish`, body: () => ({ photoFileId: 'no-such-photo' }), owner: (w) => w.a.providerStaff, ownerGets: { status: 400, message: /invalid/ } },
  'post /dispatches/:id/reject': { scope: 'provider', path: (w) => `/api/dispatches/${w.ids.dispatch}/reject`, body: () => ({ reason: '人手不足' }), owner: (w) => w.a.providerAdmin },
  // The owner hears 409 (no mobile on the account, or the order no longer open): past the scope check.
  'post /dispatches/:id/call': { scope: 'provider', path: (w) => `/api/dispatches/${w.ids.dispatch}/call`, body: () => ({}), owner: (w) => w.a.providerStaff },
  // A worker's report: the owner hears 409 while the order is not accepted, past the scope check.
  'post /dispatches/:id/issue': { scope: 'provider', path: (w) => `/api/dispatches/${w.ids.dispatch}/issue`, body: () => ({ kind: 'not_home', note: '敲门无人应答' }), owner: (w) => w.a.providerStaff },
  'get /dispatches/:id/issues': { scope: 'area', path: (w) => `/api/dispatches/${w.ids.dispatch}/issues`, owner: (w) => w.a.supervisor },
  'post /dispatches/:id/expire': { scope: 'area', path: (w) => `/api/dispatches/${w.ids.dispatch}/expire`, owner: (w) => w.a.supervisor },
  'get /calls/:id': { scope: 'area', path: (w) => `/api/calls/${w.ids.call}`, owner: (w) => w.a.agent },
  'post /telephony/simulator/calls/:id/answer': { scope: 'area', path: (w) => `/api/telephony/simulator/calls/${w.ids.call}/answer`, body: () => ({}), owner: (w) => w.a.agent },
  'post /telephony/simulator/calls/:id/digits': { scope: 'area', path: (w) => `/api/telephony/simulator/calls/${w.ids.call}/digits`, body: () => ({ digits: '1' }), owner: (w) => w.a.agent },
  'post /telephony/simulator/calls/:id/no-answer': { scope: 'area', path: (w) => `/api/telephony/simulator/calls/${w.ids.call}/no-answer`, owner: (w) => w.a.agent, last: true },
  'post /telephony/simulator/calls/:id/busy': { scope: 'area', path: (w) => `/api/telephony/simulator/calls/${w.ids.call}/busy`, owner: (w) => w.a.agent, last: true },
  'post /telephony/simulator/calls/:id/hangup': { scope: 'area', path: (w) => `/api/telephony/simulator/calls/${w.ids.call}/hangup`, owner: (w) => w.a.agent, last: true },
  'post /telephony/pops/:id/take': { scope: 'area', path: (w) => `/api/telephony/pops/${w.ids.pop}/take`, owner: (w) => w.a.agent },
  // 处理完毕: only the agent who took the pop (after the take, so last).
  'post /telephony/pops/:id/finish': { scope: 'creator', path: (w) => `/api/telephony/pops/${w.ids.pop}/finish`, owner: (w) => w.a.agent, last: true },
  'post /telephony/simulator/inbound/:callId/answer': { scope: 'area', path: (w) => `/api/telephony/simulator/inbound/${w.ids.inboundCall}/answer`, owner: (w) => w.a.agent },
  'post /telephony/calls/:id/transfer': { scope: 'area', path: (w) => `/api/telephony/calls/${w.ids.inboundCall}/transfer`, body: () => ({ group: 'agents' }), owner: (w) => w.a.agent },
  'post /calls/:id/case': { scope: 'area', path: (w) => `/api/calls/${w.ids.inboundCall}/case`, body: (w) => ({ caseId: w.ids.case }), owner: (w) => w.a.agent },
  'post /calls/missed/:id/callback': { scope: 'area', path: (w) => `/api/calls/missed/${w.ids.missedCall}/callback`, body: () => ({}), owner: (w) => w.a.agent },
  'post /calls/missed/:id/outcome': { scope: 'area', path: (w) => `/api/calls/missed/${w.ids.missedCall}/outcome`, body: () => ({ outcome: 'no_answer' }), owner: (w) => w.a.agent },
  'post /telephony/simulator/inbound/:callId/hangup': { scope: 'area', path: (w) => `/api/telephony/simulator/inbound/${w.ids.inboundCall}/hangup`, body: () => ({}), owner: (w) => w.a.agent, last: true },
  'get /providers/:id': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}`, owner: (w) => w.a.providerStaff },
  'patch /providers/:id': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}`, body: () => ({ contactName: '李经理' }), owner: (w) => w.a.providerAdmin },
  // Set by the hotline's managers only, as they edit providers; provider users are refused (403) before any scope.
  'put /providers/:id/cancellation-terms': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}/cancellation-terms`, body: () => ({ cancelFee: 3000, cancelTerms: '上门后取消收取 30 元' }), owner: (w) => w.a.supervisor },
  'get /providers/:id/feedback': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}/feedback`, owner: (w) => w.a.providerAdmin },
  'get /providers/:id/staff': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}/staff`, owner: (w) => w.a.providerStaff },
  'post /providers/:id/staff': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}/staff`, body: () => ({ name: '李师傅', phone: '13905310012', areas: ['370102'] }), owner: (w) => w.a.providerAdmin },
  'patch /providers/:id/staff/:staffId': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}/staff/${w.ids.staffA}`, body: () => ({ name: '张大姐' }), owner: (w) => w.a.providerAdmin },
  'put /providers/:id/webhook': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}/webhook`, body: () => ({ url: null }), owner: (w) => w.a.providerAdmin },
  'get /providers/:id/webhook': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}/webhook`, owner: (w) => w.a.providerAdmin },
  // Without a webhook the owner hears 409 (set one first): through the scope check all the same.
  'post /providers/:id/webhook/test': { scope: 'provider', path: (w) => `/api/providers/${w.ids.providerA}/webhook/test`, owner: (w) => w.a.providerAdmin },
  'get /imports/:id': { scope: 'creator', path: (w) => `/api/imports/${w.ids.import}`, owner: (w) => w.a.supervisor },
  'delete /task-filters/:id': { scope: 'creator', path: (w) => `/api/task-filters/${w.ids.filter}`, owner: (w) => w.a.agent, last: true },
  'post /notifications/:id/read': { scope: 'creator', path: (w) => `/api/notifications/${w.ids.notification}/read`, owner: (w) => w.a.agent },
};

const keyOf = (r: RouteSpec) => `${r.method} ${r.path}`;
const allows = (r: RouteSpec, caller: Caller) => r.access === 'public' || r.access === 'authenticated' || caller.roles.some((role) => (r.access as readonly string[]).includes(role));

/** Those who must not reach A's object: B's people for area and provider scope; for creator scope, everyone but its creator. */
function outsiders(w: ScopeWorld, spec: Scoped): Caller[] {
  const b = Object.values(w.b);
  if (spec.scope === 'area') return b;
  if (spec.scope === 'provider') return [w.b.providerAdmin, w.b.providerStaff];
  return [...b, ...Object.values(w.a)].filter((c) => c !== spec.owner(w));
}

describe('object-level scope of every by-id route', () => {
  const engine = useTestEngine(sqlite.create);
  let world: ScopeWorld;
  const byIdRoutes = () => engine.running.engine.routes.filter((r) => r.path.includes('/:'));
  const scoped = () =>
    byIdRoutes().flatMap((r) => {
      const spec = BY_ID[keyOf(r)];
      return spec && 'scope' in spec ? [[r, spec] as const] : [];
    });

  beforeAll(async () => {
    world = await buildScopeWorld(engine);
  }, 120_000);

  it('declares the scope of every by-id route the engine serves, and of no other', () => {
    expect(byIdRoutes().map(keyOf).filter((k) => !(k in BY_ID))).toEqual([]);
    expect(Object.keys(BY_ID).filter((k) => !byIdRoutes().some((r) => keyOf(r) === k))).toEqual([]);
  });

  it('given district A’s and provider A’s objects, when district B’s and provider B’s people call any by-id route on them, then 404 (403 where their role may not call the route at all)', async () => {
    const wrong: string[] = [];
    for (const [r, spec] of scoped()) {
      for (const caller of outsiders(world, spec)) {
        const res = await answerTo(caller.client, r.method.toUpperCase(), spec.path(world), spec.body?.(world) ?? (r.method === 'get' ? undefined : {}));
        const want = allows(r, caller) ? 404 : 403;
        if (res.status !== want) wrong.push(`${keyOf(r)} as ${caller.name}: ${res.status} ${res.code ?? ''}, want ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('given the same objects, when their own people call every by-id route, then it goes through', async () => {
    const wrong: string[] = [];
    const ordered = [...scoped()].sort(([, a], [, b]) => Number(!!a.last) - Number(!!b.last));
    for (const [r, spec] of ordered) {
      const owner = spec.owner(world);
      const res = await fetch(`${engine.running.url}${spec.path(world)}`, { method: r.method.toUpperCase(), headers: { 'content-type': 'application/json', ...identityOf(owner.client) }, body: r.method === 'get' ? undefined : JSON.stringify(spec.body?.(world) ?? {}) });
      const body = (res.headers.get('content-type')?.includes('json') ? await res.json() : {}) as { error?: { code: string; message: string } };
      const ok = spec.ownerGets ? res.status === spec.ownerGets.status && spec.ownerGets.message.test(body.error?.message ?? '') : res.status < 400 || res.status === 409;
      if (!ok) wrong.push(`${keyOf(r)} as ${owner.name}: ${res.status} ${body.error?.code ?? ''} ${body.error?.message ?? ''}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('given district A’s case, when district B’s people place a call or dispatch an order on it, then it is refused and nothing is made', async () => {
    const { a, b, ids } = world;
    const callsOfCase = async () => (await a.supervisor.client.get<{ items: unknown[] }>(`/api/calls?caseId=${ids.case}`)).body.items.length;
    const dispatchesOfCase = async () => (await engine.admin.get<{ dispatches: unknown[] }>(`/api/dispatches?caseId=${ids.case}`)).body.dispatches.length;
    const [calls, dispatches] = [await callsOfCase(), await dispatchesOfCase()];
    expect((await b.agent.client.post('/api/calls', { caseId: ids.case, mode: 'click_to_call', to: '13905310001' })).status).toBe(400);
    expect((await b.supervisor.client.post('/api/dispatches', { key: 'b-on-a', caseId: ids.case, serviceItem: 'housekeeping_basic', areaCode: '370103' })).status).toBe(404);
    expect([await callsOfCase(), await dispatchesOfCase()]).toEqual([calls, dispatches]);
  });
});
