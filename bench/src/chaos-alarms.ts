/**
 * What the chaos bench sends and does (issue 15): signed `alarm.triggered` events sent as a switch
 * sends them (an unanswered or failed event is sent again, same id, until answered), and an agent
 * who walks some of the cases on to the relatives' robot calls (nobody answers) and their SMS.
 */
import { ApiClient } from '@careflow/engine/dist-test/test/support/api-client';
import { createHmac } from 'node:crypto';

export interface AlarmOutcome {
  index: number;
  deviceId: string;
  /** The HTTP status of the answer that ended the sending (202 accepted, 200 a repeat), or null when none came in time. */
  status: number | null;
  caseId: string | null;
  attempts: number;
  /** From the first send to the answer. */
  answeredAfterMs: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one event until the engine answers it (2xx or a 4xx refusal), as a switch does; 5xx and no answer are sent again. */
export async function sendAlarm(url: string, sw: { id: string; secret: string }, index: number, deviceId: string, giveUpMs: number): Promise<AlarmOutcome> {
  const body = JSON.stringify({ id: `chaos-${index}`, type: 'alarm.triggered', terminalId: deviceId, button: 'sos' });
  const outcome: AlarmOutcome = { index, deviceId, status: null, caseId: null, attempts: 0, answeredAfterMs: null };
  const began = Date.now();
  const deadline = began + giveUpMs;
  while (Date.now() < deadline) {
    outcome.attempts++;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `sha256=${createHmac('sha256', sw.secret).update(`${timestamp}.${body}`).digest('hex')}`;
    try {
      const res = await fetch(`${url}/api/telephony/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-careflow-switch': sw.id, 'x-careflow-timestamp': timestamp, 'x-careflow-signature': signature },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      const answer = (await res.json().catch(() => ({}))) as { caseId?: string; attachedTo?: string };
      if (res.status < 500) {
        outcome.status = res.status;
        outcome.caseId = answer.caseId ?? answer.attachedTo ?? null;
        outcome.answeredAfterMs = Date.now() - began;
        return outcome;
      }
    } catch {
      // the engine is down or restarting: send again
    }
    await sleep(1000);
  }
  return outcome;
}

type Detail = { tasks: { id: string; elementId: string; status: string }[] };
type Call = { id: string; status: string };

/**
 * Walks one case as an agent would, over restarts: confirms it real, classifies it as a handover,
 * lets every robot call to a relative go unanswered, and stops once the relatives' SMS are out and
 * 确认亲属已联系 waits. Errors (the engine down, a session lost with it) are waited out.
 */
export async function walkCase(agent: () => Promise<ApiClient>, caseId: string, giveUpMs: number): Promise<'walked' | 'timed out'> {
  const deadline = Date.now() + giveUpMs;
  while (Date.now() < deadline) {
    try {
      const api = await agent();
      const detail = await api.get<Detail>(`/api/cases/${caseId}`);
      const open = (key: string) => detail.body.tasks?.find((t) => t.elementId === key && t.status === 'created');
      const confirm = open('confirm-alarm');
      const classify = open('classify');
      if (confirm) await api.post(`/api/tasks/${confirm.id}/complete`, { variables: { alarmOutcome: 'real', callBackNote: '混沌测试' } });
      else if (classify) await api.post(`/api/tasks/${classify.id}/complete`, { variables: { emergencyType: 'fall', situation: '混沌测试', responseMode: 'handover' } });
      const calls = (await api.get<{ items: Call[] }>(`/api/calls?caseId=${caseId}`)).body.items ?? [];
      for (const call of calls.filter((c) => c.status === 'ringing')) await api.post(`/api/telephony/simulator/calls/${call.id}/no-answer`);
      const texted = (await api.get<{ messages: unknown[] }>(`/api/sms?caseId=${caseId}&pageSize=100`)).body.messages ?? [];
      if (texted.length > 0 && open('confirm-relatives')) return 'walked';
    } catch {
      // the engine is restarting
    }
    await sleep(1000);
  }
  return 'timed out';
}
