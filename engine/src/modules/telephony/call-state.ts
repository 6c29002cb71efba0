import { errors } from '../../http/errors';
import { secondsBetween } from '../../time';
import { Call, CallOutcome } from './entities';

/** A change to a call, as an adapter or the simulator reports it. */
export type CallEvent =
  | { event: 'answered'; digits?: string }
  | { event: 'digits'; digits: string }
  | { event: 'ended'; outcome?: CallOutcome; hangupCause?: string; digits?: string; recordingUrl?: string };

type Change = Partial<Pick<Call, 'status' | 'outcome' | 'digits' | 'hangupCause' | 'answeredAt' | 'endedAt' | 'durationSec' | 'recordingUrl'>>;

/** A robot call ends once the callee pressed keys: confirmed only with the confirm digit. */
const robotOutcome = (call: Call, digits: string): CallOutcome => (call.confirmDigit && digits.includes(call.confirmDigit) ? 'confirmed' : 'answered');

function ended(call: Call, at: Date, outcome: CallOutcome, hangupCause: string, extra: Change = {}): Change {
  const answeredAt = extra.answeredAt ?? call.answeredAt;
  const durationSec = answeredAt ? secondsBetween(answeredAt, at) : 0;
  return { ...extra, status: 'ended', outcome, hangupCause, endedAt: at, durationSec };
}

/**
 * The one place that moves a call on: ringing → answered → ended, or ringing → ended. What the
 * outcome is follows from the mode: a click-to-call is `answered` once picked up; a robot call
 * knows its outcome only when the callee has pressed keys or hung up.
 */
export function applyCallEvent(call: Call, change: CallEvent, at = new Date()): Change {
  if (call.status === 'ended') throw errors.conflict(`Call ${call.id} has already ended (${call.outcome})`, { status: call.status, outcome: call.outcome });
  switch (change.event) {
    case 'answered': {
      if (call.status === 'answered' && !change.digits) throw errors.conflict(`Call ${call.id} is already answered`);
      const answeredAt = call.answeredAt ?? at;
      if (call.mode === 'robot' && change.digits) return ended(call, at, robotOutcome(call, change.digits), 'NORMAL_CLEARING', { answeredAt, digits: change.digits });
      return { status: 'answered', answeredAt, outcome: call.mode === 'click_to_call' || call.mode === 'inbound' ? 'answered' : null, digits: change.digits ?? call.digits };
    }
    case 'digits': {
      if (call.status !== 'answered') throw errors.conflict(`Call ${call.id} is not answered yet: no keys can be pressed`);
      if (call.mode === 'robot') return ended(call, at, robotOutcome(call, change.digits), 'NORMAL_CLEARING', { digits: change.digits });
      return { digits: `${call.digits ?? ''}${change.digits}`.slice(-32) };
    }
    case 'ended': {
      const pressed = call.mode === 'robot' && change.digits ? robotOutcome(call, change.digits) : undefined;
      const outcome = change.outcome ?? pressed ?? (call.status === 'ringing' ? 'no_answer' : (call.outcome ?? 'answered'));
      if (call.status === 'ringing' && (outcome === 'answered' || outcome === 'confirmed')) {
        // An adapter may report the end without a separate answer: it was answered right at the end.
        return ended(call, at, outcome, change.hangupCause ?? 'NORMAL_CLEARING', { answeredAt: at, digits: change.digits ?? call.digits, recordingUrl: change.recordingUrl ?? null });
      }
      if (call.status === 'answered' && (outcome === 'no_answer' || outcome === 'busy')) throw errors.conflict(`Call ${call.id} was answered: it cannot end as ${outcome}`);
      const cause = change.hangupCause ?? (outcome === 'busy' ? 'USER_BUSY' : outcome === 'no_answer' ? 'NO_ANSWER' : 'NORMAL_CLEARING');
      return ended(call, at, outcome, cause, { digits: change.digits ?? call.digits, recordingUrl: change.recordingUrl ?? call.recordingUrl });
    }
  }
}
