import type { callsZhCN } from './calls.zh-CN';

export const callsEn: typeof callsZhCN = {
  tabs: { log: 'Call log', missed: 'Missed calls' },
  filter: {
    number: 'Number',
    agent: 'Agent (username)',
    dateFrom: 'Start date',
    dateTo: 'End date',
    direction: 'Direction',
    mode: 'Mode',
    outcome: 'Outcome',
    caseNumber: 'Case number',
    any: 'All',
  },
  direction: { inbound: 'Inbound', outbound: 'Outbound' },
  column: { startedAt: 'Started', direction: 'Direction', mode: 'Mode', from: 'From', to: 'To', agent: 'Agent', outcome: 'Outcome', duration: 'Duration', case: 'Case', recording: 'Recording' },
  seconds: '{{count}} s',
  empty: 'No calls match',
  missed: {
    hint: 'Calls nobody answered or that hung up in the queue. Call back, then record the outcome; every outcome but "no answer" removes the call from the list.',
    empty: 'No missed calls waiting for a callback',
    column: { at: 'Rang at', caller: 'Caller', elder: 'Elder', kind: 'Kind', waited: 'Waited', tries: 'Callbacks', actions: 'Actions' },
    kind: { abandoned: 'Abandoned in queue', missed: 'Rang, not answered' },
    tries: '{{count}}',
    callBack: 'Call back',
    record: 'Record outcome',
    calling: 'Calling back {{number}}: pick up on your softphone',
    outcomeTitle: 'Callback outcome',
    outcome: { reached: 'Reached', no_answer: 'No answer', wrong_number: 'Wrong number', not_needed: 'Not needed' },
    note: 'Note (optional)',
    saved: 'Callback outcome recorded',
  },
};
