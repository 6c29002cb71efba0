import { OperatonDeployments } from './deployments';
import { OperatonRest, ProcessEngineRejection } from './rest';

const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
const deployments = new OperatonDeployments(rest);
const stamp = Date.now().toString(36);

const bpmn = (key: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://careflow.example/test">
  <bpmn:process id="${key}" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="start"/><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="decide"/>
    <bpmn:businessRuleTask id="decide" camunda:decisionRef="${key}_route" camunda:resultVariable="group" camunda:mapDecisionResult="singleEntry"/>
  </bpmn:process>
</bpmn:definitions>`;
const dmn = (key: string) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="${key}_drd" name="Route" namespace="https://careflow.example/test">
  <decision id="${key}_route" name="Route">
    <decisionTable id="table">
      <input id="in"><inputExpression id="inx" typeRef="string"><text>area</text></inputExpression></input>
      <output id="out" name="group" typeRef="string"/>
      <rule id="r"><inputEntry id="ie"><text>-</text></inputEntry><outputEntry id="oe"><text>"agents"</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>`;

describe('deployments through the Operaton REST API', () => {
  it('given BPMN and DMN, when deployed together, then both definitions are listed by key, and deleting with cascade removes them', async () => {
    const key = `dep_${stamp}`;
    const before = await deployments.count();
    const deployment = await deployments.create({ name: `test-${key}`, source: 'careflow-test', resources: [{ name: `${key}.bpmn`, content: bpmn(key) }, { name: `${key}.dmn`, content: dmn(key) }] });

    expect(deployment.processDefinitions.map((d) => [d.key, d.version])).toEqual([[key, 1]]);
    expect(deployment.decisionDefinitions.map((d) => d.key)).toEqual([`${key}_route`]);
    expect((await deployments.processDefinitionsByKey(key)).map((d) => d.deploymentId)).toEqual([deployment.id]);
    expect((await deployments.decisionDefinitionsByKey(`${key}_route`)).map((d) => d.deploymentId)).toEqual([deployment.id]);
    expect((await deployments.list({ name: `test-${key}` })).map((d) => d.id)).toEqual([deployment.id]);
    expect(await deployments.count()).toBe(before + 1);

    await deployments.delete(deployment.id, { cascade: true });
    await deployments.delete(deployment.id, { cascade: true });
    expect(await deployments.processDefinitionsByKey(key)).toEqual([]);
    expect(await deployments.count()).toBe(before);
  });

  it('given an activation time, when deployed, then the definition is suspended until then and its activation job can be removed after the deployment', async () => {
    const key = `act_${stamp}`;
    const activation = new Date(Date.UTC(2999, 5, 1, 12, 0, 0, 123));
    const deployment = await deployments.create({ name: `test-${key}`, resources: [{ name: `${key}.bpmn`, content: bpmn(key) }], activationTime: activation });

    expect((await deployments.processDefinitionsByKey(key))[0].suspended).toBe(true);
    await deployments.delete(deployment.id, { cascade: true });
    expect(await deployments.deleteActivationJobs(activation)).toBe(1);
    expect(await deployments.deleteActivationJobs(activation)).toBe(0);
  });

  it('given a model the engine cannot parse, when deployed, then it is a rejection and nothing is deployed', async () => {
    const before = await deployments.count();
    const broken = bpmn(`bad_${stamp}`).replace('<bpmn:businessRuleTask id="decide"', '<bpmn:serviceTask id="decide" camunda:type="external"').replace('camunda:mapDecisionResult="singleEntry"/>', '/>');
    const error = await deployments.create({ name: 'test-broken', resources: [{ name: 'broken.bpmn', content: broken }] }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProcessEngineRejection);
    expect((error as ProcessEngineRejection).type).toBe('ParseException');
    expect(await deployments.count()).toBe(before);
  });
});
