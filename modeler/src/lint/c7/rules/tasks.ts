import { c7Message } from '../../../i18n/c7-lint-messages';
import { hasExpression } from '../juel/safety';
import { clip, extensions, inDeployedScope, is, label, list, reportOn, text, type ModdleElement, type Rule } from '../model';

/** Every user task shows a form of CareFlow's form library, named by its key. */
export function userTaskForm(config: { formKeys?: string[] } = {}): Rule {
  const known = new Set(config.formKeys ?? []);
  return {
    check(node, reporter) {
      if (!is(node, 'bpmn:UserTask') || !inDeployedScope(node)) return;
      const element = label(node);
      if (text(node, 'camunda:formRef')) reportOn(reporter, node, c7Message('formOther', { element, attribute: 'camunda:formRef' }));
      if (extensions(node, 'camunda:FormData').length > 0) reportOn(reporter, node, c7Message('formOther', { element, attribute: 'camunda:formData' }));
      const formKey = text(node, 'camunda:formKey');
      if (formKey === undefined) reportOn(reporter, node, c7Message('formMissing', { element }));
      else if (hasExpression(formKey)) reportOn(reporter, node, c7Message('formExpression', { element, formKey: clip(formKey) }));
      else if (!known.has(formKey)) reportOn(reporter, node, c7Message('formUnknown', { element, formKey }));
    },
  };
}

const SMS_TOPIC = /^careflow:sms:\d+$/;
const TEMPLATE_PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * An SMS step's content is sent as written, with only the engine's `${variable}` filled in: a
 * `{{elderName}}` there (the templates' syntax) would reach the relative literally.
 */
export function smsContent(): Rule {
  return {
    check(node, reporter) {
      if (!SERVICE_TASK_LIKE.some((t) => is(node, t)) || !inDeployedScope(node) || !SMS_TOPIC.test(text(node, 'camunda:topic') ?? '')) return;
      const io = extensions(node, 'camunda:InputOutput')[0];
      const content = list(io?.get('inputParameters')).find((p) => p.get('name') === 'content');
      const value = content && text(content, 'value');
      const names = [...new Set([...(value ?? '').matchAll(TEMPLATE_PLACEHOLDER)].map((m) => m[1]))];
      if (names.length > 0) reportOn(reporter, node, c7Message('smsPlaceholder', { element: label(node), placeholders: names.map((n) => `{{${n}}}`).join(' '), variables: names.map((n) => `\${${n}}`).join(' ') }));
    },
  };
}

/** Elements the engine implements like a service task (camunda:type, class, expression…). */
export const SERVICE_TASK_LIKE = ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask', 'bpmn:MessageEventDefinition'];

export const isExternal = (node: ModdleElement) => text(node, 'camunda:type')?.trim().toLowerCase() === 'external';

/** Java, expression or Camunda Connect: refused by the no-code rule, but an implementation all the same. */
const hasOtherImplementation = (node: ModdleElement) =>
  ['camunda:type', 'camunda:class', 'camunda:delegateExpression', 'camunda:expression'].some((p) => text(node, p) !== undefined) || extensions(node, 'camunda:Connector').length > 0;

/** Every service, send and message-throwing step is an external task whose topic a connector works on. */
export function externalTopic(config: { topics?: string[] } = {}): Rule {
  const known = new Set(config.topics ?? []);
  const knownList = [...known].sort().join(', ') || '—';
  return {
    check(node, reporter) {
      if (!SERVICE_TASK_LIKE.some((t) => is(node, t)) || !inDeployedScope(node)) return;
      const element = label(node);
      if (!isExternal(node)) {
        // A message event without an implementation only throws; a decision task needs none either.
        const needsOne = is(node, 'bpmn:ServiceTask') || is(node, 'bpmn:SendTask') || (is(node, 'bpmn:BusinessRuleTask') && !text(node, 'camunda:decisionRef'));
        if (needsOne && !hasOtherImplementation(node)) reportOn(reporter, node, c7Message('implementationMissing', { element }));
        return;
      }
      const topic = text(node, 'camunda:topic');
      if (topic === undefined) reportOn(reporter, node, c7Message('topicMissing', { element }));
      else if (hasExpression(topic)) reportOn(reporter, node, c7Message('topicExpression', { element, topic: clip(topic) }));
      else if (!known.has(topic)) reportOn(reporter, node, c7Message('topicUnknown', { element, topic, known: clip(knownList, 400) }));
    },
  };
}
