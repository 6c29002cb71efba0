import { c7Message } from '../../../i18n/c7-lint-messages';
import { clip, inDeployedScope, is, label, raw, reportOn, text, type ModdleElement, type Reporter, type Rule } from '../model';
import { isExternal, SERVICE_TASK_LIKE } from './tasks';

/** Attributes that name Java code for the engine to load, by the elements that carry them. */
const JAVA_ATTRIBUTES: [string[], string[]][] = [
  [[...SERVICE_TASK_LIKE, 'camunda:ExecutionListener', 'camunda:TaskListener'], ['camunda:class', 'camunda:delegateExpression']],
  [['bpmn:StartEvent', 'bpmn:UserTask'], ['camunda:formHandlerClass']],
  [['bpmn:CallActivity'], ['camunda:variableMappingClass', 'camunda:variableMappingDelegateExpression']],
];

const SCRIPT_PLACES: [string, string][] = [
  ['camunda:ExecutionListener', 'execution listener'],
  ['camunda:TaskListener', 'task listener'],
];

function checkNode(node: ModdleElement, reporter: Reporter): void {
  const element = label(node);
  if (is(node, 'bpmn:ScriptTask')) reportOn(reporter, node, c7Message('scriptTask', { element }));
  for (const [types, attributes] of JAVA_ATTRIBUTES) {
    if (!types.some((t) => is(node, t))) continue;
    for (const attribute of attributes) {
      const value = text(node, attribute);
      if (value !== undefined) reportOn(reporter, node, c7Message('javaCode', { element, attribute, value: clip(value) }));
    }
  }
  if (SERVICE_TASK_LIKE.some((t) => is(node, t))) {
    const expression = text(node, 'camunda:expression');
    if (expression !== undefined) reportOn(reporter, node, c7Message('serviceExpression', { element, value: clip(expression) }));
    const type = text(node, 'camunda:type');
    if (type !== undefined && !isExternal(node)) reportOn(reporter, node, c7Message('builtInTaskType', { element, value: type }));
  }
  if (is(node, 'camunda:Connector')) reportOn(reporter, node, c7Message('connector', { element }));
  if (is(node, 'camunda:Script')) {
    const where = SCRIPT_PLACES.find(([t]) => node.$parent && is(node.$parent, t))?.[1] ?? 'input/output mapping';
    reportOn(reporter, node, c7Message('script', { element, where }));
  }
  if (is(node, 'bpmn:FormalExpression')) {
    const language = text(node, 'language');
    if (language !== undefined) reportOn(reporter, node, c7Message('scriptCondition', { element, language }));
    const resource = text(node, 'camunda:resource');
    if (resource !== undefined) reportOn(reporter, node, c7Message('scriptResource', { element, value: clip(resource) }));
  }
}

/**
 * Analysts are trusted with processes, not with code on the engine server: no script tasks, script
 * listeners or mappings, no Java classes or delegate expressions, no expression-implemented service
 * tasks, no built-in mail/shell tasks, no Camunda Connect connectors, no scripts loaded from resources.
 */
export function noCode(): Rule {
  return {
    check(node, reporter) {
      if (inDeployedScope(node)) checkNode(node, reporter);
    },
  };
}

/** The engine reads its extensions from this namespace before camunda:, so they would pass every other rule unseen. */
export const OPERATON_NS = 'http://operaton.org/schema/1.0/bpmn';

/** Prefix → namespace URI in scope at the node ('' for the default namespace). */
function namespacesAt(node: ModdleElement): Map<string, string> {
  const chain: ModdleElement[] = [];
  for (let at: ModdleElement | undefined = node; at; at = at.$parent) chain.unshift(at);
  const scope = new Map<string, string>();
  for (const at of chain) {
    // Known elements keep xmlns declarations in $attrs, unknown (generic) ones as plain properties.
    const declared = { ...(raw(at).$attrs ?? {}), ...(raw(at).$descriptor?.isGeneric ? (at as unknown as Record<string, unknown>) : {}) };
    for (const [name, value] of Object.entries(declared)) {
      if (typeof value !== 'string') continue;
      if (name === 'xmlns') scope.set('', value);
      else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
    }
  }
  return scope;
}

/** No element or attribute in the Operaton namespace, whatever prefix it is written with. */
export function camundaNamespaceOnly(): Rule {
  return {
    check(node, reporter) {
      const attributes = Object.keys(raw(node).$attrs ?? {}).filter((a) => a.includes(':') && !a.startsWith('xmlns'));
      const names = raw(node).$descriptor?.isGeneric ? [node.$type, ...attributes] : attributes;
      if (names.length === 0) return;
      const scope = namespacesAt(node);
      // moddle names an unknown element in the default namespace `ns0:…`, a prefix nobody declared.
      const prefixOf = (name: string) => {
        const prefix = name.includes(':') ? name.split(':')[0] : '';
        return scope.has(prefix) ? prefix : '';
      };
      const foreign = names.filter((name) => scope.get(prefixOf(name)) === OPERATON_NS);
      if (foreign.length > 0) reportOn(reporter, node, c7Message('foreignNamespace', { element: label(node), name: foreign.join(', ') }));
    },
  };
}
