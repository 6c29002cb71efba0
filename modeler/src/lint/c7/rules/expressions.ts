import { c7Message, type C7MessageKey } from '../../../i18n/c7-lint-messages';
import { hasExpression, isSingleExpression, unsafeParts, type UnsafeKind } from '../juel/safety';
import { clip, inDeployedScope, is, label, raw, reportOn, text, type MetaProperty, type ModdleElement, type Reporter, type Rule } from '../model';

/** Text the engine never evaluates: names and documentation, extension properties, diagram data. */
const SKIPPED_TYPES = ['bpmn:Documentation', 'bpmn:TextAnnotation', 'camunda:Property', 'camunda:Properties'];
const SKIPPED_PROPERTIES = new Set(['id', 'name', 'text', 'textFormat', 'targetNamespace', 'expressionLanguage', 'typeLanguage', 'exporter', 'exporterVersion', 'language', 'camunda:modelerTemplate']);
/** Messages and signals are the exception: the engine resolves `${…}` in their names. */
const NAMES_EVALUATED = ['bpmn:Message', 'bpmn:Signal'];
/** Where an expression must yield true or false. */
const CONDITIONS = new Set(['conditionExpression', 'condition', 'completionCondition']);

const KEYS: Record<UnsafeKind, C7MessageKey> = {
  syntax: 'exprSyntax', call: 'exprCall', 'engine-object': 'exprEngineObject', name: 'exprName', reflection: 'exprReflection', 'literal-property': 'exprLiteralProperty',
};

/** The name of the parent's property that holds the node (`conditionExpression`, `timeDuration`…). */
function roleOf(node: ModdleElement): string {
  const parent = node.$parent;
  const property = raw(parent ?? node).$descriptor?.properties?.find((p) => {
    const value = parent?.get(p.name);
    return value === node || (Array.isArray(value) && value.includes(node));
  });
  return property ? displayName(property) : node.$type;
}

/** BPMN's own properties by their local name, extensions with their prefix (`camunda:assignee`). */
const displayName = (p: MetaProperty) => (p.ns.prefix === 'bpmn' ? p.ns.localName : p.ns.name);

/** Every string the engine may evaluate as JUEL on this node, with where it sits. */
function candidates(node: ModdleElement): { where: string; value: string; condition: boolean }[] {
  if (SKIPPED_TYPES.some((t) => is(node, t)) || /^(bpmndi|di|dc):/.test(node.$type)) return [];
  const found: { where: string; value: string; condition: boolean }[] = [];
  const properties: MetaProperty[] = raw(node).$descriptor?.properties ?? [];
  for (const p of properties) {
    if (p.type !== 'String' || p.isReference || p.isMany) continue;
    if (SKIPPED_PROPERTIES.has(p.name) && !(p.name === 'name' && NAMES_EVALUATED.some((t) => is(node, t)))) continue;
    const value = node.get(p.name);
    if (typeof value !== 'string') continue;
    const role = p.isBody ? roleOf(node) : displayName(p);
    const named = p.isBody && text(node, 'name') ? `${role} "${text(node, 'name')}"` : role;
    found.push({ where: named, value, condition: p.isBody && CONDITIONS.has(role) && is(node, 'bpmn:Expression') });
  }
  for (const [name, value] of Object.entries(raw(node).$attrs ?? {})) {
    if (!name.startsWith('xmlns') && typeof value === 'string') found.push({ where: name, value, condition: false });
  }
  return found;
}

function checkValue(node: ModdleElement, reporter: Reporter, { where, value, condition }: ReturnType<typeof candidates>[number]): void {
  const element = label(node);
  const expression = clip(value);
  if (hasExpression(value)) {
    const seen = new Set<string>();
    for (const finding of unsafeParts(value)) {
      const key = `${finding.kind}:${finding.detail}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const position = finding.kind === 'syntax' ? /position (\d+)/.exec(finding.detail)?.[1] ?? '?' : '';
      reportOn(reporter, node, c7Message(KEYS[finding.kind], { element, where, detail: finding.detail, position, expression }));
    }
    if (seen.size > 0) return;
  }
  // A condition written as a script is the no-code rule's; any other must be one ${…}.
  if (condition && !text(node, 'language') && !isSingleExpression(value.trim())) reportOn(reporter, node, c7Message('conditionNotExpression', { element, expression }));
}

/**
 * Every expression stays within the safe subset (juel/safety.ts), parsed as the engine parses it:
 * in conditions, mappings, assignments, dates, timers, listener and error expressions, message names,
 * and in attributes moddle does not know, so a new engine attribute cannot slip past.
 */
export function safeExpressions(): Rule {
  return {
    check(node, reporter) {
      if (!inDeployedScope(node)) return;
      for (const candidate of candidates(node)) checkValue(node, reporter, candidate);
    },
  };
}
