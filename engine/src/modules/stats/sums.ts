import { EntityManager } from 'typeorm';
import { secondsBetween } from '../../time';
import type { Call } from '../telephony/entities';
import { addUp } from './add-up';
import { CALL_GRAINS, type CallGrain, type CallStat, type CallStatKind, type CallSums } from './entities';

/** Seconds answered within for the service-level KPI (GB/T 33358-2016: 15 s). */
export const ANSWER_TARGET_SEC = 15;

export const NO_SUMS: CallSums = { offered: 0, answered: 0, answered15s: 0, abandoned: 0, missed: 0, abandonWaitSec: 0, answerWaitSec: 0, talkSec: 0, wrapUps: 0, wrapSec: 0 };
const SUM_KEYS = Object.keys(NO_SUMS) as (keyof CallSums)[];
const SUM_COLUMNS: Record<keyof CallSums, string> = {
  offered: 'offered',
  answered: 'answered',
  answered15s: 'answered_15s',
  abandoned: 'abandoned',
  missed: 'missed',
  abandonWaitSec: 'abandon_wait_sec',
  answerWaitSec: 'answer_wait_sec',
  talkSec: 'talk_sec',
  wrapUps: 'wrap_ups',
  wrapSec: 'wrap_sec',
};


/**
 * What one ended call adds. Inbound: answered, or else missed when it rang at an agent
 * (`rangAtAgent`) and abandoned when the caller hung up in the queue. Outbound: placed and connected.
 */
export function callSums(call: Pick<Call, 'mode' | 'startedAt' | 'answeredAt' | 'endedAt' | 'durationSec' | 'outcome'>, rangAtAgent: boolean): CallSums {
  const ended = call.endedAt ?? call.startedAt;
  const talkSec = call.answeredAt ? (call.durationSec ?? secondsBetween(call.answeredAt, ended)) : 0;
  if (call.mode !== 'inbound') {
    const connected = call.answeredAt !== null || call.outcome === 'answered' || call.outcome === 'confirmed';
    return { ...NO_SUMS, offered: 1, answered: connected ? 1 : 0, talkSec };
  }
  if (call.answeredAt) {
    const wait = secondsBetween(call.startedAt, call.answeredAt);
    return { ...NO_SUMS, offered: 1, answered: 1, answered15s: wait <= ANSWER_TARGET_SEC ? 1 : 0, answerWaitSec: wait, talkSec };
  }
  return { ...NO_SUMS, offered: 1, [rangAtAgent ? 'missed' : 'abandoned']: 1, abandonWaitSec: secondsBetween(call.startedAt, ended) };
}

export function addSums(a: CallSums, b: CallSums): CallSums {
  const total = { ...a };
  for (const key of SUM_KEYS) total[key] += b[key];
  return total;
}

/** Where one call (or wrap-up) falls: its local hour, kind, area ('' none) and agent ('' none). */
export interface CallPlace {
  hour: string;
  kind: CallStatKind;
  areaPath: string;
  agent: string;
}

/** The row of each grain a call at this place adds to. */
export function grainRows(place: CallPlace): Pick<CallStat, 'grain' | 'period' | 'kind' | 'areaPath' | 'agent'>[] {
  return (Object.entries(CALL_GRAINS) as [CallGrain, (typeof CALL_GRAINS)[CallGrain]][]).map(([grain, g]) => ({
    grain,
    period: g.period === 'hour' ? place.hour : place.hour.slice(0, 10),
    kind: place.kind,
    areaPath: g.area ? place.areaPath : '',
    agent: g.agent ? place.agent : '',
  }));
}

/** Adds to every grain's row, creating the rows that are new. */
export async function addCall(m: EntityManager, place: CallPlace, sums: CallSums): Promise<void> {
  const rows = grainRows(place).map((r) => [r.grain, r.period, r.kind, r.areaPath, r.agent, ...SUM_KEYS.map((k) => sums[k])]);
  await addUp(m, 'call_stats', ['grain', 'period', 'kind', 'area_path', 'agent'], SUM_KEYS.map((k) => SUM_COLUMNS[k]), rows);
}

/** The sums' columns in the table, in SUM_KEYS order (the bench writes rows with them). */
export const SUM_COLUMN_NAMES = SUM_KEYS.map((k) => SUM_COLUMNS[k]);
export { SUM_KEYS };

export const statKind = (mode: Call['mode']): CallStatKind => (mode === 'inbound' ? 'inbound' : mode);
