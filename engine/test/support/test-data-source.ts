import { DataSource } from 'typeorm';
import { openDatabase } from '@careflow/engine/dist/db/data-source';
import { TestDatabase } from './databases';

/**
 * A fresh, migrated database for the describe block it is called in: made and opened in a beforeAll
 * declared here (so the block's own beforeAll, declared after, can fill it), closed and dropped after
 * the block's tests. Jest runs a block's afterAll hooks in the order they were declared, so a block
 * whose own afterAll still needs the database (a projection to stop first) opens its own instead.
 */
export function useTestDataSource(create: () => Promise<TestDatabase>): { readonly dataSource: DataSource } {
  let db: TestDatabase | undefined;
  let opened: DataSource | undefined;
  beforeAll(async () => {
    db = await create();
    opened = await openDatabase(db.config);
  });
  afterAll(async () => {
    await opened?.destroy();
    await db?.drop();
  });
  return {
    get dataSource(): DataSource {
      if (!opened) throw new Error('The test database is opened in beforeAll: read it in a hook or a test');
      return opened;
    },
  };
}
