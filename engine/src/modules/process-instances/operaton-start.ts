import crypto from 'node:crypto';
import { errors } from '../../http/errors';
import { historicInstancesByIds, startProcessInstance } from '../../operaton/instances';
import { OperatonRest, ProcessEngineRejection } from '../../operaton/rest';
import { historicValues, instanceLevel, OperatonTaskHistory } from '../../operaton/history-tasks';
import { Variables } from '../../operaton/json';

export interface StartInput {
  bpmnProcessId: string;
  variables: Variables;
  /** Wait (up to the timeout) for the instance to end and return its final variables. */
  awaitResult?: { timeoutMs: number };
}

export interface StartedOnOperaton {
  processInstanceKey: string;
  bpmnProcessId: string;
  processDefinitionKey: string;
  version: number;
  result?: Variables;
}

const POLL_MS = 250;

/** The process-level variables of an instance, running or ended (a task's local inputs are not among them). */
async function processVariables(rest: OperatonRest, instanceId: string): Promise<Variables> {
  return historicValues(instanceLevel(await new OperatonTaskHistory(rest).variables([instanceId]), instanceId));
}

/** Waits for the instance to end (its history row gets an end time); a conflict after the timeout. */
async function awaitEnd(rest: OperatonRest, instanceId: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [instance] = await historicInstancesByIds(rest, [instanceId]);
    if (instance?.endTime) return;
    if (Date.now() >= deadline) throw errors.conflict('The process instance did not finish within the requested time');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Starts the latest version of a process on Operaton, optionally waiting for it to end and returning
 * its variables. A generic instance belongs to no case: its business key is a fresh id, so it never
 * looks like a case number. Unknown process → 404; the engine down → the REST client's OperationalError.
 */
export async function startOnOperaton(rest: OperatonRest, input: StartInput): Promise<StartedOnOperaton> {
  let started;
  try {
    started = await startProcessInstance(rest, { definitionKey: input.bpmnProcessId }, { businessKey: crypto.randomUUID(), variables: input.variables });
  } catch (error) {
    if (!(error instanceof ProcessEngineRejection)) throw error;
    if (error.status === 404) throw errors.notFound(`Process ${input.bpmnProcessId}`);
    // The engine ran the process up to its first wait state and failed there (an expression, a missing variable).
    throw errors.conflict(`The process engine could not start ${input.bpmnProcessId}: ${error.message}`);
  }
  const definition = await rest.get<{ key: string; version: number }>(`/process-definition/${encodeURIComponent(started.definitionId)}`);
  const created = { processInstanceKey: started.id, bpmnProcessId: definition.key, processDefinitionKey: started.definitionId, version: definition.version };
  if (!input.awaitResult) return created;
  if (!started.ended) await awaitEnd(rest, started.id, input.awaitResult.timeoutMs);
  return { ...created, result: await processVariables(rest, started.id) };
}
