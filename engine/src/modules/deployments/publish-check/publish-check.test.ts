import { BAD_FIXTURES, FIXTURE_DATA, flow, GOOD_FIXTURES, model, userTask } from '@careflow/modeler/dist/lint/c7/fixtures';
import { lintC7Xml } from '@careflow/modeler/dist/lint/c7';
import { OperatonDeployments } from '../../../operaton/deployments';
import { OperatonRest } from '../../../operaton/rest';
import { checkForPublish, MAX_MODEL_BYTES, SCRATCH_DEPLOYMENT, type PublishCheckInput } from '.';

const rest = new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
const deployments = new OperatonDeployments(rest);
const check = (bpmnXml: string, decisions?: PublishCheckInput['decisions']) => checkForPublish(deployments, { bpmnXml, decisions, known: FIXTURE_DATA });

/** What the engine holds: deployments, process definitions, jobs. A check must leave all three as they were. */
const engineState = async () => ({
  deployments: await deployments.count(),
  definitions: (await rest.get<{ count: number }>('/process-definition/count')).count,
  jobs: (await rest.get<{ count: number }>('/job/count')).count,
  scratch: (await deployments.list({ name: SCRATCH_DEPLOYMENT })).length,
});

const dmn = (decisionId: string, language = '') => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="drd_${decisionId}" name="Route" namespace="https://careflow.example/test"${language}>
  <decision id="${decisionId}" name="Route">
    <decisionTable id="table" hitPolicy="UNIQUE">
      <input id="in"><inputExpression id="inx" typeRef="string"><text>area</text></inputExpression></input>
      <output id="out" name="group" typeRef="string"/>
      <rule id="r"><inputEntry id="ie"><text>-</text></inputEntry><outputEntry id="oe"><text>"agents"</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>`;

describe('the publish check (Camunda 7 rules and the engine’s parser) against the test run’s Operaton', () => {
  it('given a model with a CareFlow rule violation and an engine parse error, when checked, then both come in one result, naming their elements, in zh-CN, and nothing stays deployed', async () => {
    const before = await engineState();
    const xml = model(
      '<bpmn:startEvent id="start"/><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="stray"/>' +
        '<bpmn:userTask id="stray" name="回访" camunda:formKey="nope"/><bpmn:sequenceFlow id="f2" sourceRef="stray" targetRef="gw"/>' +
        '<bpmn:exclusiveGateway id="gw"/><bpmn:endEvent id="end"/>' +
        '<bpmn:sequenceFlow id="only" sourceRef="gw" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${urgent}</bpmn:conditionExpression></bpmn:sequenceFlow>',
    );

    const result = await check(xml);

    expect(result.engineChecked).toBe(true);
    expect(result.publishable).toBe(false);
    expect(result.problems.map((p) => [p.source, p.rule, p.elementId, p.severity])).toEqual([
      ['rule', 'careflow-c7/user-task-form', 'stray', 'error'],
      ['engine', undefined, 'gw', 'error'],
    ]);
    expect(result.problems[0].message).toBe('用户任务 回访 (stray) 使用的表单 nope 不在表单库中：请从表单库中选择，或先发布该表单');
    expect(result.problems[1].message).toBe('排他网关 gw 只有一条出线 only，这条线不能带条件：请去掉条件，或再添加一条出线');
    expect(result.problems[1].messageEn).toContain("Exclusive Gateway 'gw' has only one outgoing sequence flow ('only')");
    expect(await engineState()).toEqual(before);
  });

  it.each(GOOD_FIXTURES.map((f) => [f.name, f]))('given a good model (%s), when checked, then it passes the rules and the engine, and leaves no deployment, definition or job behind', async (_, fixture) => {
    const before = await engineState();
    const result = await check(fixture.xml);

    expect(result).toEqual({ problems: [], publishable: true, engineChecked: true });
    expect(await engineState()).toEqual(before);
  });

  it('given every bad fixture, when the studio lint and the server check both run, then the server reports everything the studio reports', async () => {
    for (const fixture of BAD_FIXTURES) {
      const studio = (await lintC7Xml(fixture.xml, FIXTURE_DATA)).map((f) => `${f.rule} ${f.elementId} ${f.messageZh}`);
      const server = (await check(fixture.xml)).problems.map((p) => `${p.rule} ${p.elementId} ${p.message}`);

      expect(studio.length).toBeGreaterThan(0);
      expect({ fixture: fixture.name, missing: studio.filter((s) => !server.includes(s)) }).toEqual({ fixture: fixture.name, missing: [] });
    }
  });

  it('given a published process with a message start event, when a model starting by the same message is checked, then the throw-away copy does not clash with it', async () => {
    const published = await deployments.create({
      name: 'test-published-calls',
      resources: [{ name: 'calls.bpmn', content: GOOD_FIXTURES.find((f) => f.name.includes('message start'))!.xml.replace('id="p"', 'id="published_calls"') }],
    });
    try {
      const result = await check(GOOD_FIXTURES.find((f) => f.name.includes('message start'))!.xml);
      expect(result.problems).toEqual([]);
    } finally {
      await deployments.delete(published.id, { cascade: true });
    }
  });

  it('given a process that starts only by a timer, when checked, then the rule refuses it, the engine parses a suspended copy, and no timer job survives', async () => {
    const before = await engineState();
    const xml = model(flow().replace('<bpmn:startEvent id="start"/>', '<bpmn:startEvent id="start"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>'));

    const result = await check(xml);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(result.problems.map((p) => [p.rule, p.elementId])).toEqual([['careflow-c7/none-start-event', 'p']]);
    expect(result.engineChecked).toBe(true);
    expect(await engineState()).toEqual(before);
    expect((await rest.get<{ count: number }>('/history/process-instance/count', { processDefinitionKey: 'p' })).count).toBe(0);
  });

  it('given models that may carry code, when checked, then the engine is never asked and an info says so', async () => {
    const before = await engineState();
    const timerStart = model(flow().replace('<bpmn:startEvent id="start"/>', "<bpmn:startEvent id=\"start\"><bpmn:timerEventDefinition><bpmn:timeDate>${''.getClass().forName('java.lang.Runtime')}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>"));
    for (const xml of [timerStart, BAD_FIXTURES.find((f) => f.name === 'script task')!.xml, BAD_FIXTURES.find((f) => f.name === 'Operaton-namespace class')!.xml]) {
      const result = await check(xml);
      expect(result.engineChecked).toBe(false);
      expect(result.problems.at(-1)).toMatchObject({ source: 'engine', severity: 'info' });
    }
    expect(await engineState()).toEqual(before);
  });

  it('given malformed XML, a DOCTYPE, an oversized model or a bad decision file, when checked, then a clear error and nothing reaches the engine', async () => {
    const before = await engineState();
    const good = GOOD_FIXTURES[0].xml;
    const cases: [string, PublishCheckInput['decisions'], string][] = [
      [good.replace('</bpmn:process>', ''), undefined, 'XML 格式错误'],
      [good.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'), undefined, 'DOCTYPE'],
      [good.replace('<bpmn:process', `<!-- ${'x'.repeat(MAX_MODEL_BYTES)} --><bpmn:process`), undefined, '超过模型上限'],
      [good, [{ name: '../evil.dmn', xml: dmn('d1') }], '决策文件名'],
      [good, [{ name: 'route.dmn', xml: good }], '不是 DMN 模型'],
    ];
    for (const [xml, decisions, expected] of cases) {
      const result = await check(xml, decisions);
      expect({ engineChecked: result.engineChecked, publishable: result.publishable, source: result.problems[0]?.source }).toEqual({ engineChecked: false, publishable: false, source: 'model' });
      expect(result.problems[0].message).toContain(expected);
    }
    expect(await engineState()).toEqual(before);
  });

  it('given decision files, when checked, then their decisions count as known, a broken table is the engine’s problem naming the file, and JUEL decisions are refused', async () => {
    const before = await engineState();
    const usesNew = model(flow(['decide', '<bpmn:businessRuleTask id="decide" camunda:decisionRef="route_new" camunda:resultVariable="route" camunda:mapDecisionResult="singleEntry"/>']));

    expect((await check(usesNew, [{ name: 'route.dmn', xml: dmn('route_new') }])).problems).toEqual([]);
    const broken = await check(usesNew, [{ name: 'route.dmn', xml: dmn('route_new').replace('UNIQUE', 'BOGUS') }]);
    expect(broken.problems.map((p) => [p.source, p.resource, p.severity])).toEqual([['engine', 'route.dmn', 'error']]);
    expect(broken.problems[0].message).toContain('决策文件 route.dmn 无法解析');
    const juel = await check(usesNew, [{ name: 'route.dmn', xml: dmn('route_new', ' expressionLanguage="juel"') }]);
    expect(juel.problems[0]).toMatchObject({ resource: 'route.dmn', source: 'model', severity: 'error' });
    expect(juel.engineChecked).toBe(false);
    expect(await engineState()).toEqual(before);
  });

  it('given a schema error the engine reports by line and column only, when checked, then the problem names the element at that place', async () => {
    const xml = model(flow(userTask('confirm')) + '\n    <bpmn:boundaryEvent id="loose"/>');

    const result = await check(xml);

    expect(result.problems.filter((p) => p.source === 'engine').map((p) => p.elementId)).toEqual(['loose', 'loose', 'loose']);
    expect(result.problems.find((p) => p.messageEn.startsWith('cvc-'))?.message).toMatch(/^模型不符合 BPMN 2\.0 规范：.*（第 \d+ 行第 \d+ 列）$/);
  });
});
