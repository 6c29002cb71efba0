import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** What a call-hour row counts: inbound calls, agents' click-to-calls, robot calls. */
export type CallStatKind = 'inbound' | 'click_to_call' | 'robot';

/** The sums one call-hour row keeps; every KPI is a ratio of them (see /reports/definitions). */
export interface CallSums {
  offered: number;
  answered: number;
  answered15s: number;
  abandoned: number;
  missed: number;
  /** Seconds the abandoned and missed callers waited before hanging up. */
  abandonWaitSec: number;
  /** Seconds the answered callers waited. */
  answerWaitSec: number;
  talkSec: number;
  wrapUps: number;
  wrapSec: number;
}

/**
 * The rollups every call is added to, so a report reads few rows whatever it filters on: the hour
 * with area and agent (any filter), the hour with area, the hour alone, the day with area, the day
 * with agent, the day alone. A grain leaves the dimensions it drops as ''.
 */
export const CALL_GRAINS = {
  hourAreaAgent: { period: 'hour', area: true, agent: true },
  hourArea: { period: 'hour', area: true, agent: false },
  hour: { period: 'hour', area: false, agent: false },
  dayArea: { period: 'day', area: true, agent: false },
  dayAgent: { period: 'day', area: false, agent: true },
  day: { period: 'day', area: false, agent: false },
} as const;
export type CallGrain = keyof typeof CALL_GRAINS;

/**
 * Pre-aggregated call figures per grain, local period (the bureau's time zone), kind, area and
 * agent: reports read these, never the calls table. '' stands for no area or no agent (or a
 * dimension the grain drops): key columns cannot be null.
 */
export interface CallStat extends CallSums {
  grain: CallGrain;
  /** `YYYY-MM-DD HH` for an hour grain, `YYYY-MM-DD` for a day grain; local. */
  period: string;
  kind: CallStatKind;
  areaPath: string;
  agent: string;
}

const sum = (name: string) => ({ name, type: 'int' as const, default: 0 });

export const CallStatEntity = new EntitySchema<CallStat>({
  name: 'CallStat',
  tableName: 'call_stats',
  columns: {
    grain: { type: 'varchar', length: 16, primary: true },
    period: { type: 'varchar', length: 13, primary: true },
    kind: { type: 'varchar', length: 16, primary: true },
    areaPath: { ...named('area_path', column.text(200)), primary: true },
    agent: { type: 'varchar', length: 64, primary: true },
    offered: sum('offered'),
    answered: sum('answered'),
    answered15s: sum('answered_15s'),
    abandoned: sum('abandoned'),
    missed: sum('missed'),
    abandonWaitSec: sum('abandon_wait_sec'),
    answerWaitSec: sum('answer_wait_sec'),
    talkSec: sum('talk_sec'),
    wrapUps: sum('wrap_ups'),
    wrapSec: sum('wrap_sec'),
  },
  indices: [{ name: 'ix_call_stats_area', columns: ['grain', 'areaPath', 'period'] }],
});

/** A call already added to the figures: its row is the exactly-once guard. */
export interface CountedCall {
  callId: string;
  countedAt: Date;
}

export const CountedCallEntity = new EntitySchema<CountedCall>({
  name: 'CountedCall',
  tableName: 'counted_calls',
  columns: { callId: { ...column.id(), name: 'call_id' }, countedAt: named('counted_at', column.time()) },
});
