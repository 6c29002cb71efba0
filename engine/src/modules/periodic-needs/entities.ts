import type { NeedSchedule } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** 周期性需求: an elder's standing household plan that opens an order on each of its days. */
export interface PeriodicNeed {
  id: string;
  elderId: string;
  serviceType: string;
  items: { code: string; quantity: number }[];
  schedule: NeedSchedule;
  windowFrom: string;
  windowTo: string;
  holidays: 'skip' | 'shift';
  leadDays: number;
  startsOn: string;
  endsOn: string | null;
  serviceAddress: string;
  accessNotes: string;
  status: 'active' | 'paused' | 'ended';
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One day of a need that opened its case: unique per need and scheduled day, written in the case's own transaction. */
export interface NeedOccurrence {
  id: string;
  needId: string;
  scheduledOn: string;
  serviceOn: string;
  caseId: string;
  createdAt: Date;
}

export const PeriodicNeedEntity = new EntitySchema<PeriodicNeed>({
  name: 'PeriodicNeed',
  tableName: 'periodic_needs',
  columns: {
    id: column.id(),
    elderId: named('elder_id', column.text(36)),
    serviceType: named('service_type', column.text(64)),
    items: column.json(),
    schedule: column.json(),
    windowFrom: named('window_from', column.text(5)),
    windowTo: named('window_to', column.text(5)),
    holidays: column.text(8),
    leadDays: { type: 'int', name: 'lead_days' },
    startsOn: named('starts_on', column.text(10)),
    endsOn: named('ends_on', column.text(10, true)),
    serviceAddress: named('service_address', column.text(200)),
    accessNotes: named('access_notes', column.text(500)),
    status: column.text(8),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
  },
});

export const NeedOccurrenceEntity = new EntitySchema<NeedOccurrence>({
  name: 'NeedOccurrence',
  tableName: 'periodic_need_occurrences',
  columns: {
    id: column.id(),
    needId: named('need_id', column.text(36)),
    scheduledOn: named('scheduled_on', column.text(10)),
    serviceOn: named('service_on', column.text(10)),
    caseId: named('case_id', column.text(36)),
    createdAt: named('created_at', column.time()),
  },
});
