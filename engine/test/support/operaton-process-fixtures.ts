import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import pino, { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { asRow } from '@careflow/engine/dist/db/columns';
import { Case, CaseEntity } from '@careflow/engine/dist/modules/cases/entities';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import { toTypedVariables } from '@careflow/engine/dist/operaton/variables';
import { Variables } from '@careflow/engine/dist/operaton/json';
import { eventually } from './api-client';

/** The run's Operaton (started by Jest's global setup). */
export const testEngine = () => new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
/** Nothing listens there: every request is an OperationalError. */
export const downEngine = () => new OperatonRest({ baseUrl: 'http://127.0.0.1:9/engine-rest', timeoutMs: 1000 });

/** A process in the camunda: namespace, with the history time to live the engine insists on. */
export const camundaProcess = (id: string, body: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs_${id}" targetNamespace="https://careflow.example/test">
  ${extra}
  <bpmn:process id="${id}" isExecutable="true" camunda:historyTimeToLive="P1D">${body}</bpmn:process>
</bpmn:definitions>`;

export const seq = (id: string, from: string, to: string) => `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"/>`;

export async function deploy(rest: OperatonRest, processId: string, xml: string): Promise<void> {
  const form = new FormData();
  form.append('deployment-name', processId);
  form.append(`${processId}.bpmn`, new Blob([xml], { type: 'application/xml' }), `${processId}.bpmn`);
  await rest.postForm('/deployment/create', form);
}

export async function startInstance(rest: OperatonRest, processId: string, businessKey: string, variables: Variables = {}): Promise<string> {
  return (await rest.post<{ id: string }>(`/process-definition/key/${processId}/start`, { businessKey, variables: toTypedVariables(variables) })).id;
}

/** The user tasks an instance waits in, by element id. */
export async function openTasks(rest: OperatonRest, processInstanceId: string): Promise<string[]> {
  return (await rest.get<{ taskDefinitionKey: string }[]>('/task', { processInstanceId })).map((t) => t.taskDefinitionKey).sort();
}

export async function completeTask(rest: OperatonRest, processInstanceId: string, elementId: string, variables: Variables = {}): Promise<void> {
  const [task] = await rest.get<{ id: string }[]>('/task', { processInstanceId, taskDefinitionKey: elementId });
  if (!task) throw new Error(`no open task ${elementId} in ${processInstanceId}`);
  await rest.post(`/task/${task.id}/complete`, { variables: toTypedVariables(variables) });
}

/** Waits until the instance waits in exactly these user tasks. */
export function waitForTasks(rest: OperatonRest, processInstanceId: string, elementIds: string[], timeoutMs = 30_000): Promise<string[]> {
  const want = [...elementIds].sort();
  return eventually(async () => {
    const open = await openTasks(rest, processInstanceId);
    return JSON.stringify(open) === JSON.stringify(want) ? open : undefined;
  }, timeoutMs, `tasks ${want.join(', ')} in ${processInstanceId}`);
}

/** A case row whose number is the business key of its process. */
export async function insertCase(dataSource: DataSource, fields: Partial<Case> = {}): Promise<Case> {
  const row: Case = {
    id: crypto.randomUUID(),
    caseNumber: `T${crypto.randomBytes(5).toString('hex').toUpperCase()}`,
    serviceTypeKey: 'test',
    serviceTypeVersion: 1,
    processInstanceKey: null,
    channel: 'phone',
    elderId: null,
    areaPath: null,
    priority: 'normal',
    status: 'open',
    openedBy: 'tester',
    openedAt: new Date(),
    dueAt: null,
    closedAt: null,
    satisfaction: null,
    firstContactResolved: null,
    cancelReason: null,
    confidential: false,
    ...fields,
  };
  await dataSource.getRepository(CaseEntity).insert(asRow(row));
  return row;
}

/** A logger whose lines the test can read. */
export function recordingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

export const tester = { id: 'tester', username: 'tester', ip: null };
