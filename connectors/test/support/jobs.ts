import type { JobInfo } from '@careflow/connectors/dist/runtime/descriptor';
import { SecretStore } from '@careflow/connectors/dist/runtime/secrets';
import { MemoryEngine } from './memory-engine';

/** A task as a connector sees it (JobInfo): the same idempotency key on every retry. */
export const testJob = (retries = 3, headers: Record<string, string> = {}): JobInfo => ({
  key: '2251799813685300',
  processInstanceKey: '2251799813685290',
  elementInstanceKey: '2251799813685295',
  elementId: 'notify_family',
  retries,
  idempotencyKey: 'careflow:test:1/2251799813685295',
  headers,
});

const quiet = { info: () => undefined, warn: () => undefined };

/** What runConnector needs, with an in-memory engine and secrets from the given variables. */
export const testRunDeps = (engine = new MemoryEngine(), env: NodeJS.ProcessEnv = {}) => ({ engine, secrets: new SecretStore(env), logger: quiet });
