import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OperatonRest, ProcessEngineRejection } from '../../operaton/rest';
import { toTypedVariables } from '../../operaton/variables';

/**
 * The engine plugin's defence in depth (process-engine/…/CareflowEnginePlugin.java), against the
 * run's real engine built from process-engine/: what an analyst writes reads data and nothing else.
 */
const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
const BPMN_NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
let counter = 0;

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** start → gateway: `condition` true → task `yes`, else → task `no`. */
function gatewayProcess(key: string, condition: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${BPMN_NS} id="d" targetNamespace="https://careflow.example/test">
  <bpmn:process id="${key}" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="start"/>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="route"/>
    <bpmn:exclusiveGateway id="route" default="toNo"/>
    <bpmn:sequenceFlow id="toYes" sourceRef="route" targetRef="yes">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${xmlText(condition)}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="toNo" sourceRef="route" targetRef="no"/>
    <bpmn:userTask id="yes"/>
    <bpmn:userTask id="no"/>
  </bpmn:process>
</bpmn:definitions>`;
}

async function deploy(name: string, file: string, xml: string): Promise<void> {
  const form = new FormData();
  form.append('deployment-name', name);
  form.append(file, new Blob([xml], { type: 'application/xml' }), file);
  await rest.postForm('/deployment/create', form);
}

const VARIABLES = toTypedVariables({ alarm: { urgent: true, phones: ['13800000000'] }, count: 3, note: '', approved: true });

async function startWith(condition: string): Promise<{ key: string; started: Promise<{ id: string }> }> {
  const key = `security_${process.pid}_${++counter}`;
  await deploy(key, `${key}.bpmn`, gatewayProcess(key, condition));
  return { key, started: rest.post<{ id: string }>(`/process-definition/key/${key}/start`, { variables: VARIABLES }) };
}

const count = async (pathname: string, key: string) => (await rest.get<{ count: number }>(pathname, { processDefinitionKey: key })).count;

describe('expressions in the process engine', () => {
  it.each([
    ['a JSON field', '${alarm.urgent}'],
    ['a comparison', '${count > 2}'],
    ['empty', '${empty note}'],
    ['equality with a boolean', '${approved == true}'],
    ['a list item', "${alarm.phones[0] == '13800000000'}"],
  ])('given %s (%s), when a case starts, then the gateway takes the path it names', async (_what, condition) => {
    const { started } = await startWith(condition);
    const { id } = await started;
    const tasks = await rest.get<{ taskDefinitionKey: string }[]>('/task', { processInstanceId: id });
    expect(tasks.map((t) => t.taskDefinitionKey)).toEqual(['yes']);
  });

  const marker = path.join(os.tmpdir(), `careflow-hostile-${process.pid}`);
  it.each([
    ['a method on the execution', '${execution.getProcessEngineServices()}'],
    ['a getter chain from the execution', '${execution.processEngineServices.runtimeService != null}'],
    ['the task object', '${task != null}'],
    ['a class lookup through a string', "${''.getClass().forName('java.lang.Runtime')}"],
    ['running a command', `\${''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch ${marker}') != null}`],
    ['a getter on a string', "${''.class != null}"],
    ['a method on a JSON map', "${alarm.containsKey('urgent')}"],
    ['a method on a function result', '${now().getTime() > 0}'],
  ])('given %s (%s), when a case starts, then it is refused and nothing ran', async (_what, condition) => {
    const { key, started } = await startWith(condition);
    const refusal = await started.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ProcessEngineRejection);
    expect((refusal as ProcessEngineRejection).message).toMatch(/Cannot find method|Cannot resolve identifier|Could not resolve property|Cannot resolve property|not found|PropertyNotFound|MethodNotFound/i);
    expect(await count('/process-instance/count', key)).toBe(0);
    expect(await count('/history/process-instance/count', key)).toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe('scripts in the process engine', () => {
  const refusedAtDeploy = async (name: string, body: string) => {
    const key = `script_${process.pid}_${++counter}`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${BPMN_NS} id="d" targetNamespace="https://careflow.example/test">
  <bpmn:process id="${key}" isExecutable="true" camunda:historyTimeToLive="P1D">${body}</bpmn:process>
</bpmn:definitions>`;
    const refusal = await deploy(name, `${key}.bpmn`, xml).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(ProcessEngineRejection);
    const rejection = refusal as ProcessEngineRejection;
    expect(rejection.type).toBe('ParseException');
    expect((await rest.get<unknown[]>('/process-definition', { key })).length).toBe(0);
    return JSON.stringify(rejection.body);
  };

  it('given a script task, when deployed, then the engine refuses it naming the task, and deploys nothing', async () => {
    const body = await refusedAtDeploy(
      'script-task',
      `<bpmn:startEvent id="start"/><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="run"/>
       <bpmn:scriptTask id="run" scriptFormat="javascript"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>`,
    );
    expect(body).toMatch(/Unable to process ScriptTask: scripts are disabled/);
  });

  // JUEL is the one script language stock Operaton can always run, with resolvers that reach Java objects.
  it('given an execution listener written as a JUEL script, when deployed, then the engine refuses it', async () => {
    const body = await refusedAtDeploy(
      'script-listener',
      `<bpmn:startEvent id="start"><bpmn:extensionElements><camunda:executionListener event="start">
         <camunda:script scriptFormat="juel">\${execution}</camunda:script></camunda:executionListener></bpmn:extensionElements></bpmn:startEvent>
       <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait"/><bpmn:userTask id="wait"/>`,
    );
    expect(body).toMatch(/Unable to process script/);
  });

  it('given a condition in a script language, when deployed, then the engine refuses it', async () => {
    const body = await refusedAtDeploy(
      'script-condition',
      `<bpmn:startEvent id="start"/><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="route"/>
       <bpmn:exclusiveGateway id="route"/>
       <bpmn:sequenceFlow id="toWait" sourceRef="route" targetRef="wait">
         <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression></bpmn:sequenceFlow>
       <bpmn:userTask id="wait"/>`,
    );
    expect(body).toMatch(/scripts are disabled/);
  });

});

describe('stored queries', () => {
  it('given a task filter with an expression, when saved, then the engine refuses it and keeps no filter', async () => {
    const name = `expression-filter-${process.pid}`;
    await expect(rest.post('/filter/create', { resourceType: 'Task', name, query: { assigneeExpression: '${currentUser()}' } })).rejects.toThrow(/[Ee]xpression/);
    expect((await rest.get<unknown[]>('/filter', { name })).length).toBe(0);
  });
});
