/** Mainland China phone numbers: mobiles (1[3-9] + 9 digits) and landlines (area code 0xx/0xxx + 7–8 digits). */
export type PhoneKind = 'mobile' | 'landline';

export interface ParsedPhone {
  /** Digits only, without +86; landlines keep their leading 0. */
  number: string;
  kind: PhoneKind;
}

/** Spaces, dashes, brackets and a +86/0086 prefix are dropped; anything else that is not a digit fails. */
export function parsePhone(raw: string): ParsedPhone | undefined {
  let digits = raw.trim().replace(/[\s\-()（）]/g, '');
  digits = digits.replace(/^(\+86|0086)/, '');
  if (!/^\d+$/.test(digits)) return undefined;
  if (/^1[3-9]\d{9}$/.test(digits)) return { number: digits, kind: 'mobile' };
  // 3-digit area codes (010, 02x) take 8 digits; 4-digit ones take 7 or 8.
  if (/^0(10|2\d)\d{8}$/.test(digits) || /^0[3-9]\d{2}\d{7,8}$/.test(digits)) return { number: digits, kind: 'landline' };
  return undefined;
}

/** 138****5678 for mobiles; a landline keeps its area code and last four digits. */
export function maskPhone(number: string): string {
  const parsed = parsePhone(number);
  if (!parsed) return number.length <= 4 ? '****' : `${'*'.repeat(number.length - 4)}${number.slice(-4)}`;
  if (parsed.kind === 'mobile') return `${parsed.number.slice(0, 3)}****${parsed.number.slice(-4)}`;
  const areaLength = /^0(10|2\d)/.test(parsed.number) ? 3 : 4;
  return `${parsed.number.slice(0, areaLength)}-****${parsed.number.slice(-4)}`;
}
