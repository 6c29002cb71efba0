import crypto from 'node:crypto';

/** A process id no other test run uses, so tests on one broker never see each other's tasks. */
export const uniqueProcessId = (prefix: string) => `${prefix}_${crypto.randomBytes(4).toString('hex')}`;

/** The XML declaration and <bpmn:definitions> opening with the BPMN and Zeebe namespaces. */
export const BPMN_HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="https://careflow.example/bpmn">`;
const header = BPMN_HEADER;

export const flow = (id: string, from: string, to: string) => `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"/>`;

export const userTask = (id: string, formKey: string, candidateGroups = 'agents', name = id) =>
  `<bpmn:userTask id="${id}" name="${name}"><bpmn:extensionElements><zeebe:formDefinition formKey="${formKey}"/>` +
  `<zeebe:assignmentDefinition candidateGroups="${candidateGroups}"/></bpmn:extensionElements></bpmn:userTask>`;

export const echoTask = (id: string) =>
  `<bpmn:serviceTask id="${id}" name="echo"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:echo:1" retries="3"/>` +
  `<zeebe:ioMapping><zeebe:input source="=note" target="message"/></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>`;

/** A service task that writes an event to the case timeline (careflow:case-event:1). */
export const caseEvent = (id: string, event: string) =>
  `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:case-event:1"/>` +
  `<zeebe:taskHeaders><zeebe:header key="event" value="${event}"/></zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>`;

/**
 * An SLA warning as a service type models it: a non-interrupting timer on a task (duration from a
 * FEEL expression) that records `sla.warning` on the timeline while the task stays open.
 */
export const slaWarningOn = (taskId: string, duration: string) =>
  // Zeebe checks a boundary event's outgoing flow by its <bpmn:outgoing> reference.
  `<bpmn:boundaryEvent id="${taskId}_warn" attachedToRef="${taskId}" cancelActivity="false"><bpmn:outgoing>${taskId}_w1</bpmn:outgoing><bpmn:timerEventDefinition>` +
  `<bpmn:timeDuration>${duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>` +
  `${caseEvent(`${taskId}_warned`, 'sla.warning')}<bpmn:endEvent id="${taskId}_warn_end"/>` +
  `<bpmn:sequenceFlow id="${taskId}_w1" sourceRef="${taskId}_warn" targetRef="${taskId}_warned"/>` +
  `<bpmn:sequenceFlow id="${taskId}_w2" sourceRef="${taskId}_warned" targetRef="${taskId}_warn_end"/>`;

/** start → one element after another → end, joined by sequence flows; `extra` goes in the process as is. */
export function chain(processId: string, elements: { id: string; xml: string }[], extra = ''): string {
  const ids = ['start', ...elements.map((e) => e.id), 'end'];
  const flows = ids.slice(1).map((to, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${ids[i]}" targetRef="${to}"/>`);
  return `${header}<bpmn:process id="${processId}" isExecutable="true"><bpmn:startEvent id="start"/>${elements
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

/** Zeebe rejects this: a service task without a job type. */
export const serviceTaskWithoutType = (processId: string) =>
  `${header}<bpmn:process id="${processId}" isExecutable="true"><bpmn:startEvent id="start"/>` +
  `<bpmn:serviceTask id="broken_task"/><bpmn:endEvent id="end"/>` +
  `<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="broken_task"/><bpmn:sequenceFlow id="f2" sourceRef="broken_task" targetRef="end"/>` +
  `</bpmn:process></bpmn:definitions>`;
