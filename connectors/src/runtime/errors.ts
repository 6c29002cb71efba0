/** A business outcome the process models (a BPMN error with this code); never retried. */
export class ConnectorBpmnError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    /** Set on the catching scope, so the process can branch on the details (e.g. the call's outcome). */
    readonly variables: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ConnectorBpmnError';
  }
}

/** The job can never succeed as modelled (bad input mapping): an incident at once, no retries. */
export class ConnectorInputError extends Error {
  override name = 'ConnectorInputError';
}

/** The run was cut short (the worker is stopping, or the task is gone): the process engine hears nothing of it. */
export class ConnectorRunStopped extends Error {
  override name = 'ConnectorRunStopped';
}

/** Exponential backoff for transient failures: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function retryBackoffMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt), 5 * 60_000);
}
