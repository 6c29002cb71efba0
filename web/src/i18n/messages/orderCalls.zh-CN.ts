/** 回拨: a provider's user calls an order's elder through the hotline. */
export const orderCallsZhCN = {
  call: '呼叫老人',
  confirmTitle: '通过热线呼叫老人？',
  confirmBody: '热线将先拨打您的手机，您接听后为您接通老人。老人的号码不会显示给您。',
  ok: '呼叫',
  placed: '热线正在拨打您的手机 {{callback}}，请接听',
};
