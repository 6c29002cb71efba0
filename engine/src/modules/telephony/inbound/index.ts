import { RouteSpec } from '../../../http/route';
import { agentRoutes } from '../agents/routes';
import { AgentService } from '../agents/service';
import { InboundDeps } from './context';
import { Distributor } from './distribution';
import { inboundRoutes, inboundSimulatorRoutes, switchSecrets } from './routes';
import { InboundService } from './service';

/** Inbound calls and alarms, screen pops and agent states: the services and routes the telephony module adds. */
export function startInbound(deps: Omit<InboundDeps, 'agents' | 'distributor'> & { switchSecrets?: string; wrapUpSeconds?: number }): { inbound: InboundService; agents: AgentService; routes: RouteSpec[] } {
  const agents = new AgentService(deps.dataSource, deps.live, deps.wrapUpSeconds);
  const distributor = new Distributor(deps.dataSource, deps.live, deps.areas);
  agents.listener = distributor;
  const inbound = new InboundService({ ...deps, agents, distributor });
  return { inbound, agents, routes: [...inboundRoutes(inbound, switchSecrets(deps.switchSecrets)), ...inboundSimulatorRoutes(inbound), ...agentRoutes(agents)] };
}
