/**
 * Camunda 8 models as CareFlow stored them before it moved to Operaton: what the move
 * (seeds/operaton-move.ts) and the Camunda 8 import converter are fed in tests.
 */
export { uniqueProcessId } from './operaton-fixtures';

const header = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs" targetNamespace="https://careflow.example/bpmn">`;

export const userTask = (id: string, formKey: string, candidateGroups = 'agents', name = id) =>
  `<bpmn:userTask id="${id}" name="${name}"><bpmn:extensionElements><zeebe:formDefinition formKey="${formKey}"/>` +
  `<zeebe:assignmentDefinition candidateGroups="${candidateGroups}"/></bpmn:extensionElements></bpmn:userTask>`;

export const echoTask = (id: string) =>
  `<bpmn:serviceTask id="${id}" name="echo"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:echo:1" retries="3"/>` +
  `<zeebe:ioMapping><zeebe:input source="=note" target="message"/></zeebe:ioMapping></bpmn:extensionElements></bpmn:serviceTask>`;

/** A service task that wrote an event to the case timeline (careflow:case-event:1, which only Camunda 8 served). */
export const caseEvent = (id: string, event: string) =>
  `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="careflow:case-event:1"/>` +
  `<zeebe:taskHeaders><zeebe:header key="event" value="${event}"/></zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>`;

/** start → one element after another → end, joined by sequence flows. */
export function chain(processId: string, elements: { id: string; xml: string }[]): string {
  const ids = ['start', ...elements.map((e) => e.id), 'end'];
  const flows = ids.slice(1).map((to, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="${ids[i]}" targetRef="${to}"/>`);
  return `${header}<bpmn:process id="${processId}" isExecutable="true"><bpmn:startEvent id="start"/>${elements
    .map((e) => e.xml)
    .join('')}<bpmn:endEvent id="end"/>${flows.join('')}</bpmn:process></bpmn:definitions>`;
}
