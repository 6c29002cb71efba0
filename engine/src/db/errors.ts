import { QueryFailedError } from 'typeorm';

/** The driver's error code of a failed query (SQLITE_…, ER_…), if it is one. */
export function driverCode(error: unknown): string | undefined {
  return error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
}

/** A unique-key violation on either dialect (SQLite or MySQL/MariaDB). */
export function isUniqueViolation(error: unknown): boolean {
  const code = driverCode(error);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'ER_DUP_ENTRY';
}

/**
 * Runs a check-then-insert. Two requests at once can both pass the check; the unique key then
 * decides, and the loser gets `taken()` (the same answer the check gives) instead of a database error.
 */
export async function duplicateAs<T>(work: Promise<T>, taken: () => Error): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw isUniqueViolation(error) ? taken() : error;
  }
}
