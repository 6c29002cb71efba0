import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { asRow } from '../../db/columns';
import { errors } from '../../http/errors';
import { PublicUser } from '../identity/entities';
import { TaskFilterEntity, TaskFilterRow } from './entities';

/** Saved inbox filters: a user's own, and those others shared. */
export class TaskFilterService {
  constructor(private readonly dataSource: DataSource) {}

  private get filters() {
    return this.dataSource.getRepository(TaskFilterEntity);
  }

  list(user: PublicUser): Promise<TaskFilterRow[]> {
    return this.filters.find({ where: [{ ownerId: user.id }, { shared: true }], order: { name: 'ASC' } });
  }

  async create(user: PublicUser, input: { name: string; query: Record<string, unknown>; shared: boolean }): Promise<TaskFilterRow> {
    const row: TaskFilterRow = { id: crypto.randomUUID(), ownerId: user.id, ...input, createdAt: new Date() };
    await this.filters.insert(asRow(row));
    return row;
  }

  async remove(user: PublicUser, id: string): Promise<void> {
    const row = await this.filters.findOneBy({ id });
    if (!row || (row.ownerId !== user.id && !row.shared)) throw errors.notFound(`Filter ${id}`);
    if (row.ownerId !== user.id) throw errors.forbidden('Only its owner deletes a shared filter');
    await this.filters.delete({ id });
  }
}
