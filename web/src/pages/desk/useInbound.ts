import { useCallback, useEffect, useRef, useState } from 'react';
import { subscribeLive } from '../../api/liveEvents';
import { inboundEvent, myAgentState, openPops, setMyAgentState, takePop, type AgentState, type AgentStateName, type ScreenPop } from '../../api/telephony-inbound';
import { useAuth } from '../../auth/useAuth';
import { ring } from './ring';

export interface Inbound {
  /** null when the engine has no agent states (older engine or not an operator). */
  agent: AgentState | null | undefined;
  setState: (state: AgentStateName) => Promise<void>;
  /** Pops nobody has taken yet, newest first: alarms are the red banner, calls the toast. */
  waiting: ScreenPop[];
  /** The pop on screen: the one I took, or one I opened to look at. */
  current: ScreenPop | null;
  show: (pop: ScreenPop | null) => void;
  take: (pop: ScreenPop) => Promise<ScreenPop>;
}

/** Newest pop first, the latest version of each. */
const upsert = (pops: ScreenPop[], pop: ScreenPop) => [pop, ...pops.filter((p) => p.id !== pop.id)].sort((a, b) => b.at.localeCompare(a.at));

/** The desk's inbound side: my agent state, the pops offered to me, live, with a ring. */
export function useInbound(onNewPop?: (pop: ScreenPop) => void): Inbound {
  const { user } = useAuth();
  const [agent, setAgent] = useState<AgentState | null>();
  const [pops, setPops] = useState<ScreenPop[]>([]);
  const [current, setCurrent] = useState<ScreenPop | null>(null);
  const listener = useRef(onNewPop);
  listener.current = onNewPop;

  useEffect(() => {
    // Without the inbound routes (or for a role that has no agent state) the switcher is disabled.
    myAgentState().then(setAgent, () => setAgent(null));
    openPops().then((found) => setPops(found.filter((p) => !p.takenBy)), () => setPops([]));
  }, []);

  useEffect(
    () =>
      subscribeLive((raw) => {
        const event = inboundEvent(raw);
        if (!event) return;
        if (event.type === 'agent.updated') {
          if (String(event.agent.userId) === String(user?.id) || event.agent.username === user?.username) setAgent(event.agent);
        } else if (event.type === 'screen.pop') {
          if (!event.pop.takenBy) {
            setPops((list) => upsert(list, event.pop));
            ring(event.pop.kind === 'alarm');
            listener.current?.(event.pop);
          }
        } else {
          setPops((list) => list.filter((p) => p.id !== event.popId));
          setCurrent((shown) => (shown?.id === event.popId ? { ...shown, takenBy: event.takenBy } : shown));
        }
      }),
    [user],
  );

  const setState = useCallback(async (state: AgentStateName) => setAgent(await setMyAgentState(state)), []);
  const take = useCallback(async (pop: ScreenPop) => {
    const taken = await takePop(pop.id);
    setPops((list) => list.filter((p) => p.id !== pop.id));
    setCurrent(taken);
    setAgent((now) => (now ? { ...now, state: 'busy', since: new Date().toISOString() } : now));
    return taken;
  }, []);

  return { agent, setState, waiting: pops, current, show: setCurrent, take };
}
