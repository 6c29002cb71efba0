import { EntitySchema } from 'typeorm';
import { column, named } from '../../../db/columns';
import { Variables } from '../../../operaton/json';

/**
 * pending: accepted, its process not (known to be) started yet · started: the instance id is
 * recorded · discarding: canceled before its start was recorded, an instance may exist and is
 * deleted by the starter · discarded: canceled, no instance runs.
 */
export const START_STATES = ['pending', 'started', 'discarding', 'discarded'] as const;
export type StartState = (typeof START_STATES)[number];

/** How a case's process instance gets started exactly once (one row per case on Operaton). */
export interface CaseProcessStart {
  caseId: string;
  /** The business key of its instance. */
  caseNumber: string;
  state: StartState;
  definitionKey: string;
  /** Set when the case starts a pinned version rather than the latest of the key. */
  definitionId: string | null;
  /** The start variables, kept until the instance has them. */
  variables: Variables | null;
  instanceId: string | null;
  /** Claims so far: more than one means an earlier attempt may have reached the engine. */
  attempts: number;
  nextAttemptAt: Date;
  /** The node (and attempt) holding the row, until `claimedUntil`. */
  claimedBy: string | null;
  claimedUntil: Date | null;
  lastError: string | null;
  /** Written before CareFlow deletes the instance, so a close read from history after a crash keeps it. */
  cancelReason: string | null;
  /** What reconciliation found wrong (e.g. the instance is gone from the engine), for the problem list. */
  problem: string | null;
  createdAt: Date;
  startedAt: Date | null;
}

export const CaseProcessStartEntity = new EntitySchema<CaseProcessStart>({
  name: 'CaseProcessStart',
  tableName: 'case_process_starts',
  columns: {
    caseId: named('case_id', { ...column.id() }),
    caseNumber: named('case_number', column.text(32)),
    state: column.text(16),
    definitionKey: named('definition_key', column.text(255)),
    definitionId: named('definition_id', column.text(255, true)),
    variables: column.json(true),
    instanceId: named('instance_id', column.text(64, true)),
    attempts: { type: 'int', default: 0 },
    nextAttemptAt: named('next_attempt_at', column.time()),
    claimedBy: named('claimed_by', column.text(64, true)),
    claimedUntil: named('claimed_until', column.time(true)),
    lastError: named('last_error', column.text(500, true)),
    cancelReason: named('cancel_reason', column.text(500, true)),
    problem: column.text(500, true),
    createdAt: named('created_at', column.time()),
    startedAt: named('started_at', column.time(true)),
  },
});

/** How far a reader of the engine's history has got (the end time of the last finished instance it read). */
export interface ProcessHistoryCursor {
  name: string;
  position: Date;
  updatedAt: Date;
}

export const ProcessHistoryCursorEntity = new EntitySchema<ProcessHistoryCursor>({
  name: 'ProcessHistoryCursor',
  tableName: 'process_history_cursors',
  columns: {
    name: { ...column.text(64), primary: true },
    position: column.time(),
    updatedAt: named('updated_at', column.time()),
  },
});

export const caseLifecycleEntities = [CaseProcessStartEntity, ProcessHistoryCursorEntity];
