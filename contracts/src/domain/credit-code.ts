/** Unified social credit codes (GB 32100-2015): 18 characters, the last a check character. */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function isCreditCode(raw: string): boolean {
  const code = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  const sum = WEIGHTS.reduce((total, w, i) => total + w * CHARS.indexOf(code[i]), 0);
  return CHARS[(31 - (sum % 31)) % 31] === code[17];
}
