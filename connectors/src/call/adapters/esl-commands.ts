import type { CallRequest } from './types';

export interface FreeswitchDial {
  dial: string;
  agentDial: string;
  tts: { engine: string; voice: string };
}

/**
 * A value inside an originate `{var=value}` block: commas separate variables, quotes and braces
 * end the block, `$` would expand. They are escaped or dropped so a message cannot change the command.
 */
export const channelValue = (s: string) => `'${s.replace(/[\r\n]+/g, ' ').replace(/['{}$\\]/g, '').replace(/,/g, '\\,')}'`;

const vars = (v: Record<string, string | number>) => `{${Object.entries(v).map(([k, value]) => `${k}=${value}`).join(',')}}`;

/**
 * The arguments of `originate` for one call; the call id is the channel's uuid, so every event of
 * the call carries it. A robot call speaks the message and collects one key (play_and_get_digits,
 * three tries); a click-to-call rings the agent first, then bridges to the callee.
 */
export function originateArgs(id: string, request: CallRequest, dial: FreeswitchDial): string {
  const callee = dial.dial.replace('{number}', request.to);
  if (request.mode === 'click_to_call') {
    const agent = dial.agentDial.replace('{agent}', request.agent ?? '');
    const first = vars({ origination_uuid: id, originate_timeout: request.ringTimeoutSeconds, origination_caller_id_number: request.to, careflow_call_id: id });
    return `${first}${agent} &bridge(${vars({ originate_timeout: request.ringTimeoutSeconds })}${callee})`;
  }
  const first = vars({
    origination_uuid: id,
    originate_timeout: request.ringTimeoutSeconds,
    ignore_early_media: 'true',
    tts_engine: dial.tts.engine,
    tts_voice: dial.tts.voice,
    careflow_call_id: id,
    careflow_message: channelValue(request.message ?? ''),
  });
  // min 1, max 1 key, 3 tries, 8 s each, # ends input; the key lands in careflow_digits.
  return `${first}${callee} &play_and_get_digits(1 1 3 8000 # 'say:\${careflow_message}' silence_stream://250 careflow_digits [0-9*#])`;
}

const BUSY = new Set(['USER_BUSY', 'CALL_REJECTED']);
const NO_ANSWER = new Set(['NO_ANSWER', 'NO_USER_RESPONSE', 'ORIGINATOR_CANCEL', 'ALLOTTED_TIMEOUT', 'PROGRESS_TIMEOUT', 'RECOVERY_ON_TIMER_EXPIRE', 'SUBSCRIBER_ABSENT']);

/** How an unanswered call ended, from FreeSWITCH's hangup cause. */
export function unansweredOutcome(cause: string): 'busy' | 'no_answer' | 'failed' {
  if (BUSY.has(cause)) return 'busy';
  if (NO_ANSWER.has(cause)) return 'no_answer';
  return 'failed';
}
