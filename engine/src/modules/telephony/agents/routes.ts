import { currentUser, route, RouteSpec } from '../../../http/route';
import { agentAnswer, agentListAnswer, setAgentStateBody } from '@careflow/contracts';
import { OPERATORS } from '../operators';
import { AgentService } from './service';

/** 坐席状态: my state, and everyone's for supervisors. */
export function agentRoutes(agents: AgentService): RouteSpec[] {
  return [
    route({ method: 'get', path: '/telephony/agents/me', summary: 'My agent state', access: OPERATORS, response: agentAnswer, handler: async (ctx) => ({ agent: await agents.me(currentUser(ctx)) }) }),
    route({
      method: 'put',
      path: '/telephony/agents/me/state',
      summary: 'Set my agent state (idle brings the oldest waiting alarm or call)',
      access: OPERATORS,
      body: setAgentStateBody,
      response: agentAnswer,
      handler: async (ctx, body) => ({ agent: await agents.set(currentUser(ctx), body.state) }),
      audit: { action: 'agent.state', entity: 'user', id: ({ ctx }) => currentUser(ctx).id, summary: ({ body }) => ({ state: body.state }) },
    }),
    route({ method: 'get', path: '/telephony/agents', summary: 'Every agent’s state', access: ['supervisor', 'admin'], response: agentListAnswer, handler: async () => ({ agents: await agents.list() }) }),
  ];
}
