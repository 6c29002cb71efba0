// The bpmnlint-plugin-camunda-compat rules its camunda-cloud-8-5 config names (Zeebe 8.5.x), imported
// statically: the browser has no node resolver. Listed from the plugin's config; add a rule when the
// pinned Zeebe version moves.
import implementation from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/implementation';
import calledElement from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/called-element';
import duplicateTaskHeaders from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/duplicate-task-headers';
import elementType from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/element-type';
import errorReference from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/error-reference';
import eventBasedGatewayTarget from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/event-based-gateway-target';
import executableProcess from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/executable-process';
import loopCharacteristics from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/loop-characteristics';
import messageReference from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/message-reference';
import ioMapping from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/io-mapping';
import noBindingType from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-binding-type';
import noBusinessId from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-business-id';
import noCancelExecutionListener from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-cancel-execution-listener';
import noExecutionListenerHeaders from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-execution-listener-headers';
import noExecutionListeners from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-execution-listeners';
import noExpression from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-expression';
import noJobPriorityDefinition from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-job-priority-definition';
import noLoop from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-loop';
import noMultipleNoneStartEvents from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-multiple-none-start-events';
import noPriorityDefinition from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-priority-definition';
import noTaskListeners from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-task-listeners';
import noVersionTag from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/no-version-tag';
import sequenceFlowCondition from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/sequence-flow-condition';
import startEventForm from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/start-event-form';
import subscription from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/subscription';
import timer from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/timer';
import userTaskDefinition from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/user-task-definition';
import userTaskForm from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/user-task-form';
import variableName from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/variable-name';
import feel from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/feel';
import feelCompatibility from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/feel-compatibility';
import connectorProperties from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/connector-properties';
import inclusiveGateway from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/inclusive-gateway';
import escalationBoundaryEventAttachedToRef from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/escalation-boundary-event-attached-to-ref';
import escalationReference from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/escalation-reference';
import linkEvent from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/link-event';
import taskSchedule from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/task-schedule';
import secrets from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/secrets';
import signalReference from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/signal-reference';
import waitForCompletion from 'bpmnlint-plugin-camunda-compat/rules/camunda-cloud/wait-for-completion';

export const CAMUNDA_COMPAT_RULES: Record<string, unknown> = {
  'implementation': implementation,
  'called-element': calledElement,
  'duplicate-task-headers': duplicateTaskHeaders,
  'element-type': elementType,
  'error-reference': errorReference,
  'event-based-gateway-target': eventBasedGatewayTarget,
  'executable-process': executableProcess,
  'loop-characteristics': loopCharacteristics,
  'message-reference': messageReference,
  'io-mapping': ioMapping,
  'no-binding-type': noBindingType,
  'no-business-id': noBusinessId,
  'no-cancel-execution-listener': noCancelExecutionListener,
  'no-execution-listener-headers': noExecutionListenerHeaders,
  'no-execution-listeners': noExecutionListeners,
  'no-expression': noExpression,
  'no-job-priority-definition': noJobPriorityDefinition,
  'no-loop': noLoop,
  'no-multiple-none-start-events': noMultipleNoneStartEvents,
  'no-priority-definition': noPriorityDefinition,
  'no-task-listeners': noTaskListeners,
  'no-version-tag': noVersionTag,
  'sequence-flow-condition': sequenceFlowCondition,
  'start-event-form': startEventForm,
  'subscription': subscription,
  'timer': timer,
  'user-task-definition': userTaskDefinition,
  'user-task-form': userTaskForm,
  'variable-name': variableName,
  'feel': feel,
  'feel-compatibility': feelCompatibility,
  'connector-properties': connectorProperties,
  'inclusive-gateway': inclusiveGateway,
  'escalation-boundary-event-attached-to-ref': escalationBoundaryEventAttachedToRef,
  'escalation-reference': escalationReference,
  'link-event': linkEvent,
  'task-schedule': taskSchedule,
  'secrets': secrets,
  'signal-reference': signalReference,
  'wait-for-completion': waitForCompletion,
};
