import { eventually } from '../../testing/api-client';
import { chain, uniqueProcessId, userTask } from '../../testing/bpmn-fixtures';
import { testDatabases } from '../../testing/databases';
import { useTestEngine, ZEEBE_CASES } from '../../testing/test-engine';

type Detail = { case: { caseNumber: string }; timeline: { type: string }[]; tasks: { elementId: string; variables: Record<string, unknown> }[] };
type Published = { message: { messageKey: string; caseId: string | null }; repeated: boolean; error?: { code: string } };

const waitForProvider = '<bpmn:intermediateCatchEvent id="accepted"><bpmn:messageEventDefinition messageRef="provider_accepted"/></bpmn:intermediateCatchEvent>';
const messageDefinition =
  '<bpmn:message id="provider_accepted" name="provider.accepted"><bpmn:extensionElements><zeebe:subscription correlationKey="=caseNumber"/></bpmn:extensionElements></bpmn:message>';

describe.each(testDatabases())('messages on $name', ({ name, create }) => {
  // Both databases share one broker: distinct case numbers keep their correlation keys apart.
  const engine = useTestEngine(create, { ...ZEEBE_CASES, cases: { timeZone: 'Asia/Shanghai', numberPrefix: name === 'sqlite' ? 'SQ' : 'MY' } });
  const api = () => engine.admin;
  let caseId: string;
  let caseNumber: string;

  beforeAll(async () => {
    await api().post('/api/forms', { key: 'confirm-form', title: '确认', schema: { type: 'object' } });
    await api().post('/api/service-types', { key: 'dispatch', names: { 'zh-CN': '派单', en: 'Dispatch' }, category: 'test' });
    const xml = chain(uniqueProcessId('dispatch'), [
      { id: 'accepted', xml: waitForProvider },
      { id: 'confirm', xml: userTask('confirm', 'confirm-form') },
    ]).replace('</bpmn:definitions>', `${messageDefinition}</bpmn:definitions>`);
    await api().post('/api/service-types/dispatch/versions', { bpmnXml: xml });
    expect((await api().post('/api/service-types/dispatch/publish', { version: 1 })).status).toBe(200);
    const opened = await api().post<{ case: { id: string; caseNumber: string } }>('/api/cases', { serviceType: 'dispatch', channel: 'phone' });
    ({ id: caseId, caseNumber } = opened.body.case);
  });

  const send = (body: Record<string, unknown> = {}) =>
    api().post<Published>('/api/messages', { name: 'provider.accepted', correlationKey: caseNumber, messageId: `accept-${caseNumber}`, variables: { dispatch: { status: 'accepted', providerName: '安康家政' } }, ...body });

  it('given a case waiting for its provider, when the message arrives, then the process moves on with its variables and the timeline shows it', async () => {
    const first = await send();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ repeated: false, message: { caseId, messageKey: expect.stringMatching(/^\d+$/) } });
    const detail = await eventually(async () => {
      const d = (await api().get<Detail>(`/api/cases/${caseId}`)).body;
      return d.tasks.length > 0 ? d : undefined;
    }, 30_000, 'the confirm task');
    expect(detail.tasks[0]).toMatchObject({ elementId: 'confirm', variables: { dispatch: { status: 'accepted', providerName: '安康家政' } } });
    expect(detail.timeline.map((e) => e.type)).toEqual(['case.opened', 'message.received', 'task.created']);
  });

  it('given the same message again, when it arrives, then the first answer is returned and nothing is published twice', async () => {
    const first = await send();
    const again = await send();
    expect(again.status).toBe(200);
    expect(again.body.repeated).toBe(true);
    expect(again.body.message.messageKey).toBe(first.body.message.messageKey);
    const timeline = (await api().get<Detail>(`/api/cases/${caseId}`)).body.timeline;
    expect(timeline.filter((e) => e.type === 'message.received')).toHaveLength(1);
  });

  it.each([
    ['the same id for another message', { name: 'provider.rejected' }, 409],
    ['a name that is not a message name', { name: '发送 消息', messageId: 'other-1' }, 400],
    ['an unknown field', { extra: 1, messageId: 'other-2' }, 400],
  ])('given %s, when sent, then it is refused', async (_label, body, status) => {
    expect((await send(body)).status).toBe(status);
  });

  it('given a message id Zeebe already holds (published past the engine), when sent, then 409 and nothing is kept', async () => {
    const messageId = `outside-${name}-${Date.now()}`;
    await engine.running.zeebe.publishMessage({ name: 'provider.accepted', correlationKey: caseNumber, messageId, variables: {}, timeToLive: 60_000 });
    expect((await send({ messageId })).status).toBe(409);
    expect((await send({ messageId })).status).toBe(409);
  });
});
