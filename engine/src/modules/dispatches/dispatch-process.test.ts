import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApiClient, eventually } from '../../../test/support/api-client';
import { uniqueProcessId, BPMN_HEADER, flow } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { CODES, createProvider, seedRegistry, userOf } from '../../../test/support/provider-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { CaseTimeline } from '../cases/timeline';
import { SIGNATURE_HEADER, signatureProblem, TIMESTAMP_HEADER } from '@careflow/contracts/dist/signing';

type Detail = { case: { status: string }; timeline: { type: string; data: Record<string, unknown> | null }[] };
type DispatchBody = { id: string; status: string; caseId: string; providerId: string; answerDueAt: string | null };


/**
 * The shape a shipped model uses: dispatch (NO_PROVIDER caught), then wait for provider.accepted (a
 * provider's answer goes to its dispatch's case, by the case number) with a timer that escalates when
 * nobody accepts in time. Each path ends in a named end event: the case closes when its process ends.
 */
const dispatchProcess = (processId: string) => `${BPMN_HEADER}
<bpmn:process id="${processId}" isExecutable="true" camunda:historyTimeToLive="P1D">
<bpmn:startEvent id="start"/>
<bpmn:serviceTask id="dispatch" name="派单" camunda:type="external" camunda:topic="careflow:dispatch:1"><bpmn:extensionElements>
<camunda:properties><camunda:property name="retries" value="3"/><camunda:property name="retryBackoff" value="PT1S"/></camunda:properties>
<camunda:inputOutput><camunda:inputParameter name="serviceItem">\${item}</camunda:inputParameter><camunda:inputParameter name="areaCode">\${area}</camunda:inputParameter>
<camunda:inputParameter name="note">请尽快上门</camunda:inputParameter>
<camunda:inputParameter name="dispatch">\${null}</camunda:inputParameter><camunda:outputParameter name="dispatch">\${dispatch}</camunda:outputParameter>
</camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>
<bpmn:boundaryEvent id="no_provider" attachedToRef="dispatch"><bpmn:outgoing>f7</bpmn:outgoing><bpmn:errorEventDefinition errorRef="err_no_provider"/></bpmn:boundaryEvent>
<bpmn:receiveTask id="wait_accept" name="等待服务商接单" messageRef="msg_accepted"/>
<bpmn:boundaryEvent id="accept_timeout" attachedToRef="wait_accept"><bpmn:outgoing>f5</bpmn:outgoing><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">\${acceptWithin}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
<bpmn:endEvent id="closed_accepted" name="已接单"/><bpmn:endEvent id="escalated" name="超时未接单，已升级"/><bpmn:endEvent id="closed_no_provider" name="无服务商可派"/>
${flow('f1', 'start', 'dispatch')}${flow('f2', 'dispatch', 'wait_accept')}${flow('f3', 'wait_accept', 'closed_accepted')}
${flow('f5', 'accept_timeout', 'escalated')}${flow('f7', 'no_provider', 'closed_no_provider')}
</bpmn:process>
<bpmn:message id="msg_accepted" name="provider.accepted"/>
<bpmn:error id="err_no_provider" errorCode="NO_PROVIDER"/>
</bpmn:definitions>`;

/** The provider's webhook endpoint: down (503) for the first push, then up. */
async function startProviderEndpoint() {
  const pushes: { headers: http.IncomingHttpHeaders; body: string; answered: number }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const answered = pushes.length === 0 ? 503 : 200;
      pushes.push({ headers: req.headers, body, answered });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/careflow`, pushes, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(testDatabases().slice(0, 1))('a dispatch service task on $name on Operaton', ({ create }) => {
  const engine = useTestEngine(create);
  const serviceType = uniqueProcessId('dispatch_flow');
  const secret = 'provider-secret-0123456789';
  let endpoint: Awaited<ReturnType<typeof startProviderEndpoint>>;
  let providerUser: ApiClient;
  let providerId: string;

  beforeAll(async () => {
    endpoint = await startProviderEndpoint();
    await seedRegistry(engine.admin);
    const provider = await createProvider(engine.admin, { name: '历下颐养家政', creditCode: CODES[0], areas: ['370102'], contractFrom: '2026-01-01', contractTo: '2099-12-31' });
    providerId = provider.id;
    expect((await engine.admin.request('PUT', `/api/providers/${providerId}/webhook`, { url: endpoint.url, secret })).status).toBe(200);
    providerUser = await userOf(engine, 'lixia_staff', ['provider_staff'], providerId);
    await engine.admin.post('/api/service-types', { key: serviceType, names: { 'zh-CN': '上门服务派单', en: 'Home service dispatch' }, category: 'test' });
    expect((await engine.admin.post(`/api/service-types/${serviceType}/versions`, { bpmnXml: dispatchProcess(serviceType) })).status).toBe(201);
    const published = await engine.admin.post(`/api/service-types/${serviceType}/publish`, { version: 1 });
    if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  });
  afterAll(() => endpoint?.close());

  const open = async (variables: Record<string, unknown>) => (await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType, channel: 'phone', variables })).body.case.id;
  const detail = async (caseId: string) => (await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body;
  const closed = (caseId: string) => eventually(async () => ((await detail(caseId)).case.status === 'closed' ? detail(caseId) : undefined), 60_000, 'the closed case');

  it('given the provider webhook is down at first, when the job is retried, then one dispatch, one SMS and a signed push; the provider accepts and the process moves on', async () => {
    const caseId = await open({ item: 'housekeeping_basic', area: '370102001001', acceptWithin: 'PT1H' });

    const order = await eventually(async () => {
      const list = (await providerUser.get<{ dispatches: DispatchBody[] }>('/api/dispatches')).body.dispatches.filter((d) => d.caseId === caseId);
      return endpoint.pushes.some((p) => p.answered === 200) ? list : undefined;
    }, 60_000, 'the pushed dispatch');
    expect(order).toHaveLength(1);
    expect(endpoint.pushes.map((p) => p.answered)).toEqual([503, 200]);
    for (const push of endpoint.pushes) {
      expect(signatureProblem(secret, push.headers[TIMESTAMP_HEADER] as string, push.headers[SIGNATURE_HEADER] as string, push.body)).toBeNull();
      expect(JSON.parse(push.body)).toMatchObject({ event: 'dispatch.created', dispatch: { id: order[0].id, caseId, note: '请尽快上门', answerDueAt: order[0].answerDueAt } });
    }
    const sms = (await engine.admin.get<{ messages: { phone: string }[] }>(`/api/sms?caseId=${caseId}`)).body.messages;
    expect(sms.map((m) => m.phone)).toEqual(['13805310001']);

    expect((await providerUser.post(`/api/dispatches/${order[0].id}/accept`, {})).status).toBe(200);
    const timeline = (await closed(caseId)).timeline;
    expect(timeline.filter((e) => e.type === 'connector.failed')).toHaveLength(1);
    expect(timeline.filter((e) => e.type === 'step.completed').map((e) => e.data?.elementId)).toEqual(['dispatch', 'wait_accept']);
    expect(timeline.filter((e) => e.type === 'end.reached').map((e) => e.data?.elementId)).toEqual(['closed_accepted']);
    // The case page tells the step's completion from the engine's history; the connector's own report is recorded with the case.
    const recorded = await new CaseTimeline(engine.running.dataSource).list(caseId);
    expect(recorded.find((e) => e.type === 'connector.completed')?.data).toMatchObject({ elementId: 'dispatch' });
    expect(JSON.stringify(timeline)).not.toContain('13805310001');
    expect(JSON.stringify(recorded)).not.toContain('13805310001');
  });

  it('given no provider serves the area, when the task runs, then NO_PROVIDER takes the error path and nothing is dispatched', async () => {
    const caseId = await open({ item: 'housekeeping_basic', area: '370103', acceptWithin: 'PT1H' });
    const timeline = (await closed(caseId)).timeline;
    expect(timeline.find((e) => e.type === 'connector.bpmn_error')?.data).toMatchObject({ elementId: 'dispatch', error: expect.stringContaining('No provider can take housekeeping_basic in area 370103') });
    expect(timeline.filter((e) => e.type === 'end.reached').map((e) => e.data?.elementId)).toEqual(['closed_no_provider']);
    expect((await engine.admin.get<{ dispatches: DispatchBody[] }>(`/api/dispatches?caseId=${caseId}`)).body.dispatches).toEqual([]);
  });

  it('given nobody accepts in time, when the timer fires, then the case escalates', async () => {
    const caseId = await open({ item: 'housekeeping_basic', area: '370102001002', acceptWithin: 'PT2S' });
    const escalated = await eventually(async () => {
      const t = (await detail(caseId)).timeline;
      return t.some((e) => e.type === 'end.reached' && e.data?.elementId === 'escalated') ? t : undefined;
    }, 30_000, 'the escalation');
    expect(escalated.find((e) => e.type === 'timer.fired')?.data).toMatchObject({ elementId: 'accept_timeout' });
    expect(escalated.some((e) => e.type === 'step.completed' && e.data?.elementId === 'dispatch')).toBe(true);
  });
});
