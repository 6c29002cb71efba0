import { EntityManager } from 'typeorm';
import { secondsBetween } from '../../time';
import type { Case } from '../cases/entities';
import { addUp } from './add-up';
import { caseAgentGrainRows } from './case-agent-grains';
import { CASE_GRAINS, CASE_SUMS, type CaseGrain, type CasePlace, type CaseSums } from './case-entities';

export const CASE_SUM_KEYS = Object.keys(CASE_SUMS) as (keyof CaseSums)[];
/** The sums' column names, in CASE_SUM_KEYS order. */
export const CASE_SUM_COLUMNS = CASE_SUM_KEYS.map((k) => CASE_SUMS[k]);
export const NO_CASE_SUMS = Object.fromEntries(CASE_SUM_KEYS.map((k) => [k, 0])) as CaseSums;

/** The satisfaction levels (contracts SATISFACTION) as the sums name them. */
export const SAT_SUMS = {
  very_satisfied: 'satVerySatisfied',
  satisfied: 'satSatisfied',
  neutral: 'satNeutral',
  unsatisfied: 'satUnsatisfied',
  very_unsatisfied: 'satVeryUnsatisfied',
} as const satisfies Record<string, keyof CaseSums>;

/** Growth per duration bucket: a bucket's upper bound is 10 % above its lower one. */
export const BUCKET_GROWTH = 1.1;

/** The bucket of a duration: ceil(log(minutes) / log(1.1)); a minute or less is bucket 0. */
export function bucketOf(sec: number): number {
  const minutes = sec / 60;
  return minutes <= 1 ? 0 : Math.ceil(Math.log(minutes) / Math.log(BUCKET_GROWTH));
}

/** The channel of cases opened by a call. */
const FIRST_CONTACT_CHANNEL = 'phone';

/**
 * The answer times GB/T 33358-2016 sets per channel: SMS and web within 3 minutes (短信、网络, the
 * reply rate), a mailbox letter within 24 hours (信箱, the mailbox rate); which sums count them.
 */
const ANSWER_TIMES = {
  sms: { asked: 'replyAsked', inTime: 'replyInTime', withinSec: 180 },
  web: { asked: 'replyAsked', inTime: 'replyInTime', withinSec: 180 },
  mailbox: { asked: 'mailboxAsked', inTime: 'mailboxInTime', withinSec: 24 * 3600 },
} as const satisfies Record<string, { asked: keyof CaseSums; inTime: keyof CaseSums; withinSec: number }>;
/** The channels whose cases count their first answer: the tally reads their first completed task. */
export const REPLY_CHANNELS: readonly string[] = Object.keys(ANSWER_TIMES);

/**
 * What a closed case adds (on its closing day): the on-time, FCR, redo, duration and satisfaction
 * sums, and for an SMS, web or mailbox request whether its first step was done within its channel's
 * answer time (`firstReplyAt`: its first completed task, null if none).
 */
export function closedSums(row: Pick<Case, 'channel' | 'openedAt' | 'closedAt' | 'dueAt' | 'firstContactResolved' | 'satisfaction'>, redone: boolean, firstReplyAt: Date | null = null): CaseSums {
  const closedAt = row.closedAt ?? new Date();
  const sums: CaseSums = { ...NO_CASE_SUMS, closed: 1, durationSec: durationSec(row) };
  if (row.dueAt) {
    sums.closedWithDue = 1;
    sums.closedOnTime = closedAt.getTime() <= row.dueAt.getTime() ? 1 : 0;
  }
  // 一次办结率 as the glossary states it: of the cases opened by call, those resolved on that call
  // (the process says so in firstContactResolved; a process that never says so did not resolve it).
  if (row.channel === FIRST_CONTACT_CHANNEL) {
    sums.fcrAsked = 1;
    sums.fcrYes = row.firstContactResolved === true ? 1 : 0;
  }
  sums.redone = redone ? 1 : 0;
  const answer = ANSWER_TIMES[row.channel as keyof typeof ANSWER_TIMES];
  if (answer) {
    sums[answer.asked] = 1;
    sums[answer.inTime] = firstReplyAt && firstReplyAt.getTime() - row.openedAt.getTime() <= answer.withinSec * 1000 ? 1 : 0;
  }
  const level = SAT_SUMS[row.satisfaction as keyof typeof SAT_SUMS];
  if (level) sums[level] = 1;
  return sums;
}

export const durationSec = (row: Pick<Case, 'openedAt' | 'closedAt'>) => secondsBetween(row.openedAt, row.closedAt ?? row.openedAt);

/** The row of each grain a case event at this place adds to. */
export function caseGrainRows(place: CasePlace): (Omit<CasePlace, 'agent'> & { grain: CaseGrain })[] {
  return (Object.entries(CASE_GRAINS) as [CaseGrain, (typeof CASE_GRAINS)[CaseGrain]][]).map(([grain, g]) => ({
    grain,
    day: g.month ? place.day.slice(0, 7) : place.day,
    serviceType: g.type ? place.serviceType : '',
    channel: g.channel ? place.channel : '',
    areaPath: g.area ? place.areaPath : '',
  }));
}

/** The key columns of case_stats, case_agent_stats and case_agent_grains (and of their duration buckets, before `bucket`). */
export const CASE_STAT_KEYS = ['grain', 'day', 'service_type', 'channel', 'area_path'];
export const CASE_AGENT_KEYS = ['day', 'agent', 'service_type', 'channel', 'area_path'];
export const CASE_AGENT_GRAIN_KEYS = ['grain', 'day', 'agent', 'service_type', 'channel'];

/** Adds to every grain's row and to the agent's (every dimension, and each agent grain), and to the duration buckets when given (a closed case). */
export async function addCase(m: EntityManager, place: CasePlace, sums: CaseSums, bucket?: number): Promise<void> {
  const rows = caseGrainRows(place);
  const keyOf = (r: (typeof rows)[number]) => [r.grain, r.day, r.serviceType, r.channel, r.areaPath];
  const values = CASE_SUM_KEYS.map((k) => sums[k]);
  const agentRow = [place.day, place.agent, place.serviceType, place.channel, place.areaPath];
  await addUp(m, 'case_stats', CASE_STAT_KEYS, CASE_SUM_COLUMNS, rows.map((r) => [...keyOf(r), ...values]));
  await addUp(m, 'case_agent_stats', CASE_AGENT_KEYS, CASE_SUM_COLUMNS, [[...agentRow, ...values]]);
  const agentRows = caseAgentGrainRows(place).map((r) => [r.grain, r.day, r.agent, r.serviceType, r.channel]);
  await addUp(m, 'case_agent_grains', CASE_AGENT_GRAIN_KEYS, CASE_SUM_COLUMNS, agentRows.map((r) => [...r, ...values]));
  if (bucket === undefined) return;
  await addUp(m, 'case_duration_buckets', [...CASE_STAT_KEYS, 'bucket'], ['cases'], rows.map((r) => [...keyOf(r), bucket, 1]));
  await addUp(m, 'case_agent_duration_buckets', [...CASE_AGENT_KEYS, 'bucket'], ['cases'], [[...agentRow, bucket, 1]]);
  await addUp(m, 'case_agent_grain_buckets', [...CASE_AGENT_GRAIN_KEYS, 'bucket'], ['cases'], agentRows.map((r) => [...r, bucket, 1]));
}
