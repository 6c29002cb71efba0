import camundaCompat from 'bpmnlint-plugin-camunda-compat';
import { translatorFor } from '../../i18n';
import { BAD_FIXTURES, FIXTURE_DATA, flow, GOOD_FIXTURES, model, userTask } from './fixtures';
import { c7LintConfig, lintC7Xml, OPERATON_COMPAT_CONFIG } from '.';

const lint = async (xml: string, data = FIXTURE_DATA) => (await lintC7Xml(xml, data)).map((f) => ({ ...f, rule: f.rule.replace('careflow-c7/', '') }));

describe('the Camunda 7 (Operaton) rules, run by bpmnlint as the studio and the server run them', () => {
  it.each(GOOD_FIXTURES.map((f) => [f.name, f]))('given a good model (%s), when linted, then nothing is reported', async (_, fixture) => {
    expect(await lint(fixture.xml)).toEqual([]);
  });

  it.each(BAD_FIXTURES.map((f) => [f.name, f]))('given a bad model (%s), when linted, then the rule names the element, in English and zh-CN', async (_, fixture) => {
    const found = await lint(fixture.xml);

    expect(found.map((f) => [f.rule, f.elementId])).toEqual(fixture.findings);
    for (const f of found) {
      expect(f.severity).toBe('error');
      expect(f.messageZh).not.toBe(f.message);
      expect(f.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(`${f.message} ${f.messageZh}`).toContain(f.elementId === 'defs' ? '' : f.elementId);
    }
  });

  it('given the compat config, when resolved, then it is camunda-compat’s Camunda 7.24 config and CareFlow’s own time-to-live rule replaces its one rule', () => {
    const { config, resolver } = c7LintConfig(FIXTURE_DATA);
    expect(OPERATON_COMPAT_CONFIG).toBe('camunda-platform-7-24');
    expect(Object.keys((resolver.resolveConfig('bpmnlint-plugin-camunda-compat', OPERATON_COMPAT_CONFIG) as { rules: object }).rules)).toEqual(['history-time-to-live']);
    expect((camundaCompat.configs as Record<string, unknown>)[OPERATON_COMPAT_CONFIG]).toBeDefined();
    expect(config.rules['camunda-compat/history-time-to-live']).toBe('off');
    expect(() => resolver.resolveRule('bpmnlint-plugin-careflow-c7', 'nope')).toThrow('unknown rule');
  });

  it('given a message from a rule, when the modeler translates it, then zh-CN reads the zh-CN form and English stays English', async () => {
    const [finding] = await lint(model(flow(userTask('stray', 'camunda:formKey="nope"'))));

    expect(translatorFor('zh-CN')(finding.message)).toBe('用户任务 回访 stray (stray) 使用的表单 nope 不在表单库中：请从表单库中选择，或先发布该表单');
    expect(translatorFor('en')(finding.message)).toBe('User task 回访 stray (stray) uses form nope, which is not in the form library: choose a library form or publish that form first');
  });

  it('given a process and a decision chosen at run time, when linted, then they are warnings, not errors', async () => {
    const found = await lint(model(flow(['call', '<bpmn:callActivity id="call" calledElement="${target}"/>'], ['decide', '<bpmn:businessRuleTask id="decide" camunda:decisionRef="${table}"/>'])));

    expect(found.map((f) => [f.rule, f.elementId, f.severity])).toEqual([
      ['dynamic-reference', 'call', 'warn'],
      ['dynamic-reference', 'decide', 'warn'],
    ]);
  });

  it('given code hidden in the Operaton namespace as a default-namespace listener, when linted, then it is refused', async () => {
    const listener = '<bpmn:extensionElements><executionListener xmlns="http://operaton.org/schema/1.0/bpmn" event="start" class="org.example.Evil"/></bpmn:extensionElements>';
    const found = await lint(model(flow(userTask('hidden', 'camunda:formKey="intake"', listener))));

    expect(found.map((f) => [f.rule, f.elementId])).toEqual([['camunda-namespace-only', 'hidden']]);
  });

  it('given a task listener timeout, a retry cycle and a message name, when linted, then each is checked where it sits', async () => {
    const timeout = '<camunda:taskListener event="timeout" id="remind" expression="${reminded}"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">soon</bpmn:timeDuration></bpmn:timerEventDefinition></camunda:taskListener>';
    const retry = '<camunda:failedJobRetryTimeCycle>every now and then</camunda:failedJobRetryTimeCycle>';
    const throwing = '<bpmn:intermediateThrowEvent id="tell"><bpmn:messageEventDefinition messageRef="m" camunda:type="external" camunda:topic="careflow.sms:1"/></bpmn:intermediateThrowEvent>';
    const found = await lint(
      model(flow(userTask('slow', 'camunda:formKey="intake"', `<bpmn:extensionElements>${timeout}${retry}</bpmn:extensionElements>`), ['tell', throwing]), { outside: '<bpmn:message id="m" name="${execution.id}"/>' }),
    );

    expect(found.map((f) => [f.rule, f.elementId])).toEqual([
      ['safe-expressions', 'm'],
      ['timers', 'slow'],
      ['timers', 'slow'],
    ]);
  });

  it('given a process that is not executable beside the executable one, when linted, then only the executable one is checked', async () => {
    const other = '<bpmn:process id="notes" isExecutable="false"><bpmn:scriptTask id="sketch"/><bpmn:userTask id="idea"/></bpmn:process>';
    expect(await lint(model(flow(userTask('confirm')), { outside: other }))).toEqual([]);
  });

  it('given empty lists of known forms and topics, when linted, then every form and topic is unknown', async () => {
    const found = await lint(model(flow(userTask('confirm'), ['sms', '<bpmn:serviceTask id="sms" camunda:type="external" camunda:topic="careflow.sms:1"/>'])), { formKeys: [], topics: [], processKeys: [], decisionKeys: [] });
    expect(found.map((f) => [f.rule, f.elementId])).toEqual([['user-task-form', 'confirm'], ['external-topic', 'sms']]);
    expect(found[1].messageZh).toContain('可用主题：—');
  });
});
