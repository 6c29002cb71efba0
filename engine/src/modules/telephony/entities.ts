import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

import type { CallMode, CallOutcome, CallStatus } from '@careflow/contracts';

export { CALL_ADAPTERS, CALL_MODES, CALL_OUTCOMES, CALL_STATUSES } from '@careflow/contracts';
export type { CallMode, CallOutcome, CallStatus } from '@careflow/contracts';

/** One telephone call the hotline placed (issue 8 adds inbound ones to the same table). */
export interface Call {
  id: string;
  /** Idempotency key from the connector job: the same key is the same call. */
  key: string;
  caseId: string | null;
  /** The case's area path, so area scope applies to its calls. */
  areaPath: string | null;
  direction: 'outbound' | 'inbound';
  /** `inbound` for a call that rang the hotline. */
  mode: CallMode | 'inbound';
  /** The agent's username on a click-to-call; the caller's number on an inbound call. */
  from: string | null;
  to: string;
  toName: string | null;
  /** Text read out (TTS) on a robot call. */
  message: string | null;
  confirmDigit: string | null;
  status: CallStatus;
  outcome: CallOutcome | null;
  digits: string | null;
  hangupCause: string | null;
  adapter: string;
  startedAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  durationSec: number | null;
  recordingUrl: string | null;
  createdBy: string;
  /** Username of the agent who answered an inbound call. */
  agent?: string | null;
}

export const CallEntity = new EntitySchema<Call>({
  name: 'Call',
  tableName: 'calls',
  columns: {
    id: column.id(),
    key: column.text(191),
    caseId: named('case_id', column.text(36, true)),
    areaPath: named('area_path', column.text(200, true)),
    direction: column.text(16),
    mode: column.text(16),
    from: named('from_user', column.text(64, true)),
    to: named('to_number', column.text(32)),
    toName: named('to_name', column.text(64, true)),
    message: column.text(500, true),
    confirmDigit: named('confirm_digit', column.text(1, true)),
    status: column.text(16),
    outcome: column.text(16, true),
    digits: column.text(32, true),
    hangupCause: named('hangup_cause', column.text(64, true)),
    adapter: column.text(16),
    startedAt: named('started_at', column.time()),
    answeredAt: named('answered_at', column.time(true)),
    endedAt: named('ended_at', column.time(true)),
    durationSec: { name: 'duration_sec', type: 'int', nullable: true },
    recordingUrl: named('recording_url', column.text(500, true)),
    createdBy: named('created_by', column.text(36)),
    agent: column.text(64, true),
  },
  indices: [
    { name: 'ux_calls_key', columns: ['key'], unique: true },
    { name: 'IDX_calls_case', columns: ['caseId'] },
    { name: 'IDX_calls_status', columns: ['status'] },
    { name: 'IDX_calls_started', columns: ['startedAt'] },
  ],
});
