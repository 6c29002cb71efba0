import { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../db/errors';
import { localDay } from '../calendar/working-days';
import { CaseNumberSequenceEntity } from './entities';

/** The calendar day of a moment in the bureau's time zone, as YYYYMMDD. */
export function dayInZone(at: Date, timeZone: string): string {
  return localDay(at, timeZone).date.replaceAll('-', '');
}

export const formatCaseNumber = (prefix: string, day: string, n: number) => `${prefix}${day}-${String(n).padStart(6, '0')}`;

/**
 * Takes the next number of the day inside the caller's transaction. The counter row is bumped with
 * an UPDATE (which locks it until commit); the first case of a day inserts it, and a concurrent
 * first insert that loses the race goes back to the UPDATE. On MySQL the racing first inserts can
 * deadlock instead, which rolls back the whole transaction: the caller runs it with retryingTransaction.
 */
export async function nextCaseNumber(m: EntityManager, prefix: string, day: string): Promise<string> {
  const sequences = m.getRepository(CaseNumberSequenceEntity);
  for (let attempt = 0; attempt < 5; attempt++) {
    const bumped = await bump(m, day);
    if (bumped !== null) return formatCaseNumber(prefix, day, bumped);
    try {
      await sequences.insert({ day, lastValue: 1 });
      return formatCaseNumber(prefix, day, 1);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`Could not take a case number for ${day}`);
}

/**
 * Bumps the day's counter and tells its new value in the same statement (one round trip per case):
 * MySQL hands the value of LAST_INSERT_ID(expr) back with the UPDATE's answer, SQLite has RETURNING.
 * Null when the day has no counter yet.
 */
async function bump(m: EntityManager, day: string): Promise<number | null> {
  if (m.connection.options.type === 'mysql') {
    const result = (await m.query('UPDATE case_number_sequences SET last_value = LAST_INSERT_ID(last_value + 1) WHERE day = ?', [day])) as { affectedRows: number; insertId: number | string };
    return result.affectedRows === 1 ? Number(result.insertId) : null;
  }
  const rows = (await m.query('UPDATE case_number_sequences SET last_value = last_value + 1 WHERE day = ? RETURNING last_value', [day])) as { last_value: number }[];
  return rows.length === 1 ? Number(rows[0].last_value) : null;
}
