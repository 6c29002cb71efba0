import type { ImportKindName, IMPORT_STATUSES } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

export { IMPORT_KINDS, IMPORT_STATUSES } from '@careflow/contracts';
export type { ImportKindName } from '@careflow/contracts';

export interface RowProblem {
  row: number;
  column: string;
  /** English; `code` and `params` let the web app say it in zh-CN. */
  reason: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** One uploaded sheet and how its rows went. */
export interface ImportRecord {
  id: string;
  kind: ImportKindName;
  status: (typeof IMPORT_STATUSES)[number];
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** The first problems (up to a limit); `failed` counts every bad row. */
  problems: RowProblem[];
  error: string | null;
  params: Record<string, string>;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
}

const count = (name: string) => ({ type: 'int' as const, default: 0, name });

export const ImportEntity = new EntitySchema<ImportRecord>({
  name: 'Import',
  tableName: 'imports',
  columns: {
    id: column.id(),
    kind: column.text(32),
    status: column.text(16),
    total: count('total'),
    processed: count('processed'),
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    problems: column.json(),
    error: column.longText(true),
    params: column.json(),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    finishedAt: named('finished_at', column.time(true)),
  },
});
