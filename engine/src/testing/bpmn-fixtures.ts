import crypto from 'node:crypto';

/** A process id no other test run uses, so tests on one broker never see each other's tasks. */
export const uniqueProcessId = (prefix: string) => `${prefix}_${crypto.randomBytes(4).toString('hex')}`;

const header = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="https://careflow.example/bpmn">`;

export const userTask = (id: string, formKey: string, candidateGroups = 'agents') =>
  `<bpmn:userTask id="${id}" name="${id}"><bpmn:extensionElements><zeebe:formDefinition formKey="${formKey}"/>` +
  `<zeebe:assignmentDefinition candidateGroups="${candidateGroups}"/></bpmn:extensionElements></bpmn:userTask>`;

export const echoTask = (id: string) =>
  `<bpmn:serviceTask id="${id}" name="echo"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:echo:1" retries="3"/>` +
  `<zeebe:ioMapping><zeebe:input source="=note" target="message"/></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>`;

/** start → one element after another → end, joined by sequence flows. */
export function chain(processId: string, elements: { id: string; xml: string }[]): string {
  const ids = ['start', ...elements.map((e) => e.id), 'end'];
  const flows = ids.slice(1).map((to, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${ids[i]}" targetRef="${to}"/>`);
  return `${header}<bpmn:process id="${processId}" isExecutable="true"><bpmn:startEvent id="start"/>${elements
    .map((e) => e.xml)
    .join('')}<bpmn:endEvent id="end"/>${flows.join('')}</bpmn:process></bpmn:definitions>`;
}

/** The walking skeleton: intake user task → echo connector → end. */
export const intakeThenEcho = (processId: string) =>
  chain(processId, [
    { id: 'intake', xml: userTask('intake', 'intake-form') },
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
