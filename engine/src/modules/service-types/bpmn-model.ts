import { XMLParser } from 'fast-xml-parser';

export interface BpmnModel {
  processes: { id: string; executable: boolean }[];
  /** camundaUserTask: marked zeebe:userTask, which Zeebe does not run as a job the engine can hold. */
  userTasks: { id: string; formKey?: string; camundaUserTask: boolean; c7FormKey?: string }[];
  jobTasks: { id: string; kind: string; jobType?: string }[];
}

type Node = Record<string, unknown>;

/** Elements Zeebe runs as jobs when they carry a zeebe:taskDefinition. */
const JOB_ELEMENTS = new Set(['serviceTask', 'sendTask', 'scriptTask', 'businessRuleTask', 'intermediateThrowEvent', 'endEvent']);

const asNodes = (value: unknown): Node[] => (Array.isArray(value) ? value : value && typeof value === 'object' ? [value as Node] : []) as Node[];
const attr = (node: Node, name: string) => (typeof node[`@${name}`] === 'string' ? (node[`@${name}`] as string) : undefined);
const extension = (node: Node, name: string): Node | undefined => asNodes(asNodes(node.extensionElements)[0]?.[name])[0];

/** Reads what publishing checks from a BPMN model: processes, user tasks and their forms, job types. */
export function readBpmnModel(xml: string): BpmnModel {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(xml) as Node;
  const definitions = asNodes(doc.definitions)[0] ?? {};
  const model: BpmnModel = { processes: [], userTasks: [], jobTasks: [] };
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
      const id = attr(node, 'id') ?? '(no id)';
      if (name === 'userTask') {
        model.userTasks.push({
          id,
          formKey: attr(extension(node, 'formDefinition') ?? {}, 'formKey'),
          camundaUserTask: extension(node, 'userTask') !== undefined,
          // Operaton (camunda:formKey): the prefix is gone, as for every name here.
          c7FormKey: attr(node, 'formKey'),
        });
      } else if (JOB_ELEMENTS.has(name)) {
        const definition = extension(node, 'taskDefinition');
        const isJob = definition !== undefined || name === 'serviceTask' || name === 'sendTask';
        if (isJob) model.jobTasks.push({ id, kind: name, jobType: definition ? attr(definition, 'type') : undefined });
      }
      visit(node, model);
    }
  }
}
