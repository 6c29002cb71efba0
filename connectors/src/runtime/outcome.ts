import { z } from 'zod';
import { backoffFor } from './backoff';
import type { CallNote, JobInfo, Outcome } from '@careflow/contracts';
import type { ConnectorLogger } from './context';
import { ConnectorDescriptor, jobType } from './descriptor';
import type { EngineClient } from './engine-client';
import { ConnectorBpmnError, ConnectorInputError, ConnectorRunStopped } from './errors';
import type { AdapterSettings } from '../config';
import type { OutboundPolicy } from '../outbound/policy';
import { createJobContext } from './job-context';
import { SecretStore } from './secrets';

/** What the engine hears, and the report the runtime sends after each task (the engine's timeline). */
export type { JobReport, Outcome } from '@careflow/contracts';

/** Total number of tries a task gets when neither the task nor the connector says. */
const DEFAULT_RETRIES = 3;
const DEFAULT_TIMEOUT_MS = 60_000;
/** A run is stopped this much before the connector's timeoutMs, so that its failure is answered within it. */
const TIMEOUT_MARGIN_MS = 2_000;

export interface RunDeps {
  engine: EngineClient;
  secrets: SecretStore;
  logger: ConnectorLogger;
  /** Where outbound HTTP may go; unset: public addresses only. */
  outbound?: OutboundPolicy;
  /** The adapters' settings (the connectors' config); unset: their defaults. */
  settings?: AdapterSettings;
  /** Aborted to cut the run short (the worker stops, the task is gone): runConnector then throws ConnectorRunStopped. */
  stop?: AbortSignal;
}

/**
 * Runs a connector on one task's variables and decides what the process engine should hear. This is
 * the one place that maps input problems, results, BPMN errors, timeouts and retries. A run cut short
 * by `deps.stop` has no outcome: it throws ConnectorRunStopped, and its connector's signal is aborted.
 */
export async function runConnector(descriptor: ConnectorDescriptor, variables: Record<string, unknown>, job: JobInfo, deps: RunDeps): Promise<{ outcome: Outcome; notes: CallNote[] }> {
  const attempt = Math.max(0, (descriptor.retries ?? DEFAULT_RETRIES) - job.retries);
  const fail = (message: string, retries = Math.max(0, job.retries - 1)): Outcome => ({
    kind: 'fail',
    errorMessage: deps.secrets.mask(message),
    retries,
    retryBackOffMs: retries === 0 ? 0 : backoffFor(attempt, job.headers.retryBackoff, descriptor.retryBackoff),
  });
  let input: unknown;
  try {
    input = parseInput(descriptor, deps.secrets.resolve(inputVariables(descriptor, variables)));
  } catch (error) {
    if (error instanceof ConnectorBpmnError) return { outcome: { kind: 'bpmnError', errorCode: error.errorCode, errorMessage: error.message }, notes: [] };
    return { outcome: fail((error as Error).message, 0), notes: [] };
  }
  const timeoutMs = Math.max(1_000, (descriptor.timeoutMs ?? DEFAULT_TIMEOUT_MS) - TIMEOUT_MARGIN_MS);
  const abort = new AbortController();
  const { ctx, notes } = createJobContext({ job, jobType: jobType(descriptor), variables, engine: deps.engine, logger: deps.logger, signal: abort.signal, outbound: deps.outbound, settings: deps.settings });
  // The timeout is a signal too, so that it and deps.stop end the run the same way (cutShort).
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const timedOut = cutShort(timeout.signal, abort, () => new Error(`${descriptor.id} did not finish within ${Math.round(timeoutMs / 1000)} s`));
  const stopped = cutShort(deps.stop, abort, () => new ConnectorRunStopped('stopped'));
  try {
    // The whole result is an effect too: a task completed here but not heard by the process engine is
    // answered again, not redone; unless the connector's own keys already make a second run harmless.
    const run = () => descriptor.run(input, ctx);
    const output = await Promise.race([descriptor.idempotency === 'own' ? run() : ctx.once('result', run), timedOut.promise, stopped.promise]);
    return { outcome: { kind: 'complete', variables: output }, notes: deps.secrets.mask(notes) };
  } catch (error) {
    if (deps.stop?.aborted) throw new ConnectorRunStopped(`${descriptor.id} was stopped`);
    if (error instanceof ConnectorBpmnError) {
      const variables = Object.keys(error.variables).length > 0 ? { variables: deps.secrets.mask(error.variables) } : {};
      return { outcome: { kind: 'bpmnError', errorCode: error.errorCode, errorMessage: deps.secrets.mask(error.message), ...variables }, notes: deps.secrets.mask(notes) };
    }
    if (error instanceof ConnectorInputError) return { outcome: fail(error.message, 0), notes: deps.secrets.mask(notes) };
    return { outcome: fail((error as Error)?.message ?? String(error)), notes: deps.secrets.mask(notes) };
  } finally {
    clearTimeout(timer);
    stopped.release();
  }
}

/** A promise that rejects with `error()` (and aborts the connector's signal) once `stop` aborts; release() forgets the listener. */
function cutShort(stop: AbortSignal | undefined, abort: AbortController, error: () => Error): { promise: Promise<never>; release: () => void } {
  if (!stop) return { promise: new Promise<never>(() => undefined), release: () => undefined };
  let onStop = () => undefined as void;
  const promise = new Promise<never>((_resolve, reject) => {
    onStop = () => {
      abort.abort();
      reject(error());
    };
  });
  if (stop.aborted) onStop();
  else stop.addEventListener('abort', onStop, { once: true });
  return { promise, release: () => stop.removeEventListener('abort', onStop) };
}

/** Only the variables the connector declares are read (and have their secrets resolved). */
function inputVariables(descriptor: ConnectorDescriptor, variables: Record<string, unknown>): Record<string, unknown> {
  const shape = descriptor.input instanceof z.ZodObject ? (descriptor.input.shape as Record<string, unknown>) : undefined;
  if (!shape || typeof variables !== 'object' || variables === null) return variables;
  return Object.fromEntries(Object.keys(shape).filter((k) => k in variables).map((k) => [k, variables[k]]));
}

/** Input the connector cannot work with is a modelling problem the process can catch: INVALID_INPUT. */
function parseInput(descriptor: ConnectorDescriptor, variables: Record<string, unknown>): unknown {
  const parsed = descriptor.input.safeParse(variables);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
  throw new ConnectorBpmnError('INVALID_INPUT', `Invalid input for ${descriptor.id}: ${details}`);
}
