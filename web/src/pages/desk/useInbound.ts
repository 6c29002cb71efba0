import { useCallback, useEffect, useRef, useState } from 'react';
import type { Call } from '../../api/calls';
import { subscribeLive } from '../../api/liveEvents';
import { currentPop, finishPop, inboundEvent, myAgentState, openPops, setMyAgentState, takePop, type AgentState, type AgentStateName, type ScreenPop } from '../../api/telephony-inbound';
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
  /** The call record of the pop I am on, as the engine last told (null for an alarm or none). */
  call: Call | null;
  show: (pop: ScreenPop | null) => void;
  take: (pop: ScreenPop) => Promise<ScreenPop>;
  /** 处理完毕 on the pop I am on: 话后处理 follows. */
  finish: (pop: ScreenPop) => Promise<void>;
}

/** Newest pop first, the latest version of each. */
const upsert = (pops: ScreenPop[], pop: ScreenPop) => [pop, ...pops.filter((p) => p.id !== pop.id)].sort((a, b) => b.at.localeCompare(a.at));

/**
 * The desk's inbound side: my agent state, the pops offered to me, the call I am on, live, with a
 * ring. All of it is read from the engine again whenever the live socket (re)opens, so a reload or
 * a dropped connection mid-call brings back the pop card, the call bar and the state.
 */
export function useInbound(onNewPop?: (pop: ScreenPop) => void): Inbound {
  const { user } = useAuth();
  const [agent, setAgent] = useState<AgentState | null>();
  const [pops, setPops] = useState<ScreenPop[]>([]);
  const [current, setCurrent] = useState<ScreenPop | null>(null);
  const [call, setCall] = useState<Call | null>(null);
  const listener = useRef(onNewPop);
  listener.current = onNewPop;

  const restore = useCallback(() => {
    // Without the inbound routes (or for a role that has no agent state) the switcher is disabled.
    myAgentState().then(setAgent, () => setAgent(null));
    openPops().then((found) => setPops(found.filter((p) => !p.takenBy)), () => setPops([]));
    currentPop().then(
      (on) => {
        // Only what I am on replaces the card: a pop I merely looked at stays when I am on none.
        if (on.pop) setCurrent(on.pop);
        setCall(on.call);
      },
      () => undefined,
    );
  }, []);

  useEffect(restore, [restore]);
  useEffect(
    () =>
      subscribeLive(
        (raw) => {
          const event = inboundEvent(raw);
          if (!event) return;
          if (event.type === 'agent.updated') {
            if (String(event.agent.userId) === String(user?.id) || event.agent.username === user?.username) setAgent(event.agent);
          } else if (event.type === 'call.updated') {
            setCall((mine) => (mine?.id === event.call.id ? event.call : mine));
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
        },
        undefined,
        // The first open and every reconnect: events pushed meanwhile were missed.
        (connected) => connected && restore(),
      ),
    [user, restore],
  );

  const setState = useCallback(async (state: AgentStateName) => setAgent(await setMyAgentState(state)), []);
  const take = useCallback(async (pop: ScreenPop) => {
    const taken = await takePop(pop.id);
    setPops((list) => list.filter((p) => p.id !== pop.id));
    setCurrent(taken);
    setCall(null);
    // The engine answered its call and made me busy: read both as they are now.
    currentPop().then((on) => setCall(on.call), () => undefined);
    setAgent((now) => (now ? { ...now, state: 'busy', since: new Date().toISOString(), wrapUpUntil: null } : now));
    return taken;
  }, []);
  const finish = useCallback(async (pop: ScreenPop) => setAgent(await finishPop(pop.id)), []);

  return { agent, setState, waiting: pops, current, call, show: setCurrent, take, finish };
}
