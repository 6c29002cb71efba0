import crypto from 'node:crypto';

/**
 * The test processes of bpmn-fixtures.ts for Operaton (camunda: namespace), with the same exports, for
 * the switch from the broker. Written as the Camunda 8 import converts them: job types → external
 * topics, headers and mappings → camunda:inputOutput, form and assignment → camunda attributes.
 */

/** A process id no other test run uses, so tests on one engine never see each other's tasks. */
export const uniqueProcessId = (prefix: string) => `${prefix}_${crypto.randomBytes(4).toString('hex')}`;

/** The XML declaration and <bpmn:definitions> opening with the BPMN and Camunda namespaces. */
export const BPMN_HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" targetNamespace="https://careflow.example/bpmn">`;
const header = BPMN_HEADER;

/** Test processes keep their history one day (Operaton refuses a process without a time to live). */
export const TEST_HISTORY_TIME_TO_LIVE = 'P1D';

export const flow = (id: string, from: string, to: string) => `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"/>`;

export const userTask = (id: string, formKey: string, candidateGroups = 'agents', name = id) =>
  `<bpmn:userTask id="${id}" name="${name}" camunda:formKey="${formKey}" camunda:candidateGroups="${candidateGroups}"/>`;

const external = (id: string, topic: string, inputs: Record<string, string>, name?: string, outputs: string[] = []) =>
  `<bpmn:serviceTask id="${id}"${name ? ` name="${name}"` : ''} camunda:type="external" camunda:topic="${topic}"><bpmn:extensionElements><camunda:inputOutput>` +
  Object.entries(inputs).map(([k, v]) => `<camunda:inputParameter name="${k}">${v}</camunda:inputParameter>`).join('') +
  // Each output starts as a null local, as the element template writes it: an output parameter also runs when an error ends the task.
  outputs.map((name) => `<camunda:inputParameter name="${name}">\${null}</camunda:inputParameter>`).join('') +
  outputs.map((name) => `<camunda:outputParameter name="${name}">\${${name}}</camunda:outputParameter>`).join('') +
  `</camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>`;

/**
 * The echo connector (careflow:echo:1) with its input `message` from the variable `note`. A task with
 * input parameters is a variable scope of its own: its result `echo` reaches the process through the
 * output parameter, as the element template writes it.
 */
export const echoTask = (id: string) => external(id, 'careflow:echo:1', { message: '${note}' }, 'echo', ['echo']);

/** A service task that writes an event to the case timeline (careflow:case-event:1); the header became an input. */
export const caseEvent = (id: string, event: string) => external(id, 'careflow:case-event:1', { event });

/**
 * An SLA warning as a service type models it on Operaton: a named non-interrupting timer on a task (an
 * ISO 8601 duration or ${name}) that leads to a plain end; the timeline shows it firing (timer.fired)
 * while the task stays open. (No case-event step: nothing serves that topic on Operaton.)
 */
export const slaWarningOn = (taskId: string, duration: string) =>
  `<bpmn:boundaryEvent id="${taskId}_warn" name="SLA 预警" attachedToRef="${taskId}" cancelActivity="false"><bpmn:outgoing>${taskId}_w1</bpmn:outgoing><bpmn:timerEventDefinition>` +
  `<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>` +
  `<bpmn:endEvent id="${taskId}_warned"/><bpmn:sequenceFlow id="${taskId}_w1" sourceRef="${taskId}_warn" targetRef="${taskId}_warned"/>`;

/** The executable process opening with its time to live. */
const processOpen = (processId: string) => `<bpmn:process id="${processId}" isExecutable="true" camunda:historyTimeToLive="${TEST_HISTORY_TIME_TO_LIVE}">`;

/** start → one element after another → end, joined by sequence flows; `extra` goes in the process as is. */
export function chain(processId: string, elements: { id: string; xml: string }[], extra = ''): string {
  const ids = ['start', ...elements.map((e) => e.id), 'end'];
  const flows = ids.slice(1).map((to, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${ids[i]}" targetRef="${to}"/>`);
  return `${header}${processOpen(processId)}<bpmn:startEvent id="start"/>${elements
    .map((e) => e.xml)
    .join('')}<bpmn:endEvent id="end"/>${flows.join('')}${extra}</bpmn:process></bpmn:definitions>`;
}

/** The walking skeleton: intake user task → echo connector → end. */
export const intakeThenEcho = (processId: string) =>
  chain(processId, [
    { id: 'intake', xml: userTask('intake', 'intake-form', 'agents', '受理登记') },
    { id: 'echo', xml: echoTask('echo') },
  ]);

/** Two user tasks around the connector, so the second shows the connector's output. */
export const intakeEchoReview = (processId: string) =>
  chain(processId, [
    { id: 'intake', xml: userTask('intake', 'intake-form') },
    { id: 'echo', xml: echoTask('echo') },
    { id: 'review', xml: userTask('review', 'review-form') },
  ]);

/** Operaton rejects this: a service task without an implementation (no external topic). */
export const serviceTaskWithoutType = (processId: string) =>
  `${header}${processOpen(processId)}<bpmn:startEvent id="start"/>` +
  `<bpmn:serviceTask id="broken_task"/><bpmn:endEvent id="end"/>` +
  `<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="broken_task"/><bpmn:sequenceFlow id="f2" sourceRef="broken_task" targetRef="end"/>` +
  `</bpmn:process></bpmn:definitions>`;
