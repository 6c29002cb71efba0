import { EntitySchema } from 'typeorm';
import { column, named } from '../../../db/columns';
import type { ScreenPop } from '@careflow/contracts';

/** What the engine answered an event: a repeat of the event gets it again. */
export interface EventAnswer {
  caseId?: string;
  callId?: string;
  attachedTo?: string;
}

/**
 * One event a switch sent: its (switch, id) is taken once, so a replay changes nothing. Until
 * `handledAt` is set it is being handled; if the engine died meanwhile, a repeat handles it again.
 */
export interface TelephonyEventRow {
  /** `<switchId>:<eventId>` */
  id: string;
  switchId: string;
  eventId: string;
  type: string;
  receivedAt: Date;
  handledAt: Date | null;
  result: EventAnswer | null;
}

export const TelephonyEventEntity = new EntitySchema<TelephonyEventRow>({
  name: 'TelephonyEvent',
  tableName: 'telephony_events',
  columns: {
    id: { type: 'varchar', length: 140, primary: true },
    switchId: named('switch_id', column.text(64)),
    eventId: named('event_id', column.text(64)),
    type: column.text(32),
    receivedAt: named('received_at', column.time()),
    handledAt: named('handled_at', column.time(true)),
    result: column.json(true),
  },
});

/** offered: to an idle agent; queued: waiting for one (seen by every operator); taken: an agent has it; missed: the caller hung up first. */
export type PopStatus = 'offered' | 'queued' | 'taken' | 'missed';

/** A screen pop as stored: the searchable fields as columns, the rest (elders, terminal…) in body. */
export interface PopRow {
  id: string;
  kind: ScreenPop['kind'];
  at: Date;
  status: PopStatus;
  callId: string | null;
  caseId: string | null;
  caseNumber: string | null;
  attached: boolean;
  callerNumber: string | null;
  /** The alarm's terminal, for the duplicate check. */
  deviceId: string | null;
  /** The one identified elder, for the duplicate check. */
  elderId: string | null;
  body: Pick<ScreenPop, 'caller' | 'terminal' | 'location' | 'elders'>;
  offeredTo: string | null;
  /** A transfer offers the pop to members of this group only. */
  groupKey: string | null;
  takenBy: ScreenPop['takenBy'];
  areaPath: string | null;
  /** Why no case opened for an alarm (the pop stays, so the alarm is not lost). */
  error: string | null;
}

export const PopEntity = new EntitySchema<PopRow>({
  name: 'ScreenPop',
  tableName: 'screen_pops',
  columns: {
    id: column.id(),
    kind: column.text(8),
    at: column.time(),
    status: column.text(16),
    callId: named('call_id', column.text(36, true)),
    caseId: named('case_id', column.text(36, true)),
    caseNumber: named('case_number', column.text(32, true)),
    attached: { type: 'boolean', default: false },
    callerNumber: named('caller_number', column.text(32, true)),
    deviceId: named('device_id', column.text(64, true)),
    elderId: named('elder_id', column.text(36, true)),
    body: { type: 'simple-json' },
    offeredTo: named('offered_to', column.text(36, true)),
    groupKey: named('group_key', column.text(64, true)),
    takenBy: named('taken_by', { type: 'simple-json', nullable: true }),
    areaPath: named('area_path', column.text(200, true)),
    error: column.text(500, true),
  },
  indices: [
    { name: 'IDX_screen_pops_status', columns: ['status', 'at'] },
    { name: 'IDX_screen_pops_device', columns: ['deviceId'] },
    { name: 'IDX_screen_pops_elder', columns: ['elderId'] },
  ],
});
