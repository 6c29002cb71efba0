import { DataSource } from 'typeorm';
import { asRow } from '../../../db/columns';
import { isUniqueViolation } from '../../../db/errors';
import { secondsBetween } from '../../../time';
import { Call } from '../entities';
import { PopRow } from '../inbound/entities';
import { MissedCallEntity, MissedCallRow } from './entities';

/**
 * Keeps an inbound call that ended unanswered, once (its call id is the key). `pop` is its screen
 * pop as the caller hung up: offered to an agent (it rang there) is `missed`; queued, or none, `abandoned`.
 */
export async function recordMissed(dataSource: DataSource, call: Call, pop: PopRow | null, endedAt: Date): Promise<void> {
  const elders = pop?.body.elders ?? [];
  const row: MissedCallRow = {
    callId: call.id,
    callerNumber: call.from,
    elderName: elders.length === 1 ? elders[0].name : null,
    at: call.startedAt,
    areaPath: call.areaPath,
    waitedSec: secondsBetween(call.startedAt, endedAt),
    kind: pop?.status === 'offered' || pop?.status === 'taken' ? 'missed' : 'abandoned',
    status: 'open',
    tries: 0,
    callbackCallId: null,
    outcome: null,
    note: null,
    clearedBy: null,
    clearedAt: null,
  };
  try {
    await dataSource.getRepository(MissedCallEntity).insert(asRow(row));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // an end handled twice keeps the first
  }
}
