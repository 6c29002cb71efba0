import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** The sums one case-day row keeps; every case KPI is a ratio of them (see /reports/definitions). */
export const CASE_SUMS = {
  opened: 'opened',
  closed: 'closed',
  canceled: 'canceled',
  closedWithDue: 'closed_with_due',
  closedOnTime: 'closed_on_time',
  fcrAsked: 'fcr_asked',
  fcrYes: 'fcr_yes',
  redone: 'redone',
  durationSec: 'duration_sec',
  urged: 'urged',
  supervised: 'supervised',
  satVerySatisfied: 'sat_very_satisfied',
  satSatisfied: 'sat_satisfied',
  satNeutral: 'sat_neutral',
  satUnsatisfied: 'sat_unsatisfied',
  satVeryUnsatisfied: 'sat_very_unsatisfied',
  replyAsked: 'reply_asked',
  replyInTime: 'reply_in_time',
  mailboxAsked: 'mailbox_asked',
  mailboxInTime: 'mailbox_in_time',
} as const;
export type CaseSums = Record<keyof typeof CASE_SUMS, number>;

/**
 * The rollups every case event is added to, so a report reads few rows whatever it filters on:
 * the day with every dimension (any filter), then the day with just the area, the type or the
 * channel, and the day alone. A grain leaves the dimensions it drops as ''. Each has a month twin
 * (day `YYYY-MM`), so a period reads a month from one row each, less or plus a few days (period-reads.ts).
 */
export const CASE_GRAINS = {
  dayTypeChannelArea: { type: true, channel: true, area: true, month: false },
  dayArea: { type: false, channel: false, area: true, month: false },
  dayType: { type: true, channel: false, area: false, month: false },
  dayChannel: { type: false, channel: true, area: false, month: false },
  day: { type: false, channel: false, area: false, month: false },
  monthTypeChannelArea: { type: true, channel: true, area: true, month: true },
  monthArea: { type: false, channel: false, area: true, month: true },
  monthType: { type: true, channel: false, area: false, month: true },
  monthChannel: { type: false, channel: true, area: false, month: true },
  month: { type: false, channel: false, area: false, month: true },
} as const;
export type CaseGrain = keyof typeof CASE_GRAINS;
export type CaseDayGrain = { [G in CaseGrain]: (typeof CASE_GRAINS)[G]['month'] extends false ? G : never }[CaseGrain];
/** The month twin of each day grain. */
export const MONTH_GRAIN_OF: Record<CaseDayGrain, Exclude<CaseGrain, CaseDayGrain>> = { dayTypeChannelArea: 'monthTypeChannelArea', dayArea: 'monthArea', dayType: 'monthType', dayChannel: 'monthChannel', day: 'month' };

/** Where a case event falls: its local day, service type, channel and area ('' none), and its agent. */
export interface CasePlace {
  day: string;
  serviceType: string;
  channel: string;
  areaPath: string;
  /** The username of who opened the case at the desk; '' when the engine did (an alarm, SMS, web, a 转办件). */
  agent: string;
}

/** The filters every case figure takes: local days (inclusive), area path prefix, service type, channel, agent (username). */
export interface CaseFilter {
  from: string;
  to: string;
  areaPath?: string;
  serviceType?: string;
  channel?: string;
  agent?: string;
}

export type CaseStat = CaseSums & Omit<CasePlace, 'agent'> & { grain: CaseGrain };

/** Sums are INT but for the seconds of durations, which a month overflows (migration 1768000001300). */
export const sumColumn = (name: string) => ({ name, type: name === 'duration_sec' ? ('bigint' as const) : ('int' as const), default: 0 });
/** Every sum's column. */
export const caseSumColumns = Object.fromEntries(Object.entries(CASE_SUMS).map(([k, name]) => [k, sumColumn(name)]));
/** The key columns of the case figures; the agents' tables reuse them. */
export const caseKeyColumns = { grain: { type: 'varchar', length: 24, primary: true }, day: { type: 'varchar', length: 10, primary: true }, serviceType: { ...named('service_type', column.text(64)), primary: true }, channel: { type: 'varchar', length: 16, primary: true }, areaPath: { ...named('area_path', column.text(200)), primary: true } } as const;

/** Pre-aggregated case figures per grain and local day: reports read these, never the cases table (but for the live backlog). */
export const CaseStatEntity = new EntitySchema<CaseStat>({
  name: 'CaseStat',
  tableName: 'case_stats',
  columns: { ...caseKeyColumns, ...caseSumColumns },
  indices: [{ name: 'ix_case_stats_area', columns: ['grain', 'areaPath', 'day'] }],
});

/** How many closed cases took a duration in one bucket (ceil(log(minutes) / log(1.1))): the p90 exact to 10 %. */
export type CaseDurationBucket = Omit<CasePlace, 'agent'> & { grain: CaseGrain; bucket: number; cases: number };

export const CaseDurationBucketEntity = new EntitySchema<CaseDurationBucket>({
  name: 'CaseDurationBucket',
  tableName: 'case_duration_buckets',
  columns: { ...caseKeyColumns, bucket: { type: 'int', primary: true }, cases: sumColumn('cases') },
});

/**
 * The same figures by agent, every dimension kept (one grain): a report filtered or grouped by agent
 * reads these. Counted from the release that made them; earlier cases are in case_stats only.
 */
export type CaseAgentStat = CaseSums & CasePlace;
export const agentColumn = { type: 'varchar', length: 64, primary: true } as const;
const agentKey = { day: caseKeyColumns.day, agent: agentColumn, serviceType: caseKeyColumns.serviceType, channel: caseKeyColumns.channel, areaPath: caseKeyColumns.areaPath } as const;

export const CaseAgentStatEntity = new EntitySchema<CaseAgentStat>({
  name: 'CaseAgentStat',
  tableName: 'case_agent_stats',
  columns: { ...agentKey, ...caseSumColumns },
  indices: [{ name: 'ix_case_agent_stats_agent', columns: ['agent', 'day'] }],
});

export const CaseAgentDurationBucketEntity = new EntitySchema<CasePlace & { bucket: number; cases: number }>({
  name: 'CaseAgentDurationBucket',
  tableName: 'case_agent_duration_buckets',
  columns: { ...agentKey, bucket: { type: 'int', primary: true }, cases: sumColumn('cases') },
});
