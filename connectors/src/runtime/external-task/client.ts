import { fromTypedVariables, toTypedVariables, TypedVariables } from './variables';

/** One topic of a fetchAndLock request (Operaton's FetchExternalTaskTopicDto, the fields CareFlow uses). */
export interface FetchTopic {
  topicName: string;
  lockDuration: number;
  /** Names to read; [] reads none. */
  variables: string[];
  /** Only the task's own scope: its input parameters, never a process variable of the same name. */
  localVariables: boolean;
  includeExtensionProperties?: boolean;
}

/** A task Operaton locked for this worker (LockedExternalTaskDto). */
export interface LockedExternalTask {
  id: string;
  topicName: string;
  workerId: string;
  activityId: string;
  activityInstanceId: string;
  executionId: string;
  processInstanceId: string;
  processDefinitionKey: string;
  businessKey: string | null;
  /** null until a worker first reports a failure. */
  retries: number | null;
  lockExpirationTime: string;
  priority: number;
  variables?: TypedVariables;
  extensionProperties?: Record<string, string>;
}

/** The engine answered with its own error ({type, message}): e.g. 404 when the task is gone. */
export class ExternalTaskRejection extends Error {
  override name = 'ExternalTaskRejection';
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }

  /** A race with another transaction on the same instance (two branches joining): the same call may succeed at once. */
  get retryable(): boolean {
    return this.type === 'OptimisticLockingException';
  }
}

/** No answer, a timeout, or a 5xx without the engine's error body: the engine may answer later. */
export class ProcessEngineUnavailable extends Error {
  override name = 'ProcessEngineUnavailable';
}

export interface ExternalTaskClientOptions {
  /** Operaton's REST root, e.g. http://127.0.0.1:8180/engine-rest */
  restUrl: string;
  workerId: string;
  /** Each call but the long poll; default 15 s. */
  requestTimeoutMs?: number;
  /** e.g. an Authorization header when the engine requires credentials. */
  headers?: Record<string, string>;
}

/** A long poll may take this much longer than its asyncResponseTimeout before it counts as lost. */
const POLL_MARGIN_MS = 5_000;

/** Operaton's external task REST API (/external-task/…), with plain JSON values in and out. */
export class ExternalTaskClient {
  readonly workerId: string;
  private readonly base: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: ExternalTaskClientOptions) {
    this.workerId = options.workerId;
    this.base = options.restUrl.replace(/\/+$/, '');
    this.timeoutMs = options.requestTimeoutMs ?? 15_000;
  }

  /** Waits up to asyncResponseTimeout for tasks of the topics; [] when none came. */
  fetchAndLock(request: { maxTasks: number; topics: FetchTopic[]; asyncResponseTimeout: number; usePriority?: boolean }, signal?: AbortSignal): Promise<LockedExternalTask[]> {
    const body = { workerId: this.workerId, usePriority: true, ...request, topics: request.topics.map((t) => ({ deserializeValues: false, ...t })) };
    return this.call<LockedExternalTask[]>('POST', '/external-task/fetchAndLock', body, request.asyncResponseTimeout + POLL_MARGIN_MS, signal);
  }

  /** `localVariables` land on the task's scope (for its output parameters); `variables` on the process. */
  complete(taskId: string, values: { variables?: Record<string, unknown>; localVariables?: Record<string, unknown> } = {}): Promise<void> {
    return this.call('POST', `/external-task/${enc(taskId)}/complete`, { workerId: this.workerId, ...typed(values) });
  }

  /** retries 0 makes Operaton raise an incident; otherwise the task is offered again after retryTimeout ms. */
  handleFailure(taskId: string, failure: { errorMessage: string; errorDetails?: string; retries: number; retryTimeout: number }): Promise<void> {
    return this.call('POST', `/external-task/${enc(taskId)}/failure`, { workerId: this.workerId, ...failure });
  }

  handleBpmnError(taskId: string, error: { errorCode: string; errorMessage?: string; variables?: Record<string, unknown> }): Promise<void> {
    return this.call('POST', `/external-task/${enc(taskId)}/bpmnError`, { workerId: this.workerId, ...error, ...(error.variables ? { variables: toTypedVariables(error.variables) } : {}) });
  }

  /** The lock runs for newDuration ms from now. */
  extendLock(taskId: string, newDuration: number): Promise<void> {
    return this.call('POST', `/external-task/${enc(taskId)}/extendLock`, { workerId: this.workerId, newDuration });
  }

  /** Hands a locked task back at once (a stopping worker), for any worker to fetch. */
  unlock(taskId: string): Promise<void> {
    return this.call('POST', `/external-task/${enc(taskId)}/unlock`, undefined);
  }

  /** The process instance's own variables (the case's: caseId, area, …), as plain JSON. */
  async processVariables(processInstanceId: string): Promise<Record<string, unknown>> {
    return fromTypedVariables(await this.call<TypedVariables>('GET', `/process-instance/${enc(processInstanceId)}/variables?deserializeValues=false`));
  }

  private async call<T = void>(method: 'GET' | 'POST', path: string, body?: unknown, timeoutMs = this.timeoutMs, signal?: AbortSignal): Promise<T> {
    const timeout = AbortSignal.timeout(timeoutMs);
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method,
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...this.options.headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ProcessEngineUnavailable(`process engine: ${timeout.aborted ? `no answer within ${timeoutMs} ms` : (error as Error).message} (${path})`);
    }
    const text = await res.text();
    if (res.ok) return (text ? JSON.parse(text) : undefined) as T;
    const engineError = parseEngineError(text);
    if (engineError && res.status !== 401) throw new ExternalTaskRejection(res.status, engineError.type, `${path}: ${res.status} ${engineError.type}: ${engineError.message}`);
    throw new ProcessEngineUnavailable(`process engine: ${res.status} ${res.statusText} (${path})`);
  }
}

const enc = encodeURIComponent;

function typed(values: { variables?: Record<string, unknown>; localVariables?: Record<string, unknown> }) {
  return {
    ...(values.variables ? { variables: toTypedVariables(values.variables) } : {}),
    ...(values.localVariables ? { localVariables: toTypedVariables(values.localVariables) } : {}),
  };
}

function parseEngineError(text: string): { type: string; message: string } | undefined {
  try {
    const parsed = JSON.parse(text) as { type?: unknown; message?: unknown };
    return typeof parsed.type === 'string' ? { type: parsed.type, message: String(parsed.message ?? '') } : undefined;
  } catch {
    return undefined;
  }
}
