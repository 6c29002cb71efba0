import { DataSource } from 'typeorm';
import { asRow } from '../../../db/columns';
import { OperatonMessages } from '../../../operaton/messages';
import { OperatonRest } from '../../../operaton/rest';
import { fromTypedValue, TypedValue } from '../../../operaton/variables';
import { eventually } from '../../../../test/support/api-client';
import { uniqueProcessId } from '../../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../../test/support/databases';
import { useTestDataSource } from '../../../../test/support/test-data-source';
import { camundaProcess, completeTask, deploy, downEngine, insertCase, recordingLogger, seq, startInstance, tester, testEngine, waitForTasks } from '../../../../test/support/operaton-process-fixtures';
import { AuditLog } from '../../audit/service';
import { CaseTimeline } from '../../cases/timeline';
import { MessageService } from '../service';
import { deliveryMarker } from './delivery';
import { ProcessMessage, ProcessMessageEntity } from './entities';
import { operatonMessages } from './index';

const catchAccepted = (id: string) => `<bpmn:intermediateCatchEvent id="${id}" name="服务商接单"><bpmn:messageEventDefinition messageRef="m_accepted"/></bpmn:intermediateCatchEvent>`;
const ACCEPTED = '<bpmn:message id="m_accepted" name="provider.accepted"/>';

/** intake → provider.accepted → provider.accepted again → confirm: a message delivered twice would reach confirm. */
const twoAccepts = (id: string) =>
  camundaProcess(
    id,
    `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'intake')}<bpmn:userTask id="intake" name="受理"/>${seq('f2', 'intake', 'accepted1')}
     ${catchAccepted('accepted1')}${seq('f3', 'accepted1', 'accepted2')}${catchAccepted('accepted2')}${seq('f4', 'accepted2', 'confirm')}<bpmn:userTask id="confirm" name="确认"/>`,
    ACCEPTED,
  );

/** Two branches wait for the same message at once: the engine cannot tell which one it is for. */
const twoBranches = (id: string) =>
  camundaProcess(
    id,
    `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'fork')}<bpmn:parallelGateway id="fork"/>
     ${seq('f2', 'fork', 'a')}${catchAccepted('a')}${seq('f3', 'fork', 'b')}${catchAccepted('b')}`,
    ACCEPTED,
  );

/** What follows the message names a variable nobody set: the engine rolls the correlation back (500). */
const failsAfter = (id: string) =>
  camundaProcess(id, `<bpmn:startEvent id="start"/>${seq('f1', 'start', 'accepted')}${catchAccepted('accepted')}${seq('f2', 'accepted', 'handle')}<bpmn:userTask id="handle" name="处理" camunda:assignee="\${acceptedBy}"/>`, ACCEPTED);

describe.each(testDatabases())('messages through Operaton on $name', ({ create }) => {
  const rest = testEngine();
  const processId = uniqueProcessId('messages');
  const ambiguousId = uniqueProcessId('ambiguous');
  const failingId = uniqueProcessId('fails_after');
  const { logger, lines } = recordingLogger();
  const database = useTestDataSource(create);
  let dataSource: DataSource;
  let n = 0;

  const wire = (engine: OperatonRest) => operatonMessages({ dataSource, rest: engine, timeline: new CaseTimeline(dataSource), audit: new AuditLog(dataSource), logger, pump: { leaseMs: 60_000, intervalMs: 200 } });
  const live = () => wire(rest);
  const stored = (messageId: string) => dataSource.getRepository(ProcessMessageEntity).findOneBy({ messageId });
  const timelineTypes = async (caseId: string) => (await new CaseTimeline(dataSource).list(caseId)).map((e) => e.type);
  const waitingAt = async (processInstanceId: string) =>
    (await rest.get<{ activityId: string }[]>('/event-subscription', { processInstanceId, eventType: 'message' })).map((s) => s.activityId);
  const message = (caseNumber: string, fields: Record<string, unknown> = {}) => ({
    name: 'provider.accepted',
    messageId: `m-${processId}-${++n}`,
    correlationKey: caseNumber,
    variables: { dispatch: { status: 'accepted', providerName: '安康家政' } },
    timeToLiveSeconds: 600,
    ...fields,
  });
  /** A case whose process waits in intake (not yet for the provider). */
  const openCase = async () => {
    const c = await insertCase(dataSource);
    return { ...c, pi: await startInstance(rest, processId, c.caseNumber) };
  };

  beforeAll(async () => {
    dataSource = database.dataSource;
    await deploy(rest, processId, twoAccepts(processId));
    await deploy(rest, ambiguousId, twoBranches(ambiguousId));
    await deploy(rest, failingId, failsAfter(failingId));
  }, 60_000);

  it('given a message before its process waits for it, when it arrives, then it is kept, and delivered with its variables once the process reaches the catch event', async () => {
    const [c, other] = [await openCase(), await openCase()];
    const { service, pump } = live();
    const sent = await service.correlate(message(c.caseNumber), tester);
    const forOther = await service.correlate(message(other.caseNumber), tester);
    expect(sent).toMatchObject({ repeated: false, message: { status: 'pending', attempts: 1, caseId: c.id, lastError: null } });
    await pump.tick();
    expect(await stored(sent.message.messageId)).toMatchObject({ status: 'pending', attempts: 1 });

    await completeTask(rest, c.pi, 'intake');
    expect(await waitingAt(c.pi)).toEqual(['accepted1']);
    await pump.tick();
    expect(await stored(sent.message.messageId)).toMatchObject({ status: 'delivered', processInstanceId: c.pi, lastError: null, attempts: 2 });
    // The other case's process does not wait yet: its message was not even tried.
    expect(await stored(forOther.message.messageId)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await waitingAt(c.pi)).toEqual(['accepted2']);
    const dispatch = await rest.get<TypedValue>(`/process-instance/${c.pi}/variables/dispatch`, { deserializeValue: false });
    expect(fromTypedValue(dispatch)).toEqual({ status: 'accepted', providerName: '安康家政' });
    expect(await timelineTypes(c.id)).toEqual(['message.received']);
  });

  it('given a process already waiting, when a message correlates by process variables instead of the case number, then it is delivered at once', async () => {
    const c = await insertCase(dataSource);
    const pi = await startInstance(rest, processId, c.caseNumber, { dispatchId: `D-${c.caseNumber}` });
    await completeTask(rest, pi, 'intake');
    const { service } = live();
    const sent = await service.correlate(message('', { correlationKey: undefined, correlationKeys: { dispatchId: `D-${c.caseNumber}` } }), tester);
    expect(sent.message).toMatchObject({ status: 'delivered', processInstanceId: pi, caseId: null });
    expect(await waitingAt(pi)).toEqual(['accepted2']);
  });

  it('given the same message id many times at once and again after a restart, when it arrives, then it is correlated once', async () => {
    const c = await openCase();
    await completeTask(rest, c.pi, 'intake');
    const { service } = live();
    const body = message(c.caseNumber);
    const answers = await Promise.all(Array.from({ length: 6 }, () => service.correlate(body, tester)));
    expect(answers.filter((a) => !a.repeated)).toHaveLength(1);
    expect(answers.find((a) => !a.repeated)?.message.status).toBe('delivered');

    const restarted = live();
    const again = await restarted.service.correlate(body, tester);
    expect(again).toMatchObject({ repeated: true, message: { status: 'delivered', attempts: 1 } });
    await restarted.pump.tick();
    // Delivered twice, the process would have passed the second catch event and reached confirm.
    expect(await waitingAt(c.pi)).toEqual(['accepted2']);
    expect(await timelineTypes(c.id)).toEqual(['message.received']);

    await expect(restarted.service.correlate({ ...body, name: 'provider.rejected' }, tester)).rejects.toMatchObject({ status: 409 });
    expect((await restarted.service.correlate(message(c.caseNumber), tester)).message.status).toBe('delivered');
    await waitForTasks(rest, c.pi, ['confirm']);
  });

  it('given the engine took a message but CareFlow stopped before noting it, when the claim’s lease runs out, then the pump finds it delivered in history and does not send it again', async () => {
    const c = await openCase();
    await completeTask(rest, c.pi, 'intake');
    const body = message(c.caseNumber);
    // What the crashed node did: the engine took it, the row still says "delivering".
    await new OperatonMessages(rest).correlate({ messageName: body.name, businessKey: c.caseNumber, processVariables: body.variables, processVariablesLocal: { [deliveryMarker(body.messageId)]: body.messageId } });
    const crashed: ProcessMessage = {
      messageId: body.messageId, name: body.name, correlationKey: c.caseNumber, correlationKeys: null, variables: body.variables, caseId: c.id, status: 'delivering',
      publishedBy: 'tester', publishedAt: new Date(Date.now() - 120_000), expiresAt: new Date(Date.now() + 600_000), attempts: 1,
      lastAttemptAt: new Date(Date.now() - 120_000), deliveredAt: null, processInstanceId: null, lastError: null,
    };
    await dataSource.getRepository(ProcessMessageEntity).insert(asRow(crashed));

    const round = await live().pump.tick();
    expect(round.delivered).toBeGreaterThanOrEqual(1);
    expect(await stored(body.messageId)).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(await waitingAt(c.pi)).toEqual(['accepted2']);
  });

  it('given a message nothing waits for within its time to live, then it expires, logged and on the case timeline, and is never delivered', async () => {
    const c = await openCase();
    const { service, pump } = live();
    const sent = await service.correlate(message(c.caseNumber, { timeToLiveSeconds: 1 }), tester);
    expect(sent.message.status).toBe('pending');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect((await pump.tick()).expired).toBeGreaterThanOrEqual(1);
    expect(await stored(sent.message.messageId)).toMatchObject({ status: 'expired' });
    expect(await timelineTypes(c.id)).toEqual(['message.received', 'message.expired']);
    expect(lines.some((l) => l.msg === 'message expired before any process waited for it' && l.messageId === sent.message.messageId)).toBe(true);

    await completeTask(rest, c.pi, 'intake');
    await pump.tick();
    expect((await stored(sent.message.messageId))?.status).toBe('expired');
    expect(await waitingAt(c.pi)).toEqual(['accepted1']);
  });

  it('given the engine is down, when a message arrives, then it is answered as kept and delivered once the engine answers', async () => {
    const c = await openCase();
    await completeTask(rest, c.pi, 'intake');
    const down = wire(downEngine());
    const body = message(c.caseNumber);
    expect(await down.service.correlate(body, tester)).toMatchObject({ kept: true, repeated: false, message: { messageId: body.messageId, status: 'pending', processInstanceId: null } });
    expect(await stored(body.messageId)).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('unavailable') });
    const audited = await new AuditLog(dataSource).search({ entityId: body.messageId, page: 1, pageSize: 10 });
    expect(audited.entries.map((e) => e.after)).toEqual([expect.objectContaining({ status: 'pending' })]);
    expect(await down.pump.tick()).toMatchObject({ engineDown: true, delivered: 0 });
    expect((await stored(body.messageId))?.status).toBe('pending');

    // The engine answers again: the running pump delivers it on one of its rounds.
    const { pump } = live();
    pump.start();
    try {
      await eventually(async () => ((await stored(body.messageId))?.status === 'delivered' ? true : undefined), 30_000, 'the kept message delivered');
    } finally {
      await pump.stop();
    }
    expect(await stored(body.messageId)).toMatchObject({ status: 'delivered', processInstanceId: c.pi, lastError: null });
    expect(await waitingAt(c.pi)).toEqual(['accepted2']);
    expect(await down.service.correlate(body, tester)).toMatchObject({ repeated: true, message: { status: 'delivered' } });
  });

  it('given the engine is down, when a caller whose own change stands tells a message, then the call does not fail: the message is kept for the pump and logged; a refusal still fails it', async () => {
    const c = await openCase();
    await completeTask(rest, c.pi, 'intake');
    const body = message(c.caseNumber);
    const down = new MessageService(dataSource, { messages: wire(downEngine()).service }, logger);
    expect(await down.tell(body, tester)).toEqual({ kept: true });
    expect(await stored(body.messageId)).toMatchObject({ status: 'pending', lastError: expect.stringContaining('unavailable') });
    expect(lines.some((l) => l.msg === 'process engine unavailable: the message is kept for the pump' && l.messageId === body.messageId)).toBe(true);
    // POST /api/messages answers such a message 202, as kept and not yet correlated (messageKey null).
    const published = await down.publish(message(c.caseNumber, { messageId: `${body.messageId}-posted` }), tester);
    expect(published).toMatchObject({ kept: true, repeated: false, message: { messageId: `${body.messageId}-posted`, messageKey: null, caseId: c.id } });
    // With the engine answering, the next message is delivered and told as such.
    const up = new MessageService(dataSource, { messages: live().service }, logger);
    expect(await up.tell(message(c.caseNumber, { messageId: `${body.messageId}-up` }), tester)).toEqual({ kept: false });

    const both = await insertCase(dataSource);
    await startInstance(rest, ambiguousId, both.caseNumber);
    await expect(up.tell(message(both.caseNumber), tester)).rejects.toMatchObject({ status: 409 });
  });

  it('given the process fails on the message, when it arrives, then it is kept with the engine’s error, and delivered after a pause once the process is fixed', async () => {
    const c = await insertCase(dataSource);
    const pi = await startInstance(rest, failingId, c.caseNumber);
    const { service, pump } = live();
    const sent = await service.correlate(message(c.caseNumber), tester);
    expect(sent.message).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('acceptedBy') });
    expect(await waitingAt(pi)).toEqual(['accepted']);
    await rest.post(`/process-instance/${pi}/variables`, { modifications: { acceptedBy: { value: 'wang', type: 'String' } } });
    // Within its pause (2 s after a failed attempt) the pump leaves it alone.
    await pump.tick();
    expect(await stored(sent.message.messageId)).toMatchObject({ status: 'pending', attempts: 1 });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await pump.tick();
    expect(await stored(sent.message.messageId)).toMatchObject({ status: 'delivered', attempts: 2, lastError: null });
    await waitForTasks(rest, pi, ['handle']);
  });

  it('given two branches of one case wait for the same message, when it arrives, then the engine’s refusal is a 409 and nothing is kept', async () => {
    const c = await insertCase(dataSource);
    const pi = await startInstance(rest, ambiguousId, c.caseNumber);
    const body = message(c.caseNumber);
    await expect(live().service.correlate(body, tester)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('executions match') });
    expect(await stored(body.messageId)).toBeNull();
    expect(await timelineTypes(c.id)).toEqual([]);
    expect((await waitingAt(pi)).sort()).toEqual(['a', 'b']);
  });

  it.each([
    ['no business key and no correlation keys', { correlationKey: undefined }],
    ['a negative time to live', { timeToLiveSeconds: -1 }],
  ])('given %s, when sent, then it is refused and nothing is kept', async (_label, fields) => {
    const body = message('GD-NONE', fields);
    await expect(live().service.correlate(body, tester)).rejects.toMatchObject({ status: 400 });
    expect(await stored(body.messageId)).toBeNull();
  });
});
