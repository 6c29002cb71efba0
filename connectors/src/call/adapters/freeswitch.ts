import { Connection, Event } from 'modesl';
import type { ConnectorContext } from '../../runtime/context';
import { createCallRecord, followCallRecord } from './engine-calls';
import { FreeswitchDial, originateArgs, unansweredOutcome } from './esl-commands';
import type { CallAdapter, CallRequest, SettledCall } from './types';

export interface FreeswitchSettings extends FreeswitchDial {
  host: string;
  port: number;
  password: string;
}

const CONNECT_TIMEOUT_MS = 10_000;
/** A click-to-call is followed to its hangup after the job completed, for at most this long. */
const CONVERSATION_MAX_MS = 2 * 3600_000;

function connect(s: FreeswitchSettings): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`FreeSWITCH Event Socket ${s.host}:${s.port} did not answer`)), CONNECT_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      conn.socket?.destroy();
      reject(error);
    };
    const conn = new Connection(s.host, s.port, s.password, () => {
      clearTimeout(timer);
      resolve(conn);
    });
    conn.on('error', (error: Error) => fail(error));
    conn.on('esl::event::auth::fail', () => fail(new Error('FreeSWITCH refused the Event Socket password')));
  });
}

const reply = (send: (cb: (r: Event) => void) => void) =>
  new Promise<void>((resolve, reject) => send((r) => (String(r.getHeader('Reply-Text') ?? '').startsWith('-ERR') ? reject(new Error(`FreeSWITCH: ${r.getHeader('Reply-Text')}`)) : resolve())));

/**
 * Follows one call's events on its own connection and reports them to the engine's record:
 * CHANNEL_ANSWER, DTMF, CHANNEL_BRIDGE (the callee of a click-to-call answered), CHANNEL_HANGUP_COMPLETE
 * and the originate job's result (-ERR <cause> when the callee was never reached).
 */
function follow(conn: Connection, id: string, request: CallRequest, ctx: ConnectorContext): Promise<SettledCall> {
  return new Promise((resolve, reject) => {
    let answered = false;
    let done = false;
    let digits = '';
    const patch = (body: Record<string, unknown>) => ctx.engine.patch(`/api/calls/${id}`, body);
    const close = () => {
      conn.disconnect();
      clearTimeout(cap);
    };
    const cap = setTimeout(close, CONVERSATION_MAX_MS);
    cap.unref();
    const settle = (result: SettledCall, report: Promise<unknown>) => {
      done = true;
      report.then(() => resolve(result), reject);
    };
    const ended = (cause: string) => {
      if (done && request.mode === 'robot') return;
      const outcome = !answered ? unansweredOutcome(cause) : request.mode === 'robot' && digits.includes(request.confirmDigit) ? 'confirmed' : 'answered';
      const report = patch({ event: 'ended', outcome, hangupCause: cause, ...(digits ? { digits } : {}) });
      close();
      if (done) return void report.catch((error: unknown) => ctx.logger.warn({ callId: id, error: String(error) }, 'call end not reported'));
      settle({ id, outcome, digits: digits || null, hangupCause: cause }, report);
    };
    conn.on(`esl::event::CHANNEL_ANSWER::${id}`, () => {
      // The A leg of a click-to-call is the agent: the callee has answered only at the bridge.
      if (request.mode === 'robot' && !answered) {
        answered = true;
        patch({ event: 'answered' }).catch(reject);
      }
    });
    conn.on(`esl::event::CHANNEL_BRIDGE::${id}`, () => {
      if (request.mode !== 'click_to_call' || answered) return;
      answered = true;
      settle({ id, outcome: 'answered', digits: null, hangupCause: null }, patch({ event: 'answered' }));
    });
    conn.on(`esl::event::DTMF::${id}`, (event: Event) => {
      digits = `${digits}${event.getHeader('DTMF-Digit') ?? ''}`.slice(-32);
    });
    conn.on(`esl::event::CHANNEL_HANGUP_COMPLETE::${id}`, (event: Event) => {
      const collected = event.getHeader('variable_careflow_digits');
      if (collected && !digits) digits = collected;
      ended(event.getHeader('variable_bridge_hangup_cause') ?? event.getHeader('Hangup-Cause') ?? 'NORMAL_CLEARING');
    });
    conn.on('esl::end', () => {
      clearTimeout(cap);
      if (!done) reject(new Error('The FreeSWITCH Event Socket closed during the call'));
    });
    conn.on(`esl::event::BACKGROUND_JOB::${id}`, (event: Event) => {
      const failed = /^-ERR\s+(\S+)/.exec(event.getBody());
      if (failed && !answered) ended(failed[1]);
    });
  });
}

/** FreeSWITCH over the Event Socket (modesl, inbound connection with the password). */
export function freeswitchAdapter(settings: FreeswitchSettings): CallAdapter {
  const following = new Map<string, Promise<SettledCall>>();
  return {
    name: 'freeswitch',
    place: async (request, ctx) => {
      const record = await createCallRecord(request, 'freeswitch', ctx);
      const conn = await connect(settings);
      try {
        await reply((cb) => conn.events('plain', ['CHANNEL_ANSWER', 'CHANNEL_BRIDGE', 'DTMF', 'CHANNEL_HANGUP_COMPLETE'], cb));
        await reply((cb) => conn.filter('Unique-ID', record.id, cb));
      } catch (error) {
        conn.disconnect();
        throw error;
      }
      const followed = follow(conn, record.id, request, ctx);
      followed.catch(() => undefined); // awaited by settle; a failure before then is not unhandled
      following.set(record.id, followed);
      // The job id is the call id. With a callback, modesl keeps a Job-UUID filter until the job's
      // result arrives (without one it drops the filter at once); `follow` reads that result.
      conn.bgapi('originate', originateArgs(record.id, request, settings), record.id, () => undefined);
      return { id: record.id };
    },
    settle: async (call, request, ctx) => {
      const followed = following.get(call.id);
      // A retried job in another process no longer hears the call: the record is all there is.
      if (!followed) return followCallRecord(call.id, request, ctx);
      try {
        return await new Promise<SettledCall>((resolve, reject) => {
          const onAbort = () => reject(new Error('The job timed out while the call was going on'));
          if (ctx.signal.aborted) return onAbort();
          ctx.signal.addEventListener('abort', onAbort, { once: true });
          followed.then(resolve, reject).finally(() => ctx.signal.removeEventListener('abort', onAbort));
        });
      } finally {
        following.delete(call.id);
      }
    },
  };
}
