import { z } from 'zod';

export interface Labels {
  'zh-CN': string;
  en: string;
}

/**
 * What a connector is: its versioned job type, the input it accepts and what it does. The element
 * template (modeler) and the worker are both derived from this one object.
 */
export interface ConnectorDescriptor<I extends z.ZodType = z.ZodType, O extends Record<string, unknown> = Record<string, unknown>> {
  /** Short id, also the folder name. */
  id: string;
  version: number;
  name: Labels;
  description: Labels;
  input: I;
  /** How long a job may run before Zeebe hands it to another worker. */
  timeoutMs?: number;
  run: (input: z.infer<I>, job: JobInfo) => Promise<O>;
}

export interface JobInfo {
  key: string;
  processInstanceKey: string;
  elementId: string;
  /** The service task's own scope: its input-mapped variables live there. */
  elementInstanceKey: string;
  retries: number;
  /** Derived from the job: the same on every retry, so an outside side effect happens once. */
  idempotencyKey: string;
}

export const jobType = (d: Pick<ConnectorDescriptor, 'id' | 'version'>) => `careflow:${d.id}:${d.version}`;

export function defineConnector<I extends z.ZodType, O extends Record<string, unknown>>(d: ConnectorDescriptor<I, O>): ConnectorDescriptor<I, O> {
  return d;
}
