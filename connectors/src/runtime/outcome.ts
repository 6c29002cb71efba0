import { ConnectorBpmnError, ConnectorInputError, retryBackoffMs } from './errors';
import { ConnectorDescriptor, JobInfo } from './descriptor';

export type Outcome =
  | { kind: 'complete'; variables: Record<string, unknown> }
  | { kind: 'bpmnError'; errorCode: string; errorMessage: string }
  | { kind: 'fail'; errorMessage: string; retries: number; retryBackOffMs: number };

/** Total number of tries a job gets by default (Zeebe's default retries). */
const DEFAULT_RETRIES = 3;

/**
 * Runs a connector on one job's variables and decides what Zeebe should hear. This is the one place
 * that maps results, BPMN errors and retries.
 */
export async function runConnector(descriptor: ConnectorDescriptor, variables: unknown, job: JobInfo): Promise<Outcome> {
  const parsed = descriptor.input.safeParse(variables);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
    return { kind: 'fail', errorMessage: `Invalid input for ${descriptor.id}: ${details}`, retries: 0, retryBackOffMs: 0 };
  }
  try {
    return { kind: 'complete', variables: await descriptor.run(parsed.data, job) };
  } catch (error) {
    if (error instanceof ConnectorBpmnError) return { kind: 'bpmnError', errorCode: error.errorCode, errorMessage: error.message };
    if (error instanceof ConnectorInputError) return { kind: 'fail', errorMessage: error.message, retries: 0, retryBackOffMs: 0 };
    const retries = Math.max(0, job.retries - 1);
    const attempt = DEFAULT_RETRIES - job.retries;
    return { kind: 'fail', errorMessage: (error as Error)?.message ?? String(error), retries, retryBackOffMs: retryBackoffMs(attempt) };
  }
}

