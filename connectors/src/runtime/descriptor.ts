import { z } from 'zod';
import type { ConnectorContext } from './context';

export interface Labels {
  'zh-CN': string;
  en: string;
}

/**
 * What a connector is: its versioned topic (jobType()), the input it accepts and what it does. The
 * element template (modeler) and the external-task worker are both derived from this one object.
 */
export interface ConnectorDescriptor<I extends z.ZodType = z.ZodType, O extends Record<string, unknown> = Record<string, unknown>> {
  /** Short id, also the folder name. */
  id: string;
  version: number;
  name: Labels;
  description: Labels;
  /** Its fields carry their template labels through `field()` (see template-fields.ts). */
  input: I;
  /** The variables a successful task sets: the template maps each out through an output parameter. */
  output?: Record<string, Labels>;
  /** The BPMN error codes it raises, so a process can catch them by code. */
  errors?: Record<string, Labels>;
  /** Tries a task gets and the pause between them, when the BPMN does not say (ISO 8601 duration). */
  retries?: number;
  retryBackoff?: string;
  /** How long one run may take before it fails (and is retried); the task's lock is extended meanwhile. */
  timeoutMs?: number;
  run: (input: z.infer<I>, ctx: ConnectorContext) => Promise<O>;
  /**
   * `own`: the connector keeps each side effect once by its own keys (an outbox key, once-steps), so
   * a redelivered task may run it again; the runtime then does not also record the whole result as
   * an effect (two round trips fewer per task).
   */
  idempotency?: 'own';
  /** Ends what the connector keeps open between tasks (an SMPP session): called when its worker stops. */
  close?: () => Promise<void>;
}

/** What an element template is made from: a descriptor, without what only the runtime needs. */
export type TemplateDescriptor = Omit<ConnectorDescriptor, 'run' | 'close' | 'idempotency'>;

/** The job a connector works on (see contracts). */
export type { JobInfo } from '@careflow/contracts';

export const jobType = (d: Pick<ConnectorDescriptor, 'id' | 'version'>) => `careflow:${d.id}:${d.version}`;

export function defineConnector<I extends z.ZodType, O extends Record<string, unknown>>(d: ConnectorDescriptor<I, O>): ConnectorDescriptor<I, O> {
  return d;
}
