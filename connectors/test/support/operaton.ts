import { fromTypedValue, fromTypedVariables, toTypedVariables, TypedValue, TypedVariables } from '@careflow/connectors/dist/runtime/external-task/variables';

/** The run's process engine (started once by jest's global setup). */
export const operatonUrl = () => {
  const url = process.env.CAREFLOW_TEST_PROCESS_ENGINE_URL;
  if (!url) throw new Error('CAREFLOW_TEST_PROCESS_ENGINE_URL is not set: run through jest (its global setup starts Operaton)');
  return url;
};

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${operatonUrl()}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string) => call<T>('GET', path);
export const post = <T>(path: string, body: unknown) => call<T>('POST', path, body);

/** Deploys one BPMN file (multipart POST /deployment/create). */
export async function deploy(name: string, bpmn: string): Promise<void> {
  const form = new FormData();
  form.append('deployment-name', name);
  form.append(`${name}.bpmn`, new Blob([bpmn], { type: 'application/xml' }), `${name}.bpmn`);
  const res = await fetch(`${operatonUrl()}/deployment/create`, { method: 'POST', body: form });
  if (!res.ok) throw new Error(`deploying ${name}: ${res.status} ${await res.text()}`);
}

const started: string[] = [];

export async function startProcess(key: string, variables: Record<string, unknown> = {}): Promise<string> {
  const { id } = await post<{ id: string }>(`/process-definition/key/${key}/start`, { variables: toTypedVariables(variables) });
  started.push(id);
  return id;
}

/** Deletes what the test started and left running, so no task of it reaches a later test's workers. */
export async function deleteStartedProcesses(): Promise<void> {
  for (const id of started.splice(0)) {
    const res = await fetch(`${operatonUrl()}/process-instance/${id}?skipCustomListeners=true&skipIoMappings=true`, { method: 'DELETE' });
    if (!res.ok && res.status !== 404) throw new Error(`deleting ${id}: ${res.status} ${await res.text()}`);
  }
}

/** Every variable the instance had at the end (history, so also after it ended). */
export async function historicVariables(processInstanceId: string): Promise<Record<string, unknown>> {
  const rows = await get<(TypedValue & { name: string; activityInstanceId: string })[]>(`/history/variable-instance?processInstanceId=${processInstanceId}&deserializeValues=false`);
  return Object.fromEntries(rows.filter((r) => r.activityInstanceId === processInstanceId).map((r) => [r.name, fromTypedValue(r)]));
}

export async function processVariables(processInstanceId: string): Promise<Record<string, unknown>> {
  return fromTypedVariables(await get<TypedVariables>(`/process-instance/${processInstanceId}/variables?deserializeValues=false`));
}

/** The ids of the activities the instance has finished or is in, in start order. */
export async function activitiesOf(processInstanceId: string): Promise<string[]> {
  const rows = await get<{ activityId: string }[]>(`/history/activity-instance?processInstanceId=${processInstanceId}&sortBy=startTime&sortOrder=asc`);
  return rows.map((r) => r.activityId);
}

/** Polls until `check` answers something other than undefined; throws with the last state after the time is up. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== undefined) return result;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves once the instance waits in (or has passed) the given activity. */
export const reached = (processInstanceId: string, activityId: string, timeoutMs?: number) =>
  waitFor(`${processInstanceId} to reach ${activityId}`, async () => ((await activitiesOf(processInstanceId)).includes(activityId) ? true : undefined), timeoutMs);

/** A process around the given elements: start → … → a user task `done` (so its variables can be read while it waits). */
export function processXml(key: string, elements: string, first: string, last: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs_${key}" targetNamespace="https://careflow.example/test">
  <bpmn:process id="${key}" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="start"/>
    <bpmn:sequenceFlow id="to_first" sourceRef="start" targetRef="${first}"/>
    ${elements}
    <bpmn:sequenceFlow id="to_done" sourceRef="${last}" targetRef="done"/>
    <bpmn:userTask id="done"/>
  </bpmn:process>
</bpmn:definitions>`;
}
