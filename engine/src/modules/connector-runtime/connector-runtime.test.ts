import { ApiClient, eventually } from '../../../test/support/api-client';
import { chain, echoTask, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { testDatabases } from '../../../test/support/databases';
import { useTestEngine } from '../../../test/support/test-engine';
import { UserEntity } from '../identity/entities';
import { CONNECTOR_DISPLAY_NAME, ensureConnectorUser } from './service-user';

/** An INVALID_INPUT boundary on the echo task leads to a user task where the case is put right. */
const catchesInvalidInput = (processId: string) =>
  chain(processId, [{ id: 'echo', xml: echoTask('echo') }], `<bpmn:boundaryEvent id="bad_input" attachedToRef="echo"><bpmn:outgoing>b1</bpmn:outgoing><bpmn:errorEventDefinition errorRef="err_input"/></bpmn:boundaryEvent>
    ${userTask('fix_input', 'fix-form')}<bpmn:endEvent id="fixed"/>
    <bpmn:sequenceFlow id="b1" sourceRef="bad_input" targetRef="fix_input"/><bpmn:sequenceFlow id="b2" sourceRef="fix_input" targetRef="fixed"/>`).replace(
    '</bpmn:definitions>',
    '<bpmn:error id="err_input" errorCode="INVALID_INPUT"/></bpmn:definitions>',
  );

describe.each(testDatabases())('the connector runtime on $name', ({ create }) => {
  const engine = useTestEngine(create);

  it('given the connectors’ service user, then people see it by a Chinese name; one named in English by an older release is renamed on start', async () => {
    const users = engine.running.dataSource.getRepository(UserEntity);
    expect((await users.findOneByOrFail({ username: 'connectors' })).displayName).toBe(CONNECTOR_DISPLAY_NAME);
    await users.update({ username: 'connectors' }, { displayName: 'Connectors' });
    await ensureConnectorUser(engine.running.dataSource);
    expect((await users.findOneByOrFail({ username: 'connectors' })).displayName).toBe('连接器服务');
  });

  it('given a connector task whose input mapping yields nothing, when it runs, then the process takes its INVALID_INPUT path', async () => {
    const processId = uniqueProcessId('invalid');
    // A user task's form must be in the library before a model using it is deployed.
    await engine.admin.post('/api/forms', { key: 'fix-form', title: '补录', schema: { type: 'object' } });
    expect((await engine.admin.post('/api/deployments', { resourceName: `${processId}.bpmn`, xml: catchesInvalidInput(processId) })).status).toBe(201);
    // `note` is there but empty: the input `${note}` yields nothing (JUEL refuses a variable that is not there at all).
    const started = await engine.admin.post<{ processInstance: { processInstanceKey: string } }>('/api/process-instances', { bpmnProcessId: processId, variables: { note: null } });

    const task = await eventually(async () => {
      const found = await engine.admin.get<{ tasks: { elementId: string }[] }>(`/api/tasks?view=all&processInstanceKey=${started.body.processInstance.processInstanceKey}`);
      return found.body.tasks[0];
    }, 30_000, 'the fix task');
    expect(task.elementId).toBe('fix_input');
  });

  it('given the effects record, when people or connectors use it, then only the connectors may, and the first result under a key is kept', async () => {
    expect((await engine.admin.get('/api/connector-effects/x')).status).toBe(403);
    const { token } = await engine.running.engine.identity.openServiceSession('connectors');
    const connectors = new ApiClient(engine.running.url);
    const as = { authorization: `Bearer ${token}` };
    const key = encodeURIComponent('careflow:sms:1/2251799813685295/sms:13800138000');

    expect((await connectors.request('GET', `/api/connector-effects/${key}`, undefined, as)).status).toBe(404);
    const first = await connectors.request('PUT', `/api/connector-effects/${key}`, { jobType: 'careflow:sms:1', result: { id: 'first' } }, as);
    const second = await connectors.request('PUT', `/api/connector-effects/${key}`, { jobType: 'careflow:sms:1', result: { id: 'second' } }, as);
    const read = await connectors.request<{ effect: { result: unknown } }>('GET', `/api/connector-effects/${key}`, undefined, as);

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(read.body.effect.result).toEqual({ id: 'first' });
    expect((await connectors.request('PUT', `/api/connector-effects/${key}`, { jobType: 'x', result: 1, extra: true }, as)).status).toBe(400);
  });
});
