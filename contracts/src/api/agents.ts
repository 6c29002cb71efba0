import { z } from 'zod';

/** 坐席状态: what an operator is doing at the desk. */
export const AGENT_STATES = ['signed_out', 'idle', 'busy', 'after_call', 'break'] as const;
export const agentStateName = z.enum(AGENT_STATES);
export type AgentStateName = z.infer<typeof agentStateName>;

export const agentStateView = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  state: agentStateName,
  /** Since when (ISO 8601): the desk counts the time in the state from it. */
  since: z.string(),
  /** In 话后处理: when the wrap-up ends and the agent is idle again (ISO 8601); null in any other state. */
  wrapUpUntil: z.string().nullable(),
});
export type AgentStateView = z.infer<typeof agentStateView>;

export const agentAnswer = z.object({ agent: agentStateView });
export const agentListAnswer = z.object({ agents: z.array(agentStateView) });
/** PUT /api/telephony/agents/me/state. */
export const setAgentStateBody = z.strictObject({ state: agentStateName });
