import type { EngineClient } from './engine-client';
import type { AdapterSettings } from '../config';
import type { OutboundPolicy } from '../outbound/policy';
import type { CallNote, JobInfo } from '@careflow/contracts';

export interface ConnectorLogger {
  debug?(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** One line of what a connector did, for the case timeline (see contracts). */
export type { CallNote } from '@careflow/contracts';

/** What a connector's `run` gets besides its validated input. */
export interface ConnectorContext {
  job: JobInfo;
  /** The case of the job (process variable caseId), when the process runs for a case. */
  caseId: string | null;
  /** The job's process variables as they arrived (input-mapped ones included). */
  variables: Record<string, unknown>;
  engine: EngineClient;
  logger: ConnectorLogger;
  /** Where outbound HTTP may go: call partners through `outbound.fetch`. */
  outbound: OutboundPolicy;
  /** The adapters' settings (SMS, telephony) from the connectors' config. */
  settings: AdapterSettings;
  /** Aborted when the job's time is up: long waits (a ringing call) must give up then. */
  signal: AbortSignal;
  /**
   * Runs one side effect at most once for this job: a redelivered or retried job gets the result
   * recorded the first time instead of acting again. `step` names the effect within the job
   * (e.g. `sms:13800138000`); results must be JSON.
   */
  once<T>(step: string, effect: () => Promise<T>): Promise<T>;
  /** Adds a line to the case timeline report of this job. */
  note(note: CallNote): void;
}
