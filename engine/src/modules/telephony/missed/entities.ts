import type { MissedCallKind, MissedCallOutcome, MissedCallStatus } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../../db/columns';

/** 未接来电: an inbound call that ended unanswered, kept until a callback outcome clears it. Keyed by the call. */
export interface MissedCallRow {
  callId: string;
  callerNumber: string | null;
  elderName: string | null;
  /** When the call rang. */
  at: Date;
  areaPath: string | null;
  waitedSec: number;
  kind: MissedCallKind;
  status: MissedCallStatus;
  /** Callback outcomes recorded (no_answer keeps it open for another try). */
  tries: number;
  callbackCallId: string | null;
  outcome: MissedCallOutcome | null;
  note: string | null;
  clearedBy: string | null;
  clearedAt: Date | null;
}

export const MissedCallEntity = new EntitySchema<MissedCallRow>({
  name: 'MissedCall',
  tableName: 'missed_calls',
  columns: {
    callId: named('call_id', column.id()),
    callerNumber: named('caller_number', column.text(32, true)),
    elderName: named('elder_name', column.text(64, true)),
    at: column.time(),
    areaPath: named('area_path', column.text(200, true)),
    waitedSec: { name: 'waited_sec', type: 'int' },
    kind: column.text(16),
    status: column.text(16),
    tries: { type: 'int', default: 0 },
    callbackCallId: named('callback_call_id', column.text(36, true)),
    outcome: column.text(16, true),
    note: column.text(500, true),
    clearedBy: named('cleared_by', column.text(64, true)),
    clearedAt: named('cleared_at', column.time(true)),
  },
  indices: [{ name: 'IDX_missed_calls_status', columns: ['status', 'at'] }],
});
