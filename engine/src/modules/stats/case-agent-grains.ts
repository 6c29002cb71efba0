import { EntitySchema } from 'typeorm';
import { agentColumn, caseKeyColumns, caseSumColumns, sumColumn, type CasePlace, type CaseSums } from './case-entities';

/**
 * The figures by agent without the area, by day and by month: a report by agent reads one row per
 * agent (and type and channel) for each whole month instead of every day's areas. A reader limited
 * to an area, or filtering on one, reads case_agent_stats, which keeps every dimension by day.
 */
export const CASE_AGENT_GRAINS = {
  dayAgent: { typeChannel: false, month: false },
  dayAgentTypeChannel: { typeChannel: true, month: false },
  monthAgent: { typeChannel: false, month: true },
  monthAgentTypeChannel: { typeChannel: true, month: true },
} as const;
export type CaseAgentGrain = keyof typeof CASE_AGENT_GRAINS;
export type CaseAgentDayGrain = 'dayAgent' | 'dayAgentTypeChannel';
export const AGENT_MONTH_GRAIN_OF: Record<CaseAgentDayGrain, CaseAgentGrain> = { dayAgent: 'monthAgent', dayAgentTypeChannel: 'monthAgentTypeChannel' };

export type CaseAgentGrainStat = CaseSums & Omit<CasePlace, 'areaPath'> & { grain: CaseAgentGrain };

/** The row of each agent grain a case event at this place adds to. */
export function caseAgentGrainRows(place: CasePlace): Omit<CaseAgentGrainStat, keyof CaseSums>[] {
  return (Object.entries(CASE_AGENT_GRAINS) as [CaseAgentGrain, (typeof CASE_AGENT_GRAINS)[CaseAgentGrain]][]).map(([grain, g]) => ({
    grain,
    day: g.month ? place.day.slice(0, 7) : place.day,
    agent: place.agent,
    serviceType: g.typeChannel ? place.serviceType : '',
    channel: g.typeChannel ? place.channel : '',
  }));
}

const grainKey = { grain: caseKeyColumns.grain, day: caseKeyColumns.day, agent: agentColumn, serviceType: caseKeyColumns.serviceType, channel: caseKeyColumns.channel } as const;

export const CaseAgentGrainStatEntity = new EntitySchema<CaseAgentGrainStat>({
  name: 'CaseAgentGrainStat',
  tableName: 'case_agent_grains',
  columns: { ...grainKey, ...caseSumColumns },
});

export const CaseAgentGrainBucketEntity = new EntitySchema<Omit<CaseAgentGrainStat, keyof CaseSums> & { bucket: number; cases: number }>({
  name: 'CaseAgentGrainBucket',
  tableName: 'case_agent_grain_buckets',
  columns: { ...grainKey, bucket: { type: 'int', primary: true }, cases: sumColumn('cases') },
});
