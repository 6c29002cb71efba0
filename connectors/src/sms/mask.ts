/** 138****8000: how a phone appears on timelines and in logs. */
export function maskMobile(phone: string): string {
  return /^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : `${'*'.repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}`;
}

/** A mainland mobile number as the outbox keys it (digits only, no +86), or undefined. */
export function normaliseMobile(raw: string): string | undefined {
  const digits = raw.trim().replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined;
}
