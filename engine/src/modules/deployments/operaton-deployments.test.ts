import { OperationalError } from '../../http/errors';
import { OperatonRest } from '../../operaton/rest';
import { testDatabases } from '../../../test/support/databases';
import { chain, echoTask, flow, BPMN_HEADER, uniqueProcessId, userTask } from '../../../test/support/operaton-fixtures';
import { downEngine } from '../../../test/support/operaton-process-fixtures';
import { useTestEngine } from '../../../test/support/test-engine';
import { ProcessInstanceService } from '../process-instances/service';
import { DeploymentService } from './service';

type Deployed = { deployment: { deploymentKey: string; processes: { bpmnProcessId: string; version: number; processDefinitionKey: string }[] } };
type Problems = { error: { code: string; details: { problems: { elementId?: string; message: string; severity: string }[] } } };
type Started = { processInstance: { processInstanceKey: string; bpmnProcessId: string; processDefinitionKey: string; version: number }; variables?: Record<string, unknown> };

const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
const SEED_ACTOR = { id: 'test', username: 'test', ip: null };

describe.each(testDatabases())('deployments and process instances on the process engine ($name)', ({ create }) => {
  const engine = useTestEngine(create);
  const deploy = (processId: string, xml: string) => engine.admin.post<Deployed & Problems>('/api/deployments', { resourceName: `${processId}.bpmn`, xml });
  const deploymentCount = async () => (await engine.admin.get<{ deployments: unknown[] }>('/api/deployments')).body.deployments.length;

  it('given a camunda: model, when an admin deploys it twice, then Operaton versions it (1, 2) and CareFlow keeps each definition id', async () => {
    const processId = uniqueProcessId('generic');
    const xml = chain(processId, [{ id: 'echo', xml: echoTask('echo') }]);
    const first = await deploy(processId, xml);
    const second = await deploy(processId, xml.replace('name="echo"', 'name="回声"'));
    expect([first.status, second.status]).toEqual([201, 201]);
    const [v1, v2] = [first.body.deployment.processes, second.body.deployment.processes];
    expect([v1, v2].map((p) => p.map((d) => [d.bpmnProcessId, d.version]))).toEqual([[[processId, 1]], [[processId, 2]]]);
    const engineIds = (await rest.get<{ id: string }[]>('/process-definition', { key: processId })).map((d) => d.id).sort();
    expect(engineIds).toEqual([v1[0].processDefinitionKey, v2[0].processDefinitionKey].sort());
  });

  it('given a model with an unknown form and an engine parse error, when deployed, then 422 names both elements and nothing is deployed', async () => {
    const processId = uniqueProcessId('refused');
    const xml =
      `${BPMN_HEADER}<bpmn:process id="${processId}" isExecutable="true" camunda:historyTimeToLive="P1D"><bpmn:startEvent id="start"/>${userTask('stray', 'no-such-form')}` +
      `<bpmn:exclusiveGateway id="gw"/><bpmn:endEvent id="end"/>${flow('f1', 'start', 'stray')}${flow('f2', 'stray', 'gw')}` +
      `<bpmn:sequenceFlow id="only" sourceRef="gw" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${urgent}</bpmn:conditionExpression></bpmn:sequenceFlow></bpmn:process></bpmn:definitions>`;
    const before = await deploymentCount();
    const res = await deploy(processId, xml);
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems.map((p) => [p.elementId, p.severity])).toEqual([
      ['stray', 'error'],
      ['gw', 'error'],
    ]);
    expect((await rest.get<{ count: number }>('/process-definition/count', { key: processId })).count).toBe(0);
    expect(await deploymentCount()).toBe(before);
  });

  it('given the process engine is down, when a model is deployed, then it is unavailable and nothing is stored', async () => {
    const { dataSource, engine: running } = engine.running;
    const deployments = new DeploymentService(dataSource, running.audit, { rest: downEngine() });
    const processId = uniqueProcessId('down');
    const before = await deploymentCount();
    const failed = await deployments.deploy({ resourceName: `${processId}.bpmn`, xml: chain(processId, []) }, SEED_ACTOR).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(OperationalError);
    expect((failed as OperationalError).dependency).toBe('process engine');
    expect(await deploymentCount()).toBe(before);
  });

  it('given a deployed process with a connector, when it is started waiting for its result, then the answer carries the Operaton instance and its final variables', async () => {
    const processId = uniqueProcessId('awaited');
    const deployed = await deploy(processId, chain(processId, [{ id: 'echo', xml: echoTask('echo') }]));
    const res = await engine.admin.post<Started>('/api/process-instances', { bpmnProcessId: processId, variables: { note: '你好' }, awaitResultSeconds: 60 });
    expect(res.status).toBe(201);
    expect(res.body.processInstance).toMatchObject({ bpmnProcessId: processId, version: 1, processDefinitionKey: deployed.body.deployment.processes[0].processDefinitionKey });
    expect(res.body.variables).toMatchObject({ note: '你好' });
    const history = await rest.get<{ state: string; processDefinitionKey: string }>(`/history/process-instance/${res.body.processInstance.processInstanceKey}`);
    expect(history).toMatchObject({ state: 'COMPLETED', processDefinitionKey: processId });
  });

  it('given a process waiting in a user task, when started, then it runs on Operaton; waiting for its end times out as a conflict; an unknown process is 404', async () => {
    const processId = uniqueProcessId('waiting');
    await engine.admin.post('/api/forms', { key: 'waiting-form', title: '等待', schema: { type: 'object', properties: {} } });
    expect((await deploy(processId, chain(processId, [{ id: 'wait', xml: userTask('wait', 'waiting-form') }]))).status).toBe(201);
    const started = await engine.admin.post<Started>('/api/process-instances', { bpmnProcessId: processId, variables: {} });
    expect(started.status).toBe(201);
    expect(await rest.get<{ taskDefinitionKey: string }[]>('/task', { processInstanceId: started.body.processInstance.processInstanceKey })).toEqual([expect.objectContaining({ taskDefinitionKey: 'wait' })]);
    const service = new ProcessInstanceService(engine.running.dataSource, engine.running.engine.audit, { rest });
    await expect(service.start({ bpmnProcessId: processId, variables: {}, awaitResult: { timeoutMs: 1000 } }, SEED_ACTOR)).rejects.toMatchObject({ status: 409 });
    expect((await engine.admin.post('/api/process-instances', { bpmnProcessId: uniqueProcessId('nothing'), variables: {} })).status).toBe(404);
  });
});
