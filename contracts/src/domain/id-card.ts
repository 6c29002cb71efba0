/** Resident ID card numbers (GB 11643-1999): 17 digits and a check character (0–9 or X). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export interface ParsedIdCard {
  number: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: 'male' | 'female';
}

export type IdCardProblem = 'format' | 'birth_date' | 'checksum';

export function parseIdCard(raw: string, today = new Date()): ParsedIdCard | { problem: IdCardProblem } {
  const number = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(number)) return { problem: 'format' };
  const y = Number(number.slice(6, 10));
  const m = Number(number.slice(10, 12));
  const d = Number(number.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1880 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth > today) return { problem: 'birth_date' };
  const sum = WEIGHTS.reduce((total, w, i) => total + w * Number(number[i]), 0);
  if (CHECK[sum % 11] !== number[17]) return { problem: 'checksum' };
  return { number, birthDate: `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`, gender: Number(number[16]) % 2 === 1 ? 'male' : 'female' };
}

/** 370102********1234: the region code and the last four stay. */
export const maskIdCard = (number: string) => (number.length === 18 ? `${number.slice(0, 6)}********${number.slice(-4)}` : '*'.repeat(number.length));
