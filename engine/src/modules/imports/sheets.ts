import ExcelJS from 'exceljs';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetColumn {
  header: string;
  /** Shown in the template's second row: what goes in the column. */
  hint?: string;
  width?: number;
}

/** A data row of an uploaded sheet: its row number in Excel and its cells by header, as trimmed text. */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return text(value.result as ExcelJS.CellValue);
  }
  return String(value).trim();
}

/**
 * Reads the first sheet: row 1 holds the headers, rows that start with "说明" or are empty are
 * skipped (the template's hint row). Unknown headers are reported by the caller.
 */
export async function readSheet(file: Buffer): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = text(cell.value).replace(/\*$/, '')));
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((header, i) => header && (cells[header] = text(row.getCell(i + 1).value)));
    const values = Object.values(cells);
    if (values.every((v) => v === '') || values[0]?.startsWith('说明')) return;
    rows.push({ row: number, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

/** A workbook with one sheet: headers (required ones marked *), an optional hint row, then the rows. */
export function writeSheet(name: string, columns: (SheetColumn & { required?: boolean })[], rows: string[][], withHints = false): Promise<Buffer> {
  return writeSheets([{ name, columns, rows, withHints }]);
}

/** A worksheet to write: its tab's name, its columns and its rows (text). */
export interface SheetToWrite {
  name: string;
  columns: (SheetColumn & { required?: boolean })[];
  rows: string[][];
  withHints?: boolean;
}

/** A workbook of several sheets, each laid out as writeSheet lays out its one. */
export async function writeSheets(sheets: SheetToWrite[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, columns, rows, withHints } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.columns = columns.map((c) => ({ header: c.required ? `${c.header}*` : c.header, width: c.width ?? Math.max(12, c.header.length * 3) }));
    sheet.getRow(1).font = { bold: true };
    if (withHints) sheet.addRow(columns.map((c, i) => (i === 0 ? `说明：${c.hint ?? ''}` : (c.hint ?? ''))));
    for (const row of rows) sheet.addRow(row);
    // Every cell is text: ID card numbers and phones must not turn into numbers.
    sheet.columns.forEach((column) => (column.numFmt = '@'));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
