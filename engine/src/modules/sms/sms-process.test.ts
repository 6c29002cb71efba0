import { createSmsAdapter, startTestSmsc, useSmsAdapter } from '@careflow/connectors';
import { eventually } from '../../../test/support/api-client';
import { CaseTimeline } from '../cases/timeline';
import { chain, uniqueProcessId } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';

type Msg = { id: string; phone: string; status: string; providerMessageId: string | null; adapter: string };
type Detail = { case: { status: string }; timeline: { type: string; data: Record<string, unknown> | null }[] };

/**
 * Retries and their backoff are task properties on Operaton; the result goes to the process as `sms`
 * (null first, as the element template has it: the output also runs when the error path ends the task).
 */
const smsTask =
  `<bpmn:serviceTask id="notify" name="短信通知" camunda:type="external" camunda:topic="careflow:sms:1"><bpmn:extensionElements>` +
  `<camunda:properties><camunda:property name="retries" value="3"/><camunda:property name="retryBackoff" value="PT1S"/></camunda:properties>` +
  `<camunda:inputOutput><camunda:inputParameter name="recipients">\${phones}</camunda:inputParameter><camunda:inputParameter name="content">\${text}</camunda:inputParameter>` +
  `<camunda:inputParameter name="sms">\${null}</camunda:inputParameter>` +
  `<camunda:outputParameter name="sms">\${sms}</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>`;
/** SMS_RATE_LIMITED is caught and closes the case on a path of its own (a case closes when its process ends). */
const onRateLimited =
  `<bpmn:boundaryEvent id="limited" attachedToRef="notify"><bpmn:outgoing>l1</bpmn:outgoing><bpmn:errorEventDefinition errorRef="err_limited"/></bpmn:boundaryEvent>` +
  `<bpmn:endEvent id="end_limited" name="限流结案"/><bpmn:sequenceFlow id="l1" sourceRef="limited" targetRef="end_limited"/>`;

describe.each(testDatabases().slice(0, 1))('an SMS service task on $name on Operaton and a real SMPP server', ({ create }) => {
  const engine = useTestEngine(create, { sms: { rateLimitPerHour: 2 } });
  let smsc: Awaited<ReturnType<typeof startTestSmsc>>;
  const serviceType = uniqueProcessId('sms_notice');

  beforeAll(async () => {
    // A real SMSC (the smpp package's server) that throttles the first submit_sm, then accepts and sends receipts.
    smsc = await startTestSmsc({ refuseFirst: 0x58 });
    const smppSettings = { url: smsc.url, systemId: 'careflow', password: 'secret', sourceAddr: '10659001' };
    await useSmsAdapter(createSmsAdapter({ adapter: 'smpp', smpp: smppSettings, aliyun: { endpoint: '', accessKeyId: '', accessKeySecret: '', signName: '', templateCode: '', templateCodes: {} } }));
    await engine.admin.post('/api/service-types', { key: serviceType, names: { 'zh-CN': '短信通知', en: 'SMS notice' }, category: 'test' });
    const xml = chain(serviceType, [{ id: 'notify', xml: smsTask }], onRateLimited).replace('</bpmn:definitions>', '<bpmn:error id="err_limited" errorCode="SMS_RATE_LIMITED"/></bpmn:definitions>');
    expect((await engine.admin.post(`/api/service-types/${serviceType}/versions`, { bpmnXml: xml })).status).toBe(201);
    const published = await engine.admin.post(`/api/service-types/${serviceType}/publish`, { version: 1 });
    expect(published.status).toBe(200);
  });

  afterAll(async () => {
    await useSmsAdapter(undefined);
    await smsc?.close();
  });

  const open = async (variables: Record<string, unknown>) =>
    (await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType, channel: 'phone', variables })).body.case.id;
  const outbox = async (query: string) => (await engine.admin.get<{ messages: Msg[]; total: number }>(`/api/sms?${query}`)).body;
  const detail = async (caseId: string) => (await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body;

  it('given the SMSC throttles the first try, when the job is retried, then the SMS is recorded once, sent once, and the receipt marks it delivered', async () => {
    const caseId = await open({ phones: ['13800138000'], text: '王秀英老人发起紧急呼叫，热线已处理。' });

    const delivered = await eventually(async () => {
      const { messages } = await outbox(`caseId=${caseId}`);
      return messages[0]?.status === 'delivered' ? messages : undefined;
    }, 60_000, 'the delivered SMS');
    expect(delivered).toEqual([expect.objectContaining({ phone: '13800138000', adapter: 'smpp', providerMessageId: 'MSG1000' })]);
    expect(smsc.submitted.map((s) => s.destination)).toEqual(['13800138000', '13800138000']);
    const timeline = await eventually(async () => {
      const t = (await detail(caseId)).timeline;
      return t.some((e) => e.type === 'step.completed' && e.data?.elementId === 'notify') ? t : undefined;
    }, 30_000, 'the completed connector step on the timeline');
    expect(timeline.filter((e) => e.type === 'connector.failed')).toHaveLength(1);
    // What the connector did (its notes, the number masked) is on the step the engine's history shows for it.
    const step = await eventually(async () => {
      const found = (await detail(caseId)).timeline.find((e) => e.type === 'step.completed' && e.data?.elementId === 'notify');
      return Array.isArray(found?.data?.notes) ? found : undefined;
    }, 30_000, 'the connector’s notes on its step');
    expect(JSON.stringify(step.data?.notes)).toContain('138****8000');
    const recorded = await new CaseTimeline(engine.running.dataSource).list(caseId);
    expect(JSON.stringify(recorded)).not.toContain('13800138000');
    expect(JSON.stringify((await detail(caseId)).timeline)).not.toContain('13800138000');
  });

  it('given a phone at its hourly limit, when the task runs, then SMS_RATE_LIMITED takes the error path and nothing more is recorded', async () => {
    for (const n of [1, 2]) {
      const queued = await engine.admin.post('/api/sms/messages', { key: `earlier-${n}`, phone: '13700137000', content: '之前的短信' });
      expect(queued.status).toBe(201);
    }
    const caseId = await open({ phones: ['13700137000'], text: '又一条' });

    const closed = await eventually(async () => {
      const d = await detail(caseId);
      return d.case.status === 'closed' ? d : undefined;
    }, 60_000, 'the case closed on the error path');
    expect(closed.timeline.filter((e) => e.type === 'end.reached').map((e) => e.data?.elementId)).toEqual(['end_limited']);
    expect(closed.timeline.find((e) => e.type === 'connector.bpmn_error')?.data).toMatchObject({
      elementId: 'notify',
      error: '137****7000 has had too many messages this hour',
      notes: [{ what: 'sms.rate_limited', to: ['137****7000'], result: 'rate_limited' }],
    });
    expect((await outbox('recipient=13700137000')).total).toBe(2);
  });
});
