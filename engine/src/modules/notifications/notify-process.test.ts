import { SmsAdapter, useSmsAdapter } from '@careflow/connectors';
import { ApiClient, eventually } from '../../../test/support/api-client';
import { uniqueProcessId, BPMN_HEADER, flow } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { CaseTimeline } from '../cases/timeline';
import { useTestEngine } from '../../../test/support/test-engine';

type Detail = { case: { status: string }; timeline: { type: string; data: Record<string, unknown> | null }[] };
type Mine = { notifications: { title: string; caseId: string | null }[]; unread: number };

/**
 * notify (users and groups from variables, SMS too) → closed; NO_RECIPIENT → closed on its own path.
 * Each path ends in a named end event (the case closes when its process ends); retries are task properties.
 */
const notifyProcess = (processId: string) => `${BPMN_HEADER}
<bpmn:process id="${processId}" isExecutable="true" camunda:historyTimeToLive="P1D"><bpmn:startEvent id="start"/>
<bpmn:serviceTask id="notify" name="通知值班长" camunda:type="external" camunda:topic="careflow:notify:1"><bpmn:extensionElements>
<camunda:properties><camunda:property name="retries" value="3"/><camunda:property name="retryBackoff" value="PT1S"/></camunda:properties>
<camunda:inputOutput><camunda:inputParameter name="users">\${who}</camunda:inputParameter><camunda:inputParameter name="groups">["night_lead"]</camunda:inputParameter>
<camunda:inputParameter name="title">紧急呼叫未接通</camunda:inputParameter><camunda:inputParameter name="body">请回拨 \${caseNumber}</camunda:inputParameter>
<camunda:inputParameter name="level">urgent</camunda:inputParameter><camunda:inputParameter name="sms">\${true}</camunda:inputParameter>
<camunda:inputParameter name="notification">\${null}</camunda:inputParameter><camunda:outputParameter name="notification">\${notification}</camunda:outputParameter>
</camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>
<bpmn:boundaryEvent id="nobody" attachedToRef="notify"><bpmn:outgoing>f4</bpmn:outgoing><bpmn:errorEventDefinition errorRef="err_nobody"/></bpmn:boundaryEvent>
<bpmn:endEvent id="closed" name="已通知"/><bpmn:endEvent id="closed_nobody" name="无人可通知"/>
${flow('f1', 'start', 'notify')}${flow('f2', 'notify', 'closed')}${flow('f4', 'nobody', 'closed_nobody')}
</bpmn:process><bpmn:error id="err_nobody" errorCode="NO_RECIPIENT"/></bpmn:definitions>`;

/** A gateway that is down for the first message, then takes them. */
class FlakySms implements SmsAdapter {
  readonly name = 'outbox' as const;
  readonly tries: string[] = [];
  async send(message: { phone: string }) {
    this.tries.push(message.phone);
    if (this.tries.length === 1) throw new Error('SMS gateway connection refused');
    return { providerMessageId: `FLAKY-${this.tries.length}` };
  }
}

describe.each(testDatabases().slice(0, 1))('a notify service task on $name on Operaton', ({ create }) => {
  const engine = useTestEngine(create);
  const serviceType = uniqueProcessId('notify_flow');
  const sms = new FlakySms();
  let lead: ApiClient;

  beforeAll(async () => {
    await useSmsAdapter(sms);
    await engine.admin.post('/api/groups', { key: 'night_lead', name: '值班长' });
    await engine.admin.post('/api/users', { username: 'lead_wang', password: 'password-123', displayName: '王班长', roles: ['supervisor'], groups: ['night_lead'], phone: '13900139000' });
    await engine.admin.post('/api/users', { username: 'agent_li', password: 'password-123', displayName: '李坐席', roles: ['agent'] });
    lead = new ApiClient(engine.running.url);
    await lead.login('lead_wang', 'password-123');
    await engine.admin.post('/api/service-types', { key: serviceType, names: { 'zh-CN': '通知', en: 'Notify' }, category: 'test' });
    expect((await engine.admin.post(`/api/service-types/${serviceType}/versions`, { bpmnXml: notifyProcess(serviceType) })).status).toBe(201);
    const published = await engine.admin.post(`/api/service-types/${serviceType}/publish`, { version: 1 });
    if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  });
  afterAll(() => useSmsAdapter(undefined));

  const open = async (variables: Record<string, unknown>) => (await engine.admin.post<{ case: { id: string } }>('/api/cases', { serviceType, channel: 'phone', variables })).body.case.id;
  const closed = (caseId: string) =>
    eventually(async () => {
      const d = (await engine.admin.get<Detail>(`/api/cases/${caseId}`)).body;
      return d.case.status === 'closed' ? d : undefined;
    }, 60_000, 'the closed case');

  it('given the SMS gateway is down at first, when the job is retried, then each recipient has one notification and the lead one SMS', async () => {
    const caseId = await open({ who: ['agent_li'] });
    const { timeline } = await closed(caseId);

    expect((await lead.get<Mine>('/api/notifications')).body.notifications.filter((n) => n.caseId === caseId).map((n) => n.title)).toEqual(['紧急呼叫未接通']);
    expect(timeline.filter((e) => e.type === 'connector.failed')).toHaveLength(1);
    expect(sms.tries).toEqual(['13900139000', '13900139000']);
    const outbox = (await engine.admin.get<{ messages: { phone: string; status: string; content: string }[] }>(`/api/sms?caseId=${caseId}`)).body.messages;
    expect(outbox).toEqual([expect.objectContaining({ phone: '13900139000', status: 'sent', content: expect.stringMatching(/^紧急呼叫未接通：请回拨 /) })]);
    expect(timeline.filter((e) => e.type === 'end.reached').map((e) => e.data?.elementId)).toEqual(['closed']);
    // The case page tells the step's completion from the engine's history; the connector's report (its notes) is recorded with the case.
    const recorded = await new CaseTimeline(engine.running.dataSource).list(caseId);
    expect(recorded.find((e) => e.type === 'connector.completed')?.data).toMatchObject({ notes: expect.arrayContaining([{ what: 'notification.sent', to: ['agent_li', 'lead_wang'], result: 'urgent' }]) });
  });

  it('given a user that does not exist, when the task runs, then NO_RECIPIENT takes the error path and nobody is notified', async () => {
    const caseId = await open({ who: ['nobody_here'] });
    const { timeline } = await closed(caseId);
    expect(timeline.filter((e) => e.type === 'end.reached').map((e) => e.data?.elementId)).toEqual(['closed_nobody']);
    expect((await lead.get<Mine>('/api/notifications')).body.notifications.filter((n) => n.caseId === caseId)).toEqual([]);
  });
});
