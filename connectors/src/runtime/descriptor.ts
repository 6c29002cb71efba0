import { z } from 'zod';
import type { ConnectorContext } from './context';

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
  /** Its fields carry their template labels through `field()` (see template-fields.ts). */
  input: I;
  /** The variables a successful job sets, for the template's documentation. */
  output?: Record<string, Labels>;
  /** The BPMN error codes it raises, so a process can catch them by code. */
  errors?: Record<string, Labels>;
  /** Tries a job gets and the pause between them, when the BPMN does not say (ISO 8601 duration). */
  retries?: number;
  retryBackoff?: string;
  /** How long a job may run before Zeebe hands it to another worker. */
  timeoutMs?: number;
  run: (input: z.infer<I>, ctx: ConnectorContext) => Promise<O>;
  /** Ends what the connector keeps open between jobs (an SMPP session): called when its worker stops. */
  close?: () => Promise<void>;
}

/**
 * A job type something else works on (the engine's own workers) that still gets a generated element
 * template: a descriptor without `run`, never started by the connectors runtime.
 */
export type TemplateDescriptor = Omit<ConnectorDescriptor, 'run' | 'close'> & {
  /** false: the worker ignores resultVariable and retryBackoff, so the template does not offer them. */
  runtimeHeaders?: false;
};

export interface JobInfo {
  key: string;
  processInstanceKey: string;
  elementId: string;
  /** The service task's own scope: its input-mapped variables live there. */
  elementInstanceKey: string;
  retries: number;
  /** Derived from the job: the same on every retry, so an outside side effect happens once. */
  idempotencyKey: string;
  /** The task's headers (zeebe:taskHeaders): retryBackoff, resultVariable… */
  headers: Record<string, string>;
}

export const jobType = (d: Pick<ConnectorDescriptor, 'id' | 'version'>) => `careflow:${d.id}:${d.version}`;

export function defineConnector<I extends z.ZodType, O extends Record<string, unknown>>(d: ConnectorDescriptor<I, O>): ConnectorDescriptor<I, O> {
  return d;
}
