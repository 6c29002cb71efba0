import { diff } from 'bpmn-js-differ';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { CAMUNDA_MODDLE } from '@careflow/modeler/src/camunda7/moddle';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'layout';

export interface ElementChange {
  id: string;
  kind: ChangeKind;
  type: string;
  name?: string;
  /** For `changed`: the attributes that differ (name, extensionElements…). */
  attrs?: string[];
}

// Camunda 7's attributes and extension elements are part of the model, so a new form key, topic or
// input parameter counts as a change.
const moddle = () => new BpmnModdle({ camunda: CAMUNDA_MODDLE });

async function definitionsOf(xml: string): Promise<ModdleElement> {
  return (await moddle().fromXML(xml)).rootElement;
}

const entry = (id: string, kind: ChangeKind, element: ModdleElement, attrs?: string[]): ElementChange => ({
  id,
  kind,
  type: element.$type.replace(/^bpmn:/, ''),
  ...(element.name ? { name: element.name } : {}),
  ...(attrs ? { attrs } : {}),
});

/**
 * What changed from one version's BPMN to another's, by element id (bpmn-js-differ). Only moves
 * on the diagram are `layout`; an element both changed and moved counts as changed.
 */
export async function diffVersions(oldXml: string, newXml: string): Promise<ElementChange[]> {
  const [a, b] = await Promise.all([definitionsOf(oldXml), definitionsOf(newXml)]);
  const result = diff(a, b);
  const changes: ElementChange[] = [
    ...Object.entries(result._added).map(([id, el]) => entry(id, 'added', el)),
    ...Object.entries(result._removed).map(([id, el]) => entry(id, 'removed', el)),
    ...Object.entries(result._changed).map(([id, c]) => entry(id, 'changed', c.model, Object.keys(c.attrs))),
  ];
  const semantic = new Set(changes.map((c) => c.id));
  for (const [id, el] of Object.entries(result._layoutChanged)) if (!semantic.has(id)) changes.push(entry(id, 'layout', el));
  return changes.sort((x, y) => x.kind.localeCompare(y.kind) || x.id.localeCompare(y.id));
}
