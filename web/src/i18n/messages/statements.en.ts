import type { statementsZhCN } from './statements.zh-CN';

export const statementsEn: typeof statementsZhCN = {
  title: 'Statement',
  downloadPdf: 'Download PDF',
  exportExcel: 'Export Excel',
  sendSms: 'Text to a relative',
  smsTitle: 'Text this month’s statement',
  smsHint: 'The text gives {{month}}: services, total, subsidy and what the elder pays.',
  relative: 'Relative',
  noMobile: 'no mobile',
  noRelative: 'The elder has no relative with a mobile phone; add one to the elder file first.',
  send: 'Send',
  sent: 'Text queued ({{recipient}})',
  repeated: 'The same text already went to {{recipient}}; not sent again',
  month: 'Month',
  elders: 'Elders served this month',
  services: '{{count}} services',
  noElders: 'No charges this month',
  pickHint: 'Choose an elder to see the statement',
  backToList: 'Back to the elders',
};
