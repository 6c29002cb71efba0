import type { telephonyZhCN } from './telephony.zh-CN';

export const telephonyEn: typeof telephonyZhCN = {
  title: 'Softphone · call simulator',
  hint: 'When the call connector runs on the simulator, its calls show here: answer for the callee, press keys, be busy, not answer or hang up.',
  live: 'Live',
  offline: 'Live connection lost, reconnecting…',
  showEnded: 'Show ended calls',
  empty: 'No calls right now',
  dial: {
    to: 'Phone to call',
    toName: 'Callee name (optional)',
    call: 'Call',
  },
  column: { startedAt: 'Started', mode: 'Mode', to: 'Callee', message: 'Message', status: 'Status', outcome: 'Outcome', actions: 'Actions' },
  mode: { click_to_call: 'Click-to-call', robot: 'Robot call', inbound: 'Inbound call' },
  status: { ringing: 'Ringing', answered: 'In call', ended: 'Ended' },
  outcome: { answered: 'Answered', confirmed: 'Confirmed by key', no_answer: 'No answer', busy: 'Busy', failed: 'Failed' },
  action: { answer: 'Answer', press: 'Press {{digit}}', pressOther: 'Press another key', busy: 'Busy', noAnswer: 'No answer', hangup: 'Hang up' },
  confirmHint: 'Confirm key {{digit}}',
  digits: 'Keys: {{digits}}',
};
