import { EntitySchema } from 'typeorm';
import { column, named } from '../../../db/columns';

/** 坐席状态: what an operator is doing at the desk. */
import type { AgentStateName } from '@careflow/contracts';

export { AGENT_STATES } from '@careflow/contracts';
export type { AgentStateName } from '@careflow/contracts';

export interface AgentStateRow {
  userId: string;
  state: AgentStateName;
  /** Since when the agent is in this state: the longest idle is offered first. */
  since: Date;
  /** The pop offered to this (idle) agent and not taken yet: one offer at a time. */
  offerId: string | null;
  /** The pop (call or alarm) the agent is on or wrapping up; cleared when they turn idle, break or sign out. */
  popId?: string | null;
}

export const AgentStateEntity = new EntitySchema<AgentStateRow>({
  name: 'AgentState',
  tableName: 'agent_states',
  columns: {
    userId: { ...column.id(), name: 'user_id' },
    state: column.text(16),
    since: column.time(),
    offerId: named('offer_id', column.text(36, true)),
    popId: named('pop_id', column.text(36, true)),
  },
  indices: [{ name: 'IDX_agent_states_state', columns: ['state', 'since'] }],
});
