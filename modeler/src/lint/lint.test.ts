import fs from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import Linter from 'bpmnlint/lib/linter';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { translateLintMessage } from '../i18n/lint-messages';
import { jobTypesOf, type ElementTemplate } from '../templates/job-types';
import { careflowLintConfig } from './resolver';

type Report = { id: string; message: string; category: string };
const TEMPLATES_DIR = path.resolve(__dirname, '../../../connectors/templates');
const templates = fs.readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, f), 'utf8')) as ElementTemplate);
const DATA = { forms: [{ key: 'visit-check', title: '回访确认' }], groups: [], jobTypes: jobTypesOf(templates) };

const diagram = (body: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" ' +
  `id="d" targetNamespace="http://careflow"><bpmn:process id="p" isExecutable="true">${body}</bpmn:process></bpmn:definitions>`;
const serviceTask = (id: string, type: string) => `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}"/></bpmn:extensionElements></bpmn:serviceTask>`;

/** What the modeler's lint (Zeebe 8.5's camunda-compat rules and CareFlow's) reports, rule by rule. */
async function lint(body: string, data: typeof DATA = DATA, xml = diagram(body)): Promise<(Report & { rule: string })[]> {
  const { rootElement } = await new BpmnModdle({ zeebe }).fromXML(xml);
  const { config, resolver } = careflowLintConfig(data as never);
  const results = (await new Linter({ config, resolver }).lint(rootElement)) as Record<string, Report[]>;
  return Object.entries(results).flatMap(([rule, reports]) => reports.map((r) => ({ rule, id: r.id, message: r.message, category: r.category })));
}

describe('the modeler lint, run by bpmnlint outside the browser', () => {
  it('given a user task without a form and one with a form outside the library, when linted, then CareFlow names both as errors', async () => {
    const found = await lint('<bpmn:startEvent id="s"/><bpmn:userTask id="bare"/><bpmn:userTask id="stray"><bpmn:extensionElements><zeebe:formDefinition formKey="nope"/></bpmn:extensionElements></bpmn:userTask>');

    expect(found.filter((r) => r.rule === 'careflow/user-task-form')).toEqual([
      { rule: 'careflow/user-task-form', id: 'bare', message: 'User task has no form', category: 'error' },
      { rule: 'careflow/user-task-form', id: 'stray', message: 'Form nope is not in the forms library', category: 'error' },
    ]);
  });

  it('given service tasks of the case-event, SMS and an unknown job type, when linted against the generated templates, then only the unknown one is refused', async () => {
    const found = await lint(`<bpmn:startEvent id="s"/>${serviceTask('note', 'careflow:case-event:1')}${serviceTask('sms', 'careflow:sms:1')}${serviceTask('odd', 'acme:fax:1')}<bpmn:serviceTask id="none"/>`);

    expect(found.filter((r) => r.rule === 'careflow/known-job-type').map((r) => [r.id, r.message])).toEqual([
      ['odd', 'No connector works on job type acme:fax:1'],
      ['none', 'Task has no connector: choose a template'],
    ]);
  });

  it('given a Zeebe user task, when linted, then CareFlow asks to remove it', async () => {
    const found = await lint('<bpmn:startEvent id="s"/><bpmn:userTask id="z"><bpmn:extensionElements><zeebe:userTask/><zeebe:formDefinition formKey="visit-check"/></bpmn:extensionElements></bpmn:userTask>');

    expect(found.filter((r) => r.rule.startsWith('careflow/'))).toEqual([expect.objectContaining({ rule: 'careflow/no-zeebe-user-task', id: 'z' })]);
  });

  it('given connector tasks whose errors are caught in different ways or not at all, when linted, then only the uncaught codes are warned about, in zh-CN too', async () => {
    const task = (id: string, codes: string) =>
      `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:sms:1"/><zeebe:taskHeaders><zeebe:header key="errorCodes" value="${codes}"/></zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>`;
    const boundary = (id: string, on: string, errorRef?: string) =>
      `<bpmn:boundaryEvent id="${id}" attachedToRef="${on}"><bpmn:errorEventDefinition${errorRef ? ` errorRef="${errorRef}"` : ''}/></bpmn:boundaryEvent>`;
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://careflow">' +
      '<bpmn:error id="e-limit" errorCode="SMS_RATE_LIMITED"/><bpmn:error id="e-none" errorCode="NO_RECIPIENTS"/>' +
      '<bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s"/>' +
      task('bare', 'NO_RECIPIENTS,SMS_RATE_LIMITED') +
      task('half', 'NO_RECIPIENTS,SMS_RATE_LIMITED') + boundary('half-limit', 'half', 'e-limit') +
      task('all', 'NO_RECIPIENTS,SMS_RATE_LIMITED') + boundary('all-any', 'all') +
      task('pattern', 'HTTP_<status>') + boundary('pattern-limit', 'pattern', 'e-limit') +
      task('quiet', '') +
      `<bpmn:subProcess id="sub">${task('inner', 'NO_RECIPIENTS,SMS_RATE_LIMITED')}` +
      '<bpmn:subProcess id="on-error" triggeredByEvent="true"><bpmn:startEvent id="on-error-start"><bpmn:errorEventDefinition errorRef="e-none"/></bpmn:startEvent></bpmn:subProcess></bpmn:subProcess>' +
      boundary('sub-limit', 'sub', 'e-limit') +
      '</bpmn:process></bpmn:definitions>';

    const found = (await lint('', DATA, xml)).filter((r) => r.rule === 'careflow/connector-errors-caught');

    expect(found.map((r) => [r.id, r.message, r.category])).toEqual([
      ['bare', 'Error NO_RECIPIENTS, SMS_RATE_LIMITED is not caught: the case would stop here', 'warn'],
      ['half', 'Error NO_RECIPIENTS is not caught: the case would stop here', 'warn'],
    ]);
    expect(translateLintMessage(found[1].message)).toBe('未捕获错误 NO_RECIPIENTS：工单会停在此处，无人知晓');
  });

  it('given what Zeebe 8.5 cannot run, when linted, then the camunda-compat rules report it and each message has a zh-CN form', async () => {
    const found = await lint(
      '<bpmn:startEvent id="s1"/><bpmn:startEvent id="s2"/><bpmn:complexGateway id="g"/>' +
        '<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>one day</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>',
    );
    const compat = found.filter((r) => r.rule.startsWith('camunda-compat/') && r.category === 'error');

    expect(compat.map((r) => [r.rule, r.id])).toEqual(
      expect.arrayContaining([
        ['camunda-compat/element-type', 'g'],
        ['camunda-compat/no-multiple-none-start-events', 's1'],
        ['camunda-compat/timer', 'wait'],
      ]),
    );
    expect(compat.map((r) => [r.message, translateLintMessage(r.message)]).filter(([, zh]) => zh === undefined)).toEqual([]);
    expect(translateLintMessage(compat.find((r) => r.id === 'g')!.message)).toBe('Zeebe 不支持 <bpmn:ComplexGateway> 类型的元素');
    expect(translateLintMessage(compat.find((r) => r.id === 'wait')!.message)).toContain('<one day>');
  });

  it('given the shipped service types, when their BPMN is linted with their forms in the library, then the modeler finds nothing to fix', async () => {
    const seeds = path.resolve(__dirname, '../../../engine/src/modules/seeds');
    for (const name of ['emergency-rescue']) {
      const folder = path.join(seeds, name);
      const spec = JSON.parse(fs.readFileSync(path.join(folder, 'service-type.json'), 'utf8')) as { bpmn: string };
      const forms = fs.readdirSync(path.join(folder, 'forms')).map((f) => JSON.parse(fs.readFileSync(path.join(folder, 'forms', f), 'utf8')) as { key: string; title: string });
      const found = await lint('', { ...DATA, forms: forms.map(({ key, title }) => ({ key, title })) }, fs.readFileSync(path.join(folder, spec.bpmn), 'utf8'));

      expect(found.filter((r) => r.category === 'error' || r.category === 'warn')).toEqual([]);
    }
  });
});
