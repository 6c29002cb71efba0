import { DataSource, EntitySchema } from 'typeorm';
import { asRow, column, named } from '../../../db/columns';
import { isUniqueViolation } from '../../../db/errors';

/** How far a projection has read a change feed, kept across restarts. */
export interface ProjectionCursorRow {
  name: string;
  position: Record<string, string | null>;
  updatedAt: Date;
}

export const ProjectionCursorEntity = new EntitySchema<ProjectionCursorRow>({
  name: 'ProjectionCursor',
  tableName: 'projection_cursors',
  columns: {
    name: { type: 'varchar', length: 64, primary: true },
    position: column.json(),
    updatedAt: named('updated_at', column.time()),
  },
});

/**
 * The task projection's positions in the engine's history, in the engine's own clock: the newest
 * start time, end time and identity-link time read so far (null: nothing read yet).
 */
export interface TaskFeedPosition {
  started: string | null;
  finished: string | null;
  links: string | null;
}

export class ProjectionCursors {
  constructor(private readonly dataSource: DataSource) {}

  private get rows() {
    return this.dataSource.getRepository(ProjectionCursorEntity);
  }

  async load<T extends Record<string, string | null>>(name: string): Promise<T | null> {
    return ((await this.rows.findOneBy({ name }))?.position as T | undefined) ?? null;
  }

  async save(name: string, position: Record<string, string | null>): Promise<void> {
    const updatedAt = new Date();
    const { affected } = await this.rows.update({ name }, asRow<ProjectionCursorRow>({ position, updatedAt }));
    if (affected) return;
    try {
      await this.rows.insert(asRow<ProjectionCursorRow>({ name, position, updatedAt }));
    } catch (error) {
      // Another replica wrote it first: ours is as good, write it over theirs.
      if (!isUniqueViolation(error)) throw error;
      await this.rows.update({ name }, asRow<ProjectionCursorRow>({ position, updatedAt }));
    }
  }
}
