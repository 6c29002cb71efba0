import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** A stored upload (a photo of an elder, a scan attached to a form): bytes on disk, facts here. */
export interface StoredFile {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  createdBy: string;
  createdAt: Date;
}

export const StoredFileEntity = new EntitySchema<StoredFile>({
  name: 'StoredFile',
  tableName: 'files',
  columns: {
    id: column.id(),
    name: column.text(255),
    type: column.text(100),
    size: { type: 'int' },
    sha256: column.text(64),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
  },
});
