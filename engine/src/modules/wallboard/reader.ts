import { AGENT_STATES, type AgentStateView, type CallKpis, type WallboardAnswer } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { AreaScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import { localDay } from '../calendar/working-days';
import { PublicUser } from '../identity/entities';
import { casesDue } from './due';
import { WallboardQueues } from './queues';

/** What the wallboard reads from other modules: agent states, today's call figures, missed calls. */
export interface WallboardSources {
  agents: { list(): Promise<AgentStateView[]> };
  stats: { callKpis(filter: { from: string; to: string }, scope: AreaScope): Promise<CallKpis> };
  /** 未接来电 awaiting a callback; without it the tile shows none. */
  missedCalls?: { summary(scope: AreaScope): Promise<WallboardAnswer['missedCalls']> };
}

export interface WallboardSettings {
  nearDueMinutes: number;
  timeZone: string;
}

/** 值班大屏: one snapshot of agents, queues, alarms, cases due and today's KPIs, within the user's area scope. */
export class WallboardReader {
  private readonly queues: WallboardQueues;

  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly sources: WallboardSources,
    private readonly settings: WallboardSettings,
  ) {
    this.queues = new WallboardQueues(dataSource);
  }

  async snapshot(user: PublicUser, now = new Date()): Promise<WallboardAnswer> {
    const scope = await this.areas.scopeOf(user);
    const day = localDay(now, this.settings.timeZone).date;
    const [agents, calls, alarms, cases, missedCalls, today] = await Promise.all([
      this.sources.agents.list(),
      this.queues.calls(scope),
      this.queues.alarms(scope),
      casesDue(this.dataSource, scope, now, this.settings.nearDueMinutes),
      this.sources.missedCalls?.summary(scope) ?? { waiting: 0, oldestAt: null },
      this.sources.stats.callKpis({ from: day, to: day }, scope),
    ]);
    const agentCounts = Object.fromEntries(AGENT_STATES.map((state) => [state, agents.filter((a) => a.state === state).length])) as WallboardAnswer['agentCounts'];
    return { at: now, agents, agentCounts, calls, alarms, cases, missedCalls, today };
  }
}
