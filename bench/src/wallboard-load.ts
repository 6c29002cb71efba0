/**
 * The load of the wallboard bench, in its own process so that the engine's CPU time is its own:
 * agents changing state at random (each every `agentEverySec` on average), then the same with
 * `screens` wallboards beside them, each listening on WS /api/events and fetching GET /api/wallboard
 * as the page does (at most every 2 s when events arrive, and every 30 s regardless). It tells the
 * parent when each phase starts and ends, and what the wallboards fetched.
 */
import { WebSocket } from 'ws';

export interface WallboardLoadJob {
  url: string;
  agentCookies: string[];
  leadCookie: string;
  seconds: number;
  screens: number;
  agentEverySec: number;
}
export type WallboardLoadMessage = { phase: 'agents' | 'agents+wallboards'; edge: 'start' | 'end' } | { done: { fetches: number; events: number; stateChanges: number; failures: number } };

const send = (message: WallboardLoadMessage) => process.send?.(message);
const STATES = ['idle', 'break'];

async function phase(job: WallboardLoadJob, name: 'agents' | 'agents+wallboards', counts: { stateChanges: number; failures: number }, screens: number, seen: { fetches: number; events: number }) {
  send({ phase: name, edge: 'start' });
  const until = Date.now() + job.seconds * 1000;
  const sockets: WebSocket[] = [];
  const timers: NodeJS.Timeout[] = [];
  for (let s = 0; s < screens; s++) {
    let last = 0;
    let pending: NodeJS.Timeout | undefined;
    const fetchBoard = async () => {
      last = Date.now();
      const res = await fetch(`${job.url}/api/wallboard`, { headers: { cookie: job.leadCookie } });
      await res.arrayBuffer();
      if (res.status === 200) seen.fetches++;
      else counts.failures++;
    };
    const ws = new WebSocket(`${job.url.replace('http', 'ws')}/api/events`, { headers: { cookie: job.leadCookie } });
    ws.on('message', () => {
      seen.events++;
      if (pending) return;
      pending = setTimeout(() => ((pending = undefined), void fetchBoard()), Math.max(0, last + 2000 - Date.now()));
    });
    sockets.push(ws);
    timers.push(setInterval(() => void fetchBoard(), 30_000));
    void fetchBoard();
  }
  await Promise.all(
    job.agentCookies.map(async (cookie, i) => {
      let n = i;
      while (Date.now() < until) {
        await new Promise((r) => setTimeout(r, Math.random() * 2 * job.agentEverySec * 1000));
        if (Date.now() >= until) break;
        const res = await fetch(`${job.url}/api/telephony/agents/me/state`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ state: STATES[n++ % STATES.length] }) });
        await res.arrayBuffer();
        if (res.status === 200) counts.stateChanges++;
        else counts.failures++;
      }
    }),
  );
  for (const t of timers) clearInterval(t);
  for (const ws of sockets) ws.close();
  send({ phase: name, edge: 'end' });
}

process.on('message', (job: WallboardLoadJob) => {
  void (async () => {
    const counts = { stateChanges: 0, failures: 0 };
    const seen = { fetches: 0, events: 0 };
    await phase(job, 'agents', counts, 0, { fetches: 0, events: 0 });
    await phase(job, 'agents+wallboards', counts, job.screens, seen);
    send({ done: { ...seen, ...counts } });
    process.exit(0);
  })();
});
