import crypto from 'node:crypto';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import { toTypedVariables } from '@careflow/engine/dist/operaton/variables';
import { Variables } from '@careflow/engine/dist/operaton/json';

/** Test and bench helpers: one-task processes deployed to the run's Operaton. */

export interface UserTaskModel {
  processId: string;
  /** A boundary timer on the task (e.g. PT1S) that ends it and the process. */
  timer?: string;
  /** A second user task after the first. */
  next?: boolean;
}

export const uniqueProcess = (prefix: string) => `${prefix}_${crypto.randomBytes(4).toString('hex')}`;

export function userTaskProcess(m: UserTaskModel): string {
  const timer = m.timer
    ? `<bpmn:boundaryEvent id="late" attachedToRef="visit"><bpmn:timerEventDefinition><bpmn:timeDuration>${m.timer}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
       <bpmn:sequenceFlow id="f_late" sourceRef="late" targetRef="end"/>`
    : '';
  const after = m.next ? 'review' : 'end';
  const review = m.next ? `<bpmn:userTask id="review" name="复核" camunda:formKey="review-form" camunda:candidateGroups="supervisors"/><bpmn:sequenceFlow id="f_review" sourceRef="review" targetRef="end"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="https://careflow.example/test">
  <bpmn:process id="${m.processId}" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="start"/>
    <bpmn:sequenceFlow id="f_start" sourceRef="start" targetRef="visit"/>
    <bpmn:userTask id="visit" name="回访" camunda:formKey="visit-form" camunda:candidateGroups="hotline,night" camunda:candidateUsers="agent_a"
      camunda:dueDate="\${due}" camunda:followUpDate="2030-01-01T08:00:00" camunda:priority="70"/>
    <bpmn:sequenceFlow id="f_visit" sourceRef="visit" targetRef="${after}"/>
    ${review}
    ${timer}
    <bpmn:endEvent id="end"/>
  </bpmn:process>
</bpmn:definitions>`;
}

export async function deploy(rest: OperatonRest, model: UserTaskModel): Promise<void> {
  const form = new FormData();
  form.append('deployment-name', model.processId);
  form.append(`${model.processId}.bpmn`, new Blob([userTaskProcess(model)], { type: 'application/xml' }), `${model.processId}.bpmn`);
  await rest.postForm('/deployment/create', form);
}

/** Starts an instance: the process's first task exists when this returns. `due` is an ISO date. */
export async function startCase(rest: OperatonRest, processId: string, variables: Variables & { due: string }): Promise<string> {
  const started = await rest.post<{ id: string }>(`/process-definition/key/${processId}/start`, { businessKey: variables.caseNumber ?? undefined, variables: toTypedVariables(variables) });
  return started.id;
}

export const caseVariables = (n: number): Variables & { due: string } => ({
  caseId: `case-${n}`,
  caseNumber: `GD20261202-${String(n).padStart(6, '0')}`,
  serviceType: 'rescue',
  caseAreaPath: '/310000/310101/',
  priority: 'emergency',
  due: '2030-01-02T00:00:00',
  alarm: { urgent: true, terminal: 'pendant' },
});
