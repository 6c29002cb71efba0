import ExcelJS from 'exceljs';
import { errors } from '../../../http/errors';
import { ARTICLE_COLUMNS } from './columns';
import { checkZip } from './zip-guard';

/** A data row of the sheet: its Excel row number, its cells as text, and the columns whose cells hold a formula. */
export interface ArticleRow {
  row: number;
  cells: Record<string, string>;
  formulas: string[];
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/**
 * The first sheet of an upload as article rows. The file is checked as a zip first (size, parts);
 * a file that is not a workbook, lacks a required column or has one the template does not is refused
 * whole (400), and so is one with more than `maxRows` rows. Empty rows and the template's 说明 row are skipped.
 */
export async function readArticleSheet(file: Buffer, maxRows: number): Promise<ArticleRow[]> {
  checkZip(file, 'xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer).catch(() => {
    throw errors.invalidInput([{ path: '(file)', message: 'is not an Excel workbook (.xlsx)', code: 'not_xlsx' }]);
  });
  const sheet = workbook.worksheets[0];
  const headers: string[] = [];
  sheet?.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = text(cell.value).trim().replace(/\*$/, '')));
  const known = new Set(ARTICLE_COLUMNS.map((c) => c.header));
  const problems = [
    ...ARTICLE_COLUMNS.filter((c) => c.required && !headers.includes(c.header)).map((c) => ({ path: c.header, message: 'column is missing', code: 'column_missing' })),
    ...headers.filter((h) => h && !known.has(h)).map((h) => ({ path: h, message: 'is not a column of this template', code: 'not_a_column' })),
  ];
  if (problems.length > 0) throw errors.invalidInput(problems, 'The sheet does not match the template');
  if (sheet && sheet.actualRowCount - 1 > maxRows + 1) throw tooMany(sheet.actualRowCount - 1, maxRows);
  const rows: ArticleRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    const formulas: string[] = [];
    headers.forEach((header, i) => {
      if (!header) return;
      const cell = row.getCell(i + 1);
      cells[header] = text(cell.value).trim();
      if (cell.type === ExcelJS.ValueType.Formula) formulas.push(header);
    });
    const values = Object.values(cells);
    if (values.every((v) => v === '') || values[0]?.startsWith('说明')) return;
    rows.push({ row: number, cells, formulas });
  });
  if (rows.length > maxRows) throw tooMany(rows.length, maxRows);
  return rows;
}

const tooMany = (count: number, max: number) =>
  errors.invalidInput([{ path: '(file)', message: `has ${count} rows; import at most ${max} at a time`, code: 'too_many_rows', params: { count, max } }]);
