import type { CaseStatus } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export { CASE_STATUSES, SATISFACTION } from '@careflow/contracts';
export type { CaseStatus } from '@careflow/contracts';

export interface Case {
  id: string;
  caseNumber: string;
  serviceTypeKey: string;
  serviceTypeVersion: number;
  processInstanceKey: string | null;
  channel: string;
  elderId: string | null;
  /** The elder's area path when the case opened: area scope applies to the case. */
  areaPath: string | null;
  priority: string;
  status: CaseStatus;
  openedBy: string;
  openedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  satisfaction: string | null;
  /** 一次办结: the process's `firstContactResolved` when it ended; null when it does not say. */
  firstContactResolved: boolean | null;
  cancelReason: string | null;
  /** 来电人保密: the caller asked that who they are stay hidden (kept in case_caller_identities). */
  confidential: boolean;
}

export interface CaseEvent {
  id: string;
  caseId: string;
  at: Date;
  /** case.opened, task.created, task.completed, case.urged, case.supervised, case.comment, case.closed, case.canceled… */
  type: string;
  actorId: string | null;
  actorName: string | null;
  data: Record<string, unknown> | null;
}

export interface CaseNumberSequence {
  day: string;
  lastValue: number;
}

export const CaseEntity = new EntitySchema<Case>({
  name: 'Case',
  tableName: 'cases',
  columns: {
    id: column.id(),
    caseNumber: named('case_number', column.text(32)),
    serviceTypeKey: named('service_type_key', column.text(64)),
    serviceTypeVersion: { type: 'int', name: 'service_type_version' },
    processInstanceKey: named('process_instance_key', { ...column.engineKey(), nullable: true }),
    channel: column.text(16),
    elderId: named('elder_id', column.text(36, true)),
    areaPath: named('area_path', column.text(200, true)),
    priority: column.text(16),
    status: column.text(16),
    openedBy: named('opened_by', column.text(36)),
    openedAt: named('opened_at', column.time()),
    dueAt: named('due_at', column.time(true)),
    closedAt: named('closed_at', column.time(true)),
    satisfaction: column.text(16, true),
    firstContactResolved: { name: 'first_contact_resolved', type: 'boolean', nullable: true },
    cancelReason: named('cancel_reason', column.text(500, true)),
    confidential: { type: 'boolean', default: false },
  },
});

export const CaseEventEntity = new EntitySchema<CaseEvent>({
  name: 'CaseEvent',
  tableName: 'case_events',
  columns: {
    id: column.id(),
    caseId: named('case_id', column.text(36)),
    at: column.time(),
    type: column.text(64),
    actorId: named('actor_id', column.text(36, true)),
    actorName: named('actor_name', column.text(64, true)),
    data: column.json(true),
  },
});

export const CaseNumberSequenceEntity = new EntitySchema<CaseNumberSequence>({
  name: 'CaseNumberSequence',
  tableName: 'case_number_sequences',
  columns: {
    day: { ...column.text(8), primary: true },
    lastValue: { type: 'int', name: 'last_value' },
  },
});
