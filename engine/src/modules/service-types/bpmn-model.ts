import { XMLParser } from 'fast-xml-parser';

export interface BpmnModel {
  /** variableDefaults: the process's `default.<name>` extension properties (see processVariableDefaults). */
  processes: { id: string; executable: boolean; variableDefaults: Record<string, string> }[];
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
    model.processes.push({ id: attr(process, 'id') ?? '', executable: attr(process, 'isExecutable') === 'true', variableDefaults: variableDefaults(process) });
    visit(process, model);
  }
  return model;
}

const DEFAULT_PREFIX = 'default.';

/**
 * A process says what its variables are when a case gives none with extension properties named
 * `default.<variable>` (camunda:properties on the process; the studio's 扩展属性), e.g.
 * `default.relativesReachWithin = PT5M` for a timer `${relativesReachWithin}` a case may shorten.
 * Plain values, never expressions: nothing is evaluated.
 */
function variableDefaults(process: Node): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const extensions of asNodes(process.extensionElements)) {
    for (const properties of asNodes(extensions.properties)) {
      for (const property of asNodes(properties.property)) {
        const name = attr(property, 'name');
        if (name?.startsWith(DEFAULT_PREFIX) && /^[A-Za-z_]\w*$/.test(name.slice(DEFAULT_PREFIX.length))) defaults[name.slice(DEFAULT_PREFIX.length)] = attr(property, 'value') ?? '';
      }
    }
  }
  return defaults;
}

/** The variable defaults of one process of a model (none when it has no such process). */
export function processVariableDefaults(xml: string, processId: string): Record<string, string> {
  return readBpmnModel(xml).processes.find((p) => p.id === processId)?.variableDefaults ?? {};
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
