import type { C7LintData } from '.';

/**
 * Diagrams for the C7 rules, shared by the modeler's rule tests and the engine's publish-check test
 * (the server must catch everything the studio catches): each bad one names the findings the studio
 * lint reports, as [rule, element id]. Good ones must pass both, and the engine too.
 */
export const FIXTURE_DATA: C7LintData = {
  formKeys: ['visit-check', 'intake'],
  topics: ['careflow.sms:1', 'careflow.dispatch:1', 'careflow:sms:1'],
  processKeys: ['household_help'],
  decisionKeys: ['route_area'],
};

const NS =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="https://careflow.example/fixtures"';

/** A whole model: `body` inside one executable process `p` (with a time to live unless `attrs` says otherwise). */
export function model(body: string, options: { attrs?: string; outside?: string } = {}): string {
  const attrs = options.attrs ?? 'camunda:historyTimeToLive="P180D"';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions ${NS}>${options.outside ?? ''}\n<bpmn:process id="p" isExecutable="true" ${attrs}>\n${body}\n</bpmn:process>\n</bpmn:definitions>\n`;
}

/** start → steps in a row → end, with sequence flows, so the engine deploys it as a whole. */
export function flow(...steps: [id: string, xml: string][]): string {
  const ids = ['start', ...steps.map(([id]) => id), 'end'];
  const flows = ids.slice(1).map((id, i) => `<bpmn:sequenceFlow id="f_${ids[i]}_${id}" sourceRef="${ids[i]}" targetRef="${id}"/>`);
  return ['<bpmn:startEvent id="start"/>', ...steps.map(([, xml]) => xml), '<bpmn:endEvent id="end"/>', ...flows].join('\n');
}

export const userTask = (id: string, attrs = 'camunda:formKey="visit-check"', inner = '') => [id, `<bpmn:userTask id="${id}" name="回访 ${id}" ${attrs}>${inner}</bpmn:userTask>`] as [string, string];
export const externalTask = (id: string, topic = 'careflow.sms:1', extra = '') => [id, `<bpmn:serviceTask id="${id}" camunda:type="external" camunda:topic="${topic}" ${extra}/>`] as [string, string];
const timerCatch = (id: string, kind: string, value: string) => [id, `<bpmn:intermediateCatchEvent id="${id}"><bpmn:timerEventDefinition id="${id}_def"><bpmn:${kind} xsi:type="bpmn:tFormalExpression">${value}</bpmn:${kind}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`] as [string, string];
const io = (inner: string) => `<bpmn:extensionElements><camunda:inputOutput>${inner}</camunda:inputOutput></bpmn:extensionElements>`;
/** start → (a step →) a gateway whose conditional branch `cond` and default branch both end. */
const branch = (condition: string, step?: [string, string], conditionAttrs = '') =>
  [
    '<bpmn:startEvent id="start"/>',
    step?.[1] ?? '',
    '<bpmn:exclusiveGateway id="gw" default="toEnd"/><bpmn:endEvent id="end"/><bpmn:endEvent id="end2"/>',
    `<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="${step?.[0] ?? 'gw'}"/>`,
    step ? `<bpmn:sequenceFlow id="f2" sourceRef="${step[0]}" targetRef="gw"/>` : '',
    '<bpmn:sequenceFlow id="toEnd" sourceRef="gw" targetRef="end"/>',
    `<bpmn:sequenceFlow id="cond" sourceRef="gw" targetRef="end2"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"${conditionAttrs}>${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>`,
  ].join('\n');

const handle: [string, string] = [
  'handle',
  '<bpmn:userTask id="handle" camunda:formKey="intake" camunda:assignee="${caseOwner}" camunda:candidateGroups="agents,${area.group}" camunda:dueDate="${dueAt}" camunda:priority="${priority * 10 + 1}">' +
    io('<camunda:inputParameter name="phone">${relatives[0].phone}</camunda:inputParameter><camunda:outputParameter name="done">${result == \'ok\' ? true : false}</camunda:outputParameter>') +
    '</bpmn:userTask>',
];
const withIo = (id: string, inner: string): [string, string] => [id, `<bpmn:serviceTask id="${id}" camunda:type="external" camunda:topic="careflow.sms:1">${io(inner)}</bpmn:serviceTask>`];

export interface Fixture {
  name: string;
  xml: string;
  /** What the studio lint reports: [rule, element id] (rule without the `careflow-c7/` prefix). */
  findings: [string, string][];
}

export const GOOD_FIXTURES: Fixture[] = [
  { name: 'a user task with a library form and an SMS connector', xml: model(flow(userTask('confirm'), externalTask('sms'))), findings: [] },
  {
    name: 'SMS content with process variables',
    xml: model(flow(['text-family', '<bpmn:serviceTask id="text-family" camunda:type="external" camunda:topic="careflow:sms:1"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="content">您的家人${elderName}需要帮助</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>'])),
    findings: [],
  },
  {
    name: 'safe expressions everywhere: assignment, due date, mappings, condition, timer',
    xml: model(branch('${alarm.urgent &amp;&amp; !empty elder.phones and priority ge 2}', handle)),
    findings: [],
  },
  { name: 'timers: ISO date, duration, cycle, and an expression', xml: model(flow(timerCatch('t1', 'timeDate', '2026-12-31T18:00:00+08:00'), timerCatch('t2', 'timeDuration', 'PT4H'), timerCatch('t3', 'timeDuration', 'PT${minutes}M'))), findings: [] },
  { name: 'a call activity to a published process and a decision of the library', xml: model(flow(['call', '<bpmn:callActivity id="call" calledElement="household_help"/>'], ['decide', '<bpmn:businessRuleTask id="decide" camunda:decisionRef="route_area" camunda:resultVariable="route" camunda:mapDecisionResult="singleEntry"/>'])), findings: [] },
  {
    name: 'a called process that gets the case number as its business key and the case variables',
    xml: model(flow(['call', '<bpmn:callActivity id="call" calledElement="household_help"><bpmn:extensionElements><camunda:in businessKey="${caseNumber}"/><camunda:in variables="all"/><camunda:out source="visitResult" target="visitResult"/></bpmn:extensionElements></bpmn:callActivity>'])),
    findings: [],
  },
  { name: 'a none start beside a message start', xml: model(flow(userTask('confirm')) + '<bpmn:startEvent id="byCall"><bpmn:messageEventDefinition messageRef="m_call"/></bpmn:startEvent><bpmn:sequenceFlow id="f_call" sourceRef="byCall" targetRef="confirm"/>', { outside: '<bpmn:message id="m_call" name="call.answered"/>' }), findings: [] },
];

export const BAD_FIXTURES: Fixture[] = [
  { name: 'no executable process', xml: model(flow(), { attrs: 'camunda:historyTimeToLive="P1D"' }).replace('isExecutable="true"', 'isExecutable="false"'), findings: [['one-executable-process', 'defs']] },
  { name: 'starts only by message', xml: model(flow().replace('<bpmn:startEvent id="start"/>', '<bpmn:startEvent id="start"><bpmn:messageEventDefinition messageRef="m1"/></bpmn:startEvent>'), { outside: '<bpmn:message id="m1" name="alarm"/>' }), findings: [['none-start-event', 'p']] },
  { name: 'starts only by signal', xml: model(flow().replace('<bpmn:startEvent id="start"/>', '<bpmn:startEvent id="start"><bpmn:signalEventDefinition signalRef="s1"/></bpmn:startEvent>'), { outside: '<bpmn:signal id="s1" name="storm"/>' }), findings: [['none-start-event', 'p']] },
  { name: 'no start event at all', xml: model('<bpmn:userTask id="alone" camunda:formKey="intake"/>'), findings: [['none-start-event', 'p']] },
  { name: 'user task without a form', xml: model(flow(userTask('bare', ''))), findings: [['user-task-form', 'bare']] },
  { name: 'user task with a form outside the library', xml: model(flow(userTask('stray', 'camunda:formKey="nope"'))), findings: [['user-task-form', 'stray']] },
  {
    name: 'SMS content with a template placeholder',
    xml: model(flow(externalTask('text-family', 'careflow:sms:1', '').map((x, i) => (i === 1 ? x.replace('/>', '><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="content">您的家人{{elderName}}需要帮助</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>') : x)) as [string, string])),
    findings: [['sms-content', 'text-family']],
  },
  { name: 'external task with an unknown topic', xml: model(flow(externalTask('fax', 'acme.fax:1'))), findings: [['external-topic', 'fax']] },
  { name: 'external task without a topic', xml: model(flow(['notopic', '<bpmn:serviceTask id="notopic" camunda:type="external"/>'])), findings: [['external-topic', 'notopic']] },
  { name: 'service task without any implementation', xml: model(flow(['empty', '<bpmn:serviceTask id="empty"/>'])), findings: [['external-topic', 'empty']] },
  { name: 'call of an unpublished process', xml: model(flow(['call', '<bpmn:callActivity id="call" calledElement="ghost"/>'])), findings: [['called-process-exists', 'call']] },
  { name: 'business key of a called process read through execution', xml: model(flow(['call', '<bpmn:callActivity id="call" calledElement="household_help"><bpmn:extensionElements><camunda:in businessKey="#{execution.processBusinessKey}"/></bpmn:extensionElements></bpmn:callActivity>'])), findings: [['safe-expressions', 'call']] },
  { name: 'decision that does not exist', xml: model(flow(['decide', '<bpmn:businessRuleTask id="decide" camunda:decisionRef="ghost_decision"/>'])), findings: [['decision-exists', 'decide']] },
  { name: 'script task', xml: model(flow(['script', '<bpmn:scriptTask id="script" scriptFormat="javascript"><bpmn:script>java.lang.Runtime.getRuntime()</bpmn:script></bpmn:scriptTask>'])), findings: [['no-code', 'script']] },
  { name: 'Java class on a service task', xml: model(flow(['java', '<bpmn:serviceTask id="java" camunda:class="org.example.Evil"/>'])), findings: [['no-code', 'java']] },
  { name: 'delegate expression', xml: model(flow(['delegate', '<bpmn:serviceTask id="delegate" camunda:delegateExpression="${evilBean}"/>'])), findings: [['no-code', 'delegate']] },
  { name: 'expression service task', xml: model(flow(['expr', '<bpmn:serviceTask id="expr" camunda:expression="${a}"/>'])), findings: [['no-code', 'expr']] },
  { name: 'shell task', xml: model(flow(['shell', '<bpmn:serviceTask id="shell" camunda:type="SHELL"/>'])), findings: [['no-code', 'shell']] },
  { name: 'script execution listener', xml: model(flow(userTask('listened', 'camunda:formKey="intake"', '<bpmn:extensionElements><camunda:executionListener event="start"><camunda:script scriptFormat="groovy">"rm -rf /".execute()</camunda:script></camunda:executionListener></bpmn:extensionElements>'))), findings: [['no-code', 'listened']] },
  { name: 'class task listener', xml: model(flow(userTask('classy', 'camunda:formKey="intake"', '<bpmn:extensionElements><camunda:taskListener event="create" class="org.example.Evil"/></bpmn:extensionElements>'))), findings: [['no-code', 'classy']] },
  { name: 'Camunda Connect connector', xml: model(flow(['http', '<bpmn:serviceTask id="http"><bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements></bpmn:serviceTask>'])), findings: [['no-code', 'http']] },
  { name: 'script in an input mapping', xml: model(flow(withIo('mapped', '<camunda:inputParameter name="a"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:inputParameter>'))), findings: [['no-code', 'mapped']] },
  { name: 'script condition loaded from a resource', xml: model(branch('', undefined, ' language="groovy" camunda:resource="deployment://evil.groovy"')), findings: [['no-code', 'cond'], ['no-code', 'cond']] },
  { name: 'Operaton-namespace class', xml: model(flow(externalTask('sneaky', 'careflow.sms:1', 'xmlns:op="http://operaton.org/schema/1.0/bpmn" op:class="org.example.Evil"'))), findings: [['camunda-namespace-only', 'sneaky']] },
  { name: 'method call in an assignee', xml: model(flow(userTask('call1', 'camunda:formKey="intake" camunda:assignee="${owner.toUpperCase()}"'))), findings: [['safe-expressions', 'call1']] },
  { name: 'engine services through execution', xml: model(flow(userTask('exec', 'camunda:formKey="intake" camunda:dueDate="${execution.getProcessEngineServices()}"'))), findings: [['safe-expressions', 'exec'], ['safe-expressions', 'exec']] },
  { name: 'getClass on a literal in a condition', xml: model(branch("${''.getClass().forName('java.lang.Runtime') != null}")), findings: [['safe-expressions', 'cond'], ['safe-expressions', 'cond'], ['safe-expressions', 'cond']] },
  { name: 'a ${ inside a string hides nothing', xml: model(flow(withIo('nested', "<camunda:inputParameter name=\"msg\">${'${'}${execution.id}</camunda:inputParameter>"))), findings: [['safe-expressions', 'nested']] },
  { name: 'deferred #{} with a method call', xml: model(flow(userTask('deferred', 'camunda:formKey="intake" camunda:candidateUsers="#{task.setAssignee(\'x\')}"'))), findings: [['safe-expressions', 'deferred'], ['safe-expressions', 'deferred']] },
  { name: 'reflection through .class', xml: model(branch('${name.class.classLoader != null}')), findings: [['safe-expressions', 'cond'], ['safe-expressions', 'cond']] },
  { name: 'condition that is plain text', xml: model(branch('alarm.urgent')), findings: [['safe-expressions', 'cond']] },
  { name: 'expression that does not parse', xml: model(flow(userTask('broken', 'camunda:formKey="intake" camunda:assignee="${a =}"'))), findings: [['safe-expressions', 'broken']] },
  { name: 'timer duration that is not ISO', xml: model(flow(timerCatch('wait', 'timeDuration', 'one day'))), findings: [['timers', 'wait']] },
  { name: 'timer date that is not ISO', xml: model(flow(timerCatch('when', 'timeDate', '31/12/2026'))), findings: [['timers', 'when']] },
  { name: 'timer cycle that is cron', xml: model(flow(timerCatch('cron', 'timeCycle', '0 0/5 * * * ?'))), findings: [['timers', 'cron']] },
  { name: 'timer expression calling a method', xml: model(flow(timerCatch('tm', 'timeDuration', '${duration.toString()}'))), findings: [['safe-expressions', 'tm']] },
  { name: 'no history time to live', xml: model(flow(), { attrs: '' }), findings: [['history-time-to-live', 'p']] },
  { name: 'history time to live that is not days', xml: model(flow(), { attrs: 'camunda:historyTimeToLive="six months"' }), findings: [['history-time-to-live', 'p']] },
];
