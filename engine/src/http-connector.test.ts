import http from 'node:http';
import { AddressInfo } from 'node:net';
import { eventually } from '../test/support/api-client';
import { CaseTimeline } from './modules/cases/timeline';
import { uniqueProcessId, BPMN_HEADER, flow } from '../test/support/operaton-fixtures';
import { testDatabases } from '../test/support/databases';
import { useTestEngine } from '../test/support/test-engine';

type Detail = { case: { status: string }; timeline: { type: string; data: Record<string, unknown> | null }[] };

/**
 * POST the case to a partner (URL, headers and mapping from variables); HTTP_404 closes on its own path; the
 * partner's id is kept. Each path ends in a named end event (the case closes when its process ends).
 */
const partnerProcess = (processId: string) => `${BPMN_HEADER}
<bpmn:process id="${processId}" isExecutable="true" camunda:historyTimeToLive="P1D"><bpmn:startEvent id="start"/>
<bpmn:serviceTask id="call_partner" name="转办合作单位" camunda:type="external" camunda:topic="careflow:http:1"><bpmn:extensionElements>
<camunda:properties><camunda:property name="retries" value="3"/><camunda:property name="retryBackoff" value="PT1S"/></camunda:properties>
<camunda:inputOutput><camunda:inputParameter name="method">POST</camunda:inputParameter><camunda:inputParameter name="url">\${partnerUrl}</camunda:inputParameter>
<camunda:inputParameter name="headers">\${partnerHeaders}</camunda:inputParameter><camunda:inputParameter name="body">\${partnerBody}</camunda:inputParameter>
<camunda:inputParameter name="resultMapping">\${partnerMapping}</camunda:inputParameter><camunda:inputParameter name="timeoutSeconds">5</camunda:inputParameter>
<camunda:inputParameter name="response">\${null}</camunda:inputParameter><camunda:outputParameter name="response">\${response}</camunda:outputParameter>
</camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>
<bpmn:boundaryEvent id="not_found" attachedToRef="call_partner"><bpmn:outgoing>f4</bpmn:outgoing><bpmn:errorEventDefinition errorRef="err_404"/></bpmn:boundaryEvent>
<bpmn:endEvent id="closed" name="已转办"/><bpmn:endEvent id="closed_404" name="合作单位无此服务"/>
${flow('f1', 'start', 'call_partner')}${flow('f2', 'call_partner', 'closed')}${flow('f4', 'not_found', 'closed_404')}
</bpmn:process><bpmn:error id="err_404" errorCode="HTTP_404"/></bpmn:definitions>`;

/** The partner: busy (503) on the first call to /tickets, then it files the ticket; /gone is 404. */
async function startPartner() {
  const calls: { path: string; auth: string | undefined; body: string; answered: number }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const filed = calls.filter((c) => c.path === '/tickets').length;
      const answered = req.url === '/gone' ? 404 : filed === 0 ? 503 : 201;
      calls.push({ path: req.url ?? '', auth: req.headers.authorization, body, answered });
      res.writeHead(answered, { 'content-type': 'application/json' }).end(answered === 201 ? JSON.stringify({ ticket: { id: `T-${calls.length}` } }) : '{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(testDatabases().slice(0, 1))('an HTTP service task on $name on Operaton and a local partner', ({ create }) => {
  process.env.CAREFLOW_SECRET_PARTNER_TOKEN = 'partner-token-s3cret';
  const engine = useTestEngine(create);
  const serviceType = uniqueProcessId('partner_call');
  let partner: Awaited<ReturnType<typeof startPartner>>;

  beforeAll(async () => {
    partner = await startPartner();
    await engine.admin.post('/api/service-types', { key: serviceType, names: { 'zh-CN': '转办', en: 'Hand over' }, category: 'test' });
    expect((await engine.admin.post(`/api/service-types/${serviceType}/versions`, { bpmnXml: partnerProcess(serviceType) })).status).toBe(201);
    const published = await engine.admin.post(`/api/service-types/${serviceType}/publish`, { version: 1 });
    if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  });
  afterAll(async () => {
    delete process.env.CAREFLOW_SECRET_PARTNER_TOKEN;
    await partner?.close();
  });

  const open = async (path: string) =>
    (
      await engine.admin.post<{ case: { id: string } }>('/api/cases', {
        serviceType,
        channel: 'phone',
        variables: { partnerUrl: `${partner.url}${path}`, partnerHeaders: { Authorization: 'Bearer {{secrets.PARTNER_TOKEN}}' }, partnerMapping: { ticketId: '/ticket/id' }, partnerBody: '{"caseNumber": "{{caseNumber}}", "elder": "{{elder.name}}"}', elder: { name: '王秀英' } },
      })
    ).body.case.id;
  const closed = (caseId: string) =>
    eventually(async () => {
      const d = (await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body;
      return d.case.status === 'closed' ? d : undefined;
    }, 60_000, 'the closed case');

  it('given the partner is busy at first, when the job is retried, then the ticket is filed by the second call with the secret, and the secret is nowhere on the timeline', async () => {
    const caseId = await open('/tickets');
    const { timeline } = await closed(caseId);

    expect(partner.calls.map((c) => c.answered)).toEqual([503, 201]);
    expect(partner.calls.every((c) => c.auth === 'Bearer partner-token-s3cret')).toBe(true);
    expect(JSON.parse(partner.calls[1].body)).toEqual({ caseNumber: expect.stringMatching(new RegExp(`^${engine.running.config.cases.numberPrefix}\\d{8}-\\d{6}$`)), elder: '王秀英' });
    expect(timeline.filter((e) => e.type === 'connector.failed')).toHaveLength(1);
    expect(timeline.filter((e) => e.type === 'end.reached').map((e) => e.data?.elementId)).toEqual(['closed']);
    // The case page tells the step's completion from the engine's history; the connector's report (its notes) is recorded with the case.
    const recorded = await new CaseTimeline(engine.running.dataSource).list(caseId);
    expect(recorded.find((e) => e.type === 'connector.completed')?.data).toMatchObject({ notes: [{ what: 'http.called', result: '201' }] });
    expect(JSON.stringify(timeline)).not.toContain('partner-token-s3cret');
    expect(JSON.stringify(recorded)).not.toContain('partner-token-s3cret');
  });

  it('given the partner answers 404, when the task runs, then HTTP_404 takes the error path without retrying', async () => {
    const before = partner.calls.length;
    const caseId = await open('/gone');
    const { timeline } = await closed(caseId);
    expect(timeline.filter((e) => e.type === 'end.reached').map((e) => e.data?.elementId)).toEqual(['closed_404']);
    expect(partner.calls.slice(before).map((c) => c.answered)).toEqual([404]);
  });
});
