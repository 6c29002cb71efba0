import { EntityManager, EntitySchema, EntitySchemaColumnOptions, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Column kinds shared by every entity, valid on both SQLite and MySQL. */
export const column = {
  id: (): EntitySchemaColumnOptions => ({ type: 'varchar', length: 36, primary: true }),
  /** A process engine's id (a task's, an instance's, a definition's: up to 64 characters). */
  engineKey: (): EntitySchemaColumnOptions => ({ type: 'varchar', length: 64 }),
  text: (length = 255, nullable = false): EntitySchemaColumnOptions => ({ type: 'varchar', length, nullable }),
  longText: (nullable = false): EntitySchemaColumnOptions => ({ type: 'text', nullable }),
  json: (nullable = false): EntitySchemaColumnOptions => ({ type: 'simple-json', nullable }),
  time: (nullable = false): EntitySchemaColumnOptions => ({ type: 'datetime', precision: 3, nullable }),
  flag: (): EntitySchemaColumnOptions => ({ type: 'boolean', default: true }),
};

/** Column options stored under a snake_case column name. */
export const named = (name: string, options: EntitySchemaColumnOptions): EntitySchemaColumnOptions => ({ ...options, name });

/**
 * TypeORM's deep-partial type cannot follow JSON columns typed as open objects; rows passed to
 * insert/update go through this one cast instead of loosening the entity types.
 */
export const asRow = <T>(row: Partial<T>) => row as QueryDeepPartialEntity<T>;

/**
 * Inserts rows whose every value the caller holds, in one statement. A repository's insert reads
 * back the columns that have defaults (a second round trip per insert), which nothing here uses.
 */
export async function insertRows<T extends ObjectLiteral>(m: EntityManager, entity: EntitySchema<T>, rows: T[]): Promise<void> {
  if (rows.length === 0) return;
  await m.createQueryBuilder().insert().into(entity).values(rows.map((r) => asRow<T>(r))).updateEntity(false).execute();
}
