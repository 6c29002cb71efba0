import { checkBpmnXml, ModelProblem } from '../deployments/bpmn-check';
import { readBpmnModel } from './bpmn-model';

export interface LintContext {
  /** Form keys in the library. */
  knownForms: Set<string>;
  /** Job types some connector works on. */
  knownJobTypes: Set<string>;
  /** Process ids published by other service types: a process id belongs to one service type. */
  processIdsOfOtherTypes: Set<string>;
}

/** What must hold before a service type version goes to Zeebe; every problem names its element. */
export function lintServiceModel(xml: string, context: LintContext): { problems: ModelProblem[]; processId?: string; formKeys: string[] } {
  const malformed = checkBpmnXml(xml);
  if (malformed.length > 0) return { problems: malformed, formKeys: [] };
  const model = readBpmnModel(xml);
  const problems: ModelProblem[] = [];
  const executable = model.processes.filter((p) => p.executable);
  if (executable.length !== 1) {
    problems.push({ message: `A service type needs exactly one executable process (found ${executable.length})` });
  }
  const processId = executable[0]?.id;
  if (processId && context.processIdsOfOtherTypes.has(processId)) {
    problems.push({ elementId: processId, message: `Process id ${processId} already belongs to another service type` });
  }
  for (const task of model.userTasks) {
    if (task.camundaUserTask) {
      problems.push({ elementId: task.id, message: 'Remove zeebe:userTask: CareFlow runs user tasks as jobs (io.camunda.zeebe:userTask)' });
    }
    if (!task.formKey) problems.push({ elementId: task.id, message: 'User task has no form (zeebe:formDefinition formKey)' });
    else if (!context.knownForms.has(task.formKey)) problems.push({ elementId: task.id, message: `Form ${task.formKey} is not in the forms library` });
  }
  for (const task of model.jobTasks) {
    if (!task.jobType) problems.push({ elementId: task.id, message: `${task.kind} has no job type (zeebe:taskDefinition type)` });
    else if (!context.knownJobTypes.has(task.jobType)) {
      problems.push({ elementId: task.id, message: `No connector works on job type ${task.jobType} (known: ${[...context.knownJobTypes].sort().join(', ')})` });
    }
  }
  const formKeys = [...new Set(model.userTasks.map((t) => t.formKey).filter((k): k is string => Boolean(k)))].sort();
  return { problems, processId, formKeys };
}
