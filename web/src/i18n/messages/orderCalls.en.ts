import type { orderCallsZhCN } from './orderCalls.zh-CN';

export const orderCallsEn: typeof orderCallsZhCN = {
  call: 'Call the elder',
  confirmTitle: 'Call the elder through the hotline?',
  confirmBody: 'The hotline rings your phone first and connects you to the elder once you answer. The elder’s number is not shown to you.',
  ok: 'Call',
  placed: 'The hotline is ringing your phone {{callback}}: please answer',
};
