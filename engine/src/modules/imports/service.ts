import crypto from 'node:crypto';
import { Logger } from 'pino';
import { DataSource, Repository } from 'typeorm';
import { AppError, errors } from '../../http/errors';
import { PublicUser } from '../identity/entities';
import { ImportEntity, ImportRecord, RowProblem } from './entities';
import { ImportKind, KindContext } from './kind';
import { readSheet, SheetRow, writeSheet } from './sheets';

export const MAX_ROWS = 100_000;
const PROBLEMS_KEPT = 1000;
const SAVE_EVERY = 200;

/**
 * Excel imports. The sheet is checked as a whole first (headers, size); then rows run one by one in
 * the background, each in its own transaction: a bad row is reported and writes nothing, good rows
 * are kept. Progress is readable while it runs.
 */
export class ImportService {
  private readonly records: Repository<ImportRecord>;
  private readonly live = new Map<string, ImportRecord>();
  private readonly running = new Set<Promise<void>>();

  constructor(
    dataSource: DataSource,
    private readonly kinds: ImportKind[],
    private readonly logger: Logger,
  ) {
    this.records = dataSource.getRepository(ImportEntity);
  }

  /** Imports cut off by a stop are marked failed: their rows so far are kept, the rest never ran. */
  async recover(): Promise<void> {
    await this.records.update({ status: 'running' }, { status: 'failed', error: 'The engine stopped during the import; import the file again (done rows are unchanged).', finishedAt: new Date() });
  }

  kind(name: string): ImportKind {
    const kind = this.kinds.find((k) => k.kind === name);
    if (!kind) throw errors.notFound(`Import kind ${name}`);
    return kind;
  }

  template(name: string): Promise<Buffer> {
    const kind = this.kind(name);
    return writeSheet(kind.sheetName, kind.columns, [kind.example], true);
  }

  async start(name: string, file: Buffer, context: KindContext): Promise<ImportRecord> {
    const kind = this.kind(name);
    if (!context.user.roles.some((r) => kind.importers.includes(r))) throw errors.forbidden(`Your role may not import ${name}`);
    const sheet = await readSheet(file).catch(() => {
      throw errors.invalidInput([{ path: '(file)', message: 'is not an Excel workbook (.xlsx)', code: 'not_xlsx' }]);
    });
    const known = new Set(kind.columns.map((c) => c.header));
    const problems = [
      ...kind.columns.filter((c) => c.required && !sheet.headers.includes(c.header)).map((c) => ({ path: c.header, message: 'column is missing', code: 'column_missing' })),
      ...sheet.headers.filter((h) => !known.has(h)).map((h) => ({ path: h, message: 'is not a column of this template', code: 'not_a_column' })),
    ];
    if (problems.length > 0) throw errors.invalidInput(problems, 'The sheet does not match the template');
    if (sheet.rows.length > MAX_ROWS) throw errors.invalidInput([{ path: '(file)', message: `has ${sheet.rows.length} rows; import at most ${MAX_ROWS} at a time`, code: 'too_many_rows', params: { count: sheet.rows.length, max: MAX_ROWS } }]);
    await kind.prepare?.(context);
    const record: ImportRecord = {
      id: crypto.randomUUID(), kind: kind.kind, status: 'running', total: sheet.rows.length, processed: 0, created: 0, updated: 0, unchanged: 0, failed: 0,
      problems: [], error: null, params: context.params, createdBy: context.user.id, createdAt: new Date(), finishedAt: null,
    };
    await this.records.insert(record);
    this.live.set(record.id, record);
    const run = this.run(kind, record, kind.order ? kind.order(sheet.rows) : sheet.rows, context).finally(() => this.running.delete(run));
    this.running.add(run);
    return { ...record };
  }

  private async run(kind: ImportKind, record: ImportRecord, rows: SheetRow[], context: KindContext): Promise<void> {
    try {
      for (const row of rows) {
        try {
          record[await kind.importRow(row, context)] += 1;
        } catch (error) {
          record.failed += 1;
          this.report(kind, record, row.row, error);
        }
        record.processed += 1;
        if (record.processed % SAVE_EVERY === 0) await this.save(record);
      }
      record.status = 'done';
    } catch (error) {
      record.status = 'failed';
      record.error = error instanceof Error ? error.message : String(error);
      this.logger.error({ err: error, importId: record.id }, 'import failed');
    }
    record.finishedAt = new Date();
    await this.save(record).catch((error: unknown) => this.logger.error({ err: error, importId: record.id }, 'could not save the import result'));
    this.live.delete(record.id);
  }

  /** A row's problems by column; anything that is not the row's fault is logged as well. */
  private report(kind: ImportKind, record: ImportRecord, row: number, error: unknown): void {
    const add = (problem: RowProblem) => record.problems.length < PROBLEMS_KEPT && record.problems.push(problem);
    if (error instanceof AppError && error.status < 500) {
      const details = Array.isArray(error.details) ? (error.details as { path?: string; message?: string; code?: string; params?: Record<string, string | number> }[]) : [];
      if (details.length === 0) add({ row, column: '', reason: error.message, code: error.code });
      for (const d of details) add({ row, column: kind.columnOf(d.path ?? '') ?? d.path ?? '', reason: d.message ?? error.message, ...(d.code ? { code: d.code } : {}), ...(d.params ? { params: d.params } : {}) });
      return;
    }
    this.logger.error({ err: error, importId: record.id, row }, 'import row failed unexpectedly');
    add({ row, column: '', reason: 'The row could not be saved (server error); try it again', code: 'row_server_error' });
  }

  private async save(record: ImportRecord): Promise<void> {
    const { id, ...progress } = record;
    await this.records.update({ id }, progress);
  }

  /** An import's progress, for the user who started it and for admins. */
  async get(id: string, user: PublicUser): Promise<ImportRecord> {
    const record = this.live.get(id) ?? (await this.records.findOneBy({ id }));
    if (!record || (record.createdBy !== user.id && !user.roles.includes('admin'))) throw errors.notFound(`Import ${id}`);
    return { ...record, problems: [...record.problems] };
  }

  /** Waits for imports still running (engine stop, tests). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}

