import type { CallNote, ConnectorContext, ConnectorLogger } from './context';
import type { JobInfo } from './descriptor';
import { AdapterSettings, defaultAdapterSettings } from '../config';
import { OutboundPolicy } from '../outbound/policy';
import { EngineClient, EngineRequestError } from './engine-client';

interface StoredEffect {
  effect: { result: unknown };
}

export interface JobContextDeps {
  job: JobInfo;
  jobType: string;
  variables: Record<string, unknown>;
  engine: EngineClient;
  logger: ConnectorLogger;
  signal: AbortSignal;
  /** Unset: public addresses only. */
  outbound?: OutboundPolicy;
  /** Unset: every adapter setting at its default. */
  settings?: AdapterSettings;
}

const PUBLIC_ONLY = new OutboundPolicy();

/** The context one job's run gets, and the notes it made (for the report). */
let defaults: AdapterSettings | undefined;

export function createJobContext(deps: JobContextDeps): { ctx: ConnectorContext; notes: CallNote[] } {
  const notes: CallNote[] = [];
  const caseId = typeof deps.variables.caseId === 'string' ? deps.variables.caseId : null;
  const path = (step: string) => `/api/connector-effects/${encodeURIComponent(`${deps.job.idempotencyKey}/${step}`)}`;
  const ctx: ConnectorContext = {
    job: deps.job,
    caseId,
    variables: deps.variables,
    engine: deps.engine,
    logger: deps.logger,
    signal: deps.signal,
    outbound: deps.outbound ?? PUBLIC_ONLY,
    settings: deps.settings ?? (defaults ??= defaultAdapterSettings()),
    note: (note) => void notes.push(note),
    once: async <T>(step: string, effect: () => Promise<T>): Promise<T> => {
      try {
        return (await deps.engine.get<StoredEffect>(path(step))).effect.result as T;
      } catch (error) {
        if (!(error instanceof EngineRequestError && error.status === 404)) throw error;
      }
      const result = await effect();
      // A worker that raced us to the same effect may have recorded first: its result is the one kept.
      const stored = await deps.engine.put<StoredEffect>(path(step), { jobType: deps.jobType, caseId, result: result ?? null });
      return stored.effect.result as T;
    },
  };
  return { ctx, notes };
}
