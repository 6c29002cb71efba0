import ExcelJS from 'exceljs';
import { StatementDoc } from './statement-doc';

const HEADERS = ['服务日期', '服务项目', '服务商', '数量', '单位', '单价', '金额', '补贴', '自付', '说明'];
const WIDTHS = [12, 22, 24, 8, 8, 12, 12, 12, 12, 30];
/** The money columns (1-based), in yuan as numbers so the sheet can add them up. */
const MONEY = [6, 7, 8, 9];
const yuanNumber = (fen: number | null) => (fen === null ? null : fen / 100);

/** 收费清单 as a workbook: the heading rows, the column headers (row 4), one row per line, then the totals. */
export async function statementSheet(doc: StatementDoc): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(doc.title);
  sheet.columns = WIDTHS.map((width) => ({ width }));
  sheet.addRow([doc.title]).font = { bold: true, size: 16 };
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.addRow([`老人：${doc.elderName}`, `补贴类别：${doc.category}`, `月份：${doc.month}`, null, null, `状态：${doc.status}`]);
  sheet.addRow([]);
  sheet.addRow(HEADERS).font = { bold: true };
  for (const r of doc.rows) {
    sheet.addRow([r.date, r.item, r.provider, r.quantity, r.quantity === null ? null : r.unit, yuanNumber(r.unitPrice), yuanNumber(r.amount), yuanNumber(r.subsidy), yuanNumber(r.elderShare), r.note || null]);
  }
  const totals = sheet.addRow(['本月合计', `服务 ${doc.services} 次`, null, null, null, null, yuanNumber(doc.totals.amount), yuanNumber(doc.totals.subsidy), yuanNumber(doc.totals.elderShare)]);
  totals.font = { bold: true };
  for (const column of MONEY) sheet.getColumn(column).numFmt = '0.00';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
