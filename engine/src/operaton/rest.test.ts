import { OperatonRest, ProcessEngineRejection } from './rest';
import { fromTypedVariables, toTypedVariables } from './variables';

const url = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL!;
const PROCESS = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="https://careflow.example/test">
  <bpmn:process id="rest_core_wait" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="start"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="route"/>
    <bpmn:exclusiveGateway id="route" default="toWait"/>
    <bpmn:sequenceFlow id="toUrgent" sourceRef="route" targetRef="urgent">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${alarm.urgent}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="toWait" sourceRef="route" targetRef="wait"/>
    <bpmn:userTask id="urgent"/>
    <bpmn:userTask id="wait"/>
  </bpmn:process>
</bpmn:definitions>`;

describe('the Operaton REST core against the test run’s engine', () => {
  const rest = new OperatonRest({ baseUrl: url });

  it('given a deployed process, when an instance starts with variables, then they read back with their JSON types', async () => {
    const form = new FormData();
    form.append('deployment-name', 'rest-core');
    form.append('rest_core.bpmn', new Blob([PROCESS], { type: 'application/xml' }), 'rest_core.bpmn');
    await rest.postForm('/deployment/create', form);
    const variables = { caseNumber: 'C-1', count: 3, big: 2 ** 40, ratio: 0.5, urgent: true, none: null, alarm: { urgent: false, phones: ['138', '139'] }, tags: ['a', 1] };
    const started = await rest.post<{ id: string }>('/process-definition/key/rest_core_wait/start', { businessKey: 'C-1', variables: toTypedVariables(variables) });
    const read = await rest.get<Parameters<typeof fromTypedVariables>[0]>(`/process-instance/${started.id}/variables`, { deserializeValues: false });
    expect(fromTypedVariables(read)).toEqual(variables);
  });

  it('given an object variable, when a gateway reads its field, then the process takes the path it names', async () => {
    const start = (urgent: boolean) => rest.post<{ id: string }>('/process-definition/key/rest_core_wait/start', { variables: toTypedVariables({ alarm: { urgent } }) });
    const [urgent, calm] = await Promise.all([start(true), start(false)]);
    const waitingIn = async (id: string) => (await rest.get<{ taskDefinitionKey: string }[]>('/task', { processInstanceId: id })).map((t) => t.taskDefinitionKey);
    expect(await waitingIn(urgent.id)).toEqual(['urgent']);
    expect(await waitingIn(calm.id)).toEqual(['wait']);
  });

  it('given a value that claims a Java class, when it is read back, then it is only a JSON map', async () => {
    const forged = { value: '{"@class":"java.net.URL","a":1}', type: 'Object', valueInfo: { objectTypeName: 'java.net.URL', serializationDataFormat: 'application/json' } };
    const started = await rest.post<{ id: string }>('/process-definition/key/rest_core_wait/start', { variables: { forged, ...toTypedVariables({ alarm: { urgent: false } }) } });
    const read = await rest.get<{ value: Record<string, unknown> }>(`/process-instance/${started.id}/variables/forged`);
    expect(read.value).toEqual({ '@class': 'java.net.URL', a: 1 });
  });

  it('given an unknown instance, when it is read, then the engine’s refusal is a rejection with its status and type', async () => {
    const error = await rest.get('/process-instance/no-such-instance').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessEngineRejection);
    expect((error as ProcessEngineRejection).status).toBe(404);
  });

  it('given nothing listens, when a request is made, then it is an operational error naming the process engine', async () => {
    const down = new OperatonRest({ baseUrl: 'http://127.0.0.1:9/engine-rest', timeoutMs: 1000 });
    await expect(down.get('/engine')).rejects.toMatchObject({ name: 'OperationalError', dependency: 'process engine' });
  });
});
