import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { OperatonRest } from '../../../operaton/rest';
import { AuditLog } from '../../audit/service';
import { LiveEvents } from '../../live/events';
import { CaseTimeline } from '../timeline';

/** What the case lifecycle on Operaton works with. */
export interface LifecycleDeps {
  dataSource: DataSource;
  /** Read at every call, so the engine's address may change while running. */
  rest: OperatonRest;
  timeline: CaseTimeline;
  audit: AuditLog;
  live: LiveEvents;
  logger: Logger;
}

/** Statuses of a case whose process has not ended (opening = its start is still pending). */
export const UNFINISHED = ['opening', 'open'] as const;

export const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
