import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { OperatonRest } from '../../../operaton/rest';
import { AuditLog } from '../../audit/service';
import { LiveEvents } from '../../../live/events';
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

/** An error with its causes (the engine's refusal, a timeout, a refused connection), for the row and the problem list. */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 3; depth++) {
    const { name, message, code, cause } = e as { name?: string; message?: string; code?: string; cause?: unknown };
    parts.push(e instanceof Error || message ? `${name ?? 'Error'}: ${message ?? ''}${code ? ` (${code})` : ''}` : String(e));
    e = cause;
  }
  return parts.join(' ← ').slice(0, 500);
}

/**
 * The request may have reached a live engine that is still working on it: it timed out. A start
 * retried now could miss it in a lookup and make a second instance; a refused or cut connection
 * (the engine is down or died) cannot commit anything later.
 */
export function mayStillCommit(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if ((e as { name?: string }).name === 'TimeoutError') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
