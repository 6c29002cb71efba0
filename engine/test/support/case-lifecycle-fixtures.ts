import crypto from 'node:crypto';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { HistoricProcessInstance } from '@careflow/engine/dist/operaton/instances';
import { OperatonRest } from '@careflow/engine/dist/operaton/rest';
import { AuditLog } from '@careflow/engine/dist/modules/audit/service';
import { LiveEvents } from '@careflow/engine/dist/live/events';
import { Case, CaseEntity } from '@careflow/engine/dist/modules/cases/entities';
import { CaseTimeline } from '@careflow/engine/dist/modules/cases/timeline';
import { CaseLifecycle, defaultLifecycleOptions, LifecycleOptions } from '@careflow/engine/dist/modules/cases/operaton';
import { LifecycleDeps } from '@careflow/engine/dist/modules/cases/operaton/deps';
import { CaseProcessStart } from '@careflow/engine/dist/modules/cases/operaton/entities';
import { enqueueStart, StartClaim } from '@careflow/engine/dist/modules/cases/operaton/starts';

/** The test run's Operaton, and an address where nothing listens (the engine is down). */
export const liveEngine = () => new OperatonRest({ baseUrl: process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL! });
export const deadEngine = () => new OperatonRest({ baseUrl: 'http://127.0.0.1:9/engine-rest', timeoutMs: 1000 });

const process_ = (id: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d_${id}" targetNamespace="https://careflow.example/test">
  <bpmn:process id="${id}" isExecutable="true" camunda:historyTimeToLive="P1D">${body}</bpmn:process>
</bpmn:definitions>`;

/** One user task to wait in, an end without a wait, and a terminate end beside a task. */
export const MODELS = {
  wait: process_('careflow_lifecycle_wait', `
    <bpmn:startEvent id="start"/><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="handle"/>
    <bpmn:userTask id="handle"/><bpmn:sequenceFlow id="f2" sourceRef="handle" targetRef="end"/>
    <bpmn:endEvent id="end"/>`),
  instant: process_('careflow_lifecycle_instant', `
    <bpmn:startEvent id="start"/><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end"/><bpmn:endEvent id="end"/>`),
  terminate: process_('careflow_lifecycle_terminate', `
    <bpmn:startEvent id="start"/><bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="fork"/>
    <bpmn:parallelGateway id="fork"/>
    <bpmn:sequenceFlow id="f2" sourceRef="fork" targetRef="handle"/><bpmn:userTask id="handle"/>
    <bpmn:sequenceFlow id="f3" sourceRef="fork" targetRef="stop"/>
    <bpmn:endEvent id="stop"><bpmn:terminateEventDefinition/></bpmn:endEvent>`),
};

export async function deployModels(rest: OperatonRest): Promise<void> {
  const form = new FormData();
  form.append('deployment-name', 'case-lifecycle');
  for (const [name, xml] of Object.entries(MODELS)) form.append(`${name}.bpmn`, new Blob([xml], { type: 'application/xml' }), `${name}.bpmn`);
  await rest.postForm('/deployment/create', form);
}

export function lifecycleDeps(dataSource: DataSource, rest: OperatonRest = liveEngine()): LifecycleDeps {
  return { dataSource, rest, timeline: new CaseTimeline(dataSource), audit: new AuditLog(dataSource), live: new LiveEvents(true), logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) };
}

/** Quick backoff, one test node name. */
export function testLifecycle(deps: LifecycleDeps, nodeId = 'test-node', overrides: Partial<LifecycleOptions['starter']> = {}): CaseLifecycle {
  const options = defaultLifecycleOptions();
  return new CaseLifecycle(deps, { ...options, starter: { ...options.starter, nodeId, refusedBackoffMs: { base: 10, max: 100 }, ...overrides } });
}

/** Case numbers no other test (or earlier run) on the shared engine uses. */
export const uniquePrefix = () => `T${crypto.randomBytes(5).toString('hex').toUpperCase()}`;

/** What the switch will do when a case is accepted: the case and its pending start in one transaction (held by `claim`, as a node that will try it at once). */
export async function acceptCase(dataSource: DataSource, caseNumber: string, definitionKey = 'careflow_lifecycle_wait', claim?: StartClaim): Promise<Case & { start: CaseProcessStart }> {
  const row: Case = {
    id: crypto.randomUUID(),
    caseNumber,
    serviceTypeKey: 'lifecycle-test',
    serviceTypeVersion: 1,
    processInstanceKey: null,
    channel: 'alarm',
    elderId: null,
    areaPath: null,
    priority: 'emergency',
    status: 'opening',
    openedBy: 'system',
    openedAt: new Date(),
    dueAt: null,
    closedAt: null,
    satisfaction: null,
    firstContactResolved: null,
    cancelReason: null,
    confidential: false,
  };
  const start = await dataSource.transaction(async (m) => {
    await m.getRepository(CaseEntity).insert(row);
    return enqueueStart(m, { caseId: row.id, caseNumber, definitionKey, variables: { caseId: row.id, caseNumber, alarm: { urgent: true, button: 'sos' } } }, new Date(), claim);
  });
  return { ...row, start };
}

/** Every root instance the engine ever had with business keys starting with a prefix, by business key. */
export async function instancesByBusinessKey(rest: OperatonRest, prefix: string): Promise<Map<string, HistoricProcessInstance[]>> {
  const found = await rest.get<HistoricProcessInstance[]>('/history/process-instance', { processInstanceBusinessKeyLike: `${prefix}%`, rootProcessInstances: true, maxResults: 5000 });
  const byKey = new Map<string, HistoricProcessInstance[]>();
  for (const instance of found) byKey.set(instance.businessKey ?? '', [...(byKey.get(instance.businessKey ?? '') ?? []), instance]);
  return byKey;
}
