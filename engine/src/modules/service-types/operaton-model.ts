import type { OperatonDeployOptions } from '../deployments/operaton-deploy';
import type { PublishProblem } from '../deployments/publish-check';
import { readBpmnModel } from './bpmn-model';

export interface OperatonPublishContext {
  knownForms: string[];
  /** Topics some connector works on (careflow:sms:1). */
  knownTopics: string[];
  /** Process ids published by other service types: a process id belongs to one service type. */
  processIdsOfOtherTypes: Set<string>;
  /** Process ids of every published service type: what a call activity may call. */
  publishedProcessIds: string[];
}

const ownedByOther = (processId: string): PublishProblem => ({
  elementId: processId,
  message: `流程标识 ${processId} 已属于另一个服务类型：请换一个流程标识`,
  messageEn: `Process id ${processId} already belongs to another service type`,
  severity: 'error',
  source: 'rule',
  rule: 'careflow/process-id-owner',
});

/**
 * What publishing a camunda: model needs beside the publish check, which covers the rest (one
 * executable process, known forms and topics): the process id (the one executable process; undefined when the check will refuse the model), the form
 * keys to pin, and the deploy options (the references it may use, a clash with another type).
 */
export function operatonPublishPlan(xml: string, context: OperatonPublishContext, rejectedMessage: string): { processId?: string; formKeys: string[]; options: OperatonDeployOptions } {
  const model = readBpmnModel(xml);
  const executable = model.processes.filter((p) => p.executable);
  const processId = executable.length === 1 ? executable[0].id : undefined;
  const problems = processId && context.processIdsOfOtherTypes.has(processId) ? [ownedByOther(processId)] : [];
  const formKeys = [...new Set(model.userTasks.map((t) => t.formKey).filter((k): k is string => Boolean(k)))].sort();
  const known = { formKeys: context.knownForms, topics: context.knownTopics, processKeys: context.publishedProcessIds };
  return { processId, formKeys, options: { known, problems, rejectedMessage } };
}
