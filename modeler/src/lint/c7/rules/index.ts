import { calledProcessExists, decisionExists, dynamicReference } from './references';
import { camundaNamespaceOnly, noCode } from './no-code';
import { historyTimeToLive, noneStartEvent, oneExecutableProcess } from './process';
import { safeExpressions } from './expressions';
import { externalTopic, smsContent, userTaskForm } from './tasks';
import { timers } from './timers';

/** CareFlow's Camunda 7 rules (plugin `careflow-c7`), by name. */
export const CAREFLOW_C7_RULES: Record<string, unknown> = {
  'one-executable-process': oneExecutableProcess,
  'none-start-event': noneStartEvent,
  'user-task-form': userTaskForm,
  'external-topic': externalTopic,
  'sms-content': smsContent,
  'called-process-exists': calledProcessExists,
  'decision-exists': decisionExists,
  'dynamic-reference': dynamicReference,
  'no-code': noCode,
  'camunda-namespace-only': camundaNamespaceOnly,
  'safe-expressions': safeExpressions,
  timers,
  'history-time-to-live': historyTimeToLive,
};

/** Rules whose findings mean the model may carry code: such a model is never sent to the engine, not even to parse. */
export const CODE_RULES = ['careflow-c7/no-code', 'careflow-c7/camunda-namespace-only', 'careflow-c7/safe-expressions'];
