import type { ImportKindName } from '@careflow/contracts';
import { Role } from '../identity/entities';
import { PublicUser } from '../identity/entities';
import { Actor } from '../audit/service';
import { SheetColumn, SheetRow } from './sheets';

export type RowOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportColumn extends SheetColumn {
  required?: boolean;
}

export interface KindContext {
  user: PublicUser;
  actor: Actor;
  params: Record<string, string>;
}

/** One kind of registry row that can be imported from and exported to Excel. */
export interface ImportKind {
  kind: ImportKindName;
  sheetName: string;
  columns: ImportColumn[];
  /** A filled-in row for the template. */
  example: string[];
  importers: readonly Role[];
  /** Runs once before the rows (e.g. checks parameters); throws to refuse the whole file. */
  prepare?(context: KindContext): Promise<void>;
  /** Writes one row (in its own transaction); throws an AppError naming fields on bad data. */
  importRow(row: SheetRow, context: KindContext): Promise<RowOutcome>;
  /** Which column a field path of the service's errors came from. */
  columnOf(path: string): string | undefined;
  /** Rows to sort before importing (areas: parents first). */
  order?(rows: SheetRow[]): SheetRow[];
}

/** A cell as a list: 、，,；; and line breaks separate items. */
export const listOf = (cell: string | undefined) => (cell ?? '').split(/[、，,；;\n]/).map((s) => s.trim()).filter(Boolean);

export const yes = (cell: string | undefined) => ['是', 'y', 'yes', 'true', '1'].includes((cell ?? '').trim().toLowerCase());
