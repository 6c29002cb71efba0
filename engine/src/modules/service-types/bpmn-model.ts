import { XMLParser } from 'fast-xml-parser';

export interface BpmnModel {
  processes: { id: string; executable: boolean }[];
  /** formKey: camunda:formKey, the library form the task shows. */
  userTasks: { id: string; formKey?: string }[];
}

type Node = Record<string, unknown>;

const asNodes = (value: unknown): Node[] => (Array.isArray(value) ? value : value && typeof value === 'object' ? [value as Node] : []) as Node[];
const attr = (node: Node, name: string) => (typeof node[`@${name}`] === 'string' ? (node[`@${name}`] as string) : undefined);

/** Reads what publishing needs from a BPMN model: its processes, and its user tasks with their forms. */
export function readBpmnModel(xml: string): BpmnModel {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(xml) as Node;
  const definitions = asNodes(doc.definitions)[0] ?? {};
  const model: BpmnModel = { processes: [], userTasks: [] };
  for (const process of asNodes(definitions.process)) {
    model.processes.push({ id: attr(process, 'id') ?? '', executable: attr(process, 'isExecutable') === 'true' });
    visit(process, model);
  }
  return model;
}

/** Walks every element, sub-processes included. */
function visit(container: Node, model: BpmnModel): void {
  for (const [name, value] of Object.entries(container)) {
    if (name.startsWith('@') || name === 'extensionElements') continue;
    for (const node of asNodes(value)) {
      // The namespace prefix is gone (removeNSPrefix): camunda:formKey reads as formKey.
      if (name === 'userTask') model.userTasks.push({ id: attr(node, 'id') ?? '(no id)', formKey: attr(node, 'formKey') });
      visit(node, model);
    }
  }
}
