import ExcelJS from 'exceljs';
import { localTime } from '../audit/routes';
import { dateIn } from '../dispatches/rules';
import { LineSums } from './line-scope';
import { SettlementLine, SettlementRow } from './settlements';

type Cell = string | number;
interface Column {
  header: string;
  width: number;
  /** Yuan as a number (so the sheet can add it up), shown with two decimals. */
  money?: true;
}

const yuanNumber = (fen: number) => fen / 100;
const MONEY_COLUMNS: Column[] = [
  { header: '金额（元）', width: 14, money: true },
  { header: '补贴（元）', width: 14, money: true },
  { header: '老人自付（元）', width: 16, money: true },
];
const money = (s: Pick<LineSums, 'amount' | 'subsidy' | 'elderShare'>): Cell[] => [yuanNumber(s.amount), yuanNumber(s.subsidy), yuanNumber(s.elderShare)];

/** A sheet: bold headers in row 1, the rows, then the bold totals row. */
function table(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][], totals: Cell[]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row) => sheet.addRow(row));
  sheet.addRow(totals).font = { bold: true };
  columns.forEach((c, i) => c.money && (sheet.getColumn(i + 1).numFmt = '0.00'));
}

const written = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

export interface SettlementSheetInput {
  month: string;
  closed: boolean;
  settlement: SettlementRow;
  lines: SettlementLine[];
}

/** 结算单: a summary sheet (结算汇总) and the lines with their totals (结算明细); dates in the hotline's time zone. */
export async function settlementWorkbook({ month, closed, settlement: s, lines }: SettlementSheetInput, timeZone: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const c = s.confirmation;
  const summary: [string, Cell, 'money'?][] = [
    ['服务商', s.providerName],
    ['结算月份', month],
    ['月结状态', closed ? '已月结' : '未月结'],
    ['订单数', s.orders],
    ['明细条数', s.lines],
    ['金额（元）', yuanNumber(s.amount), 'money'],
    ['补贴（元）', yuanNumber(s.subsidy), 'money'],
    ['老人自付（元）', yuanNumber(s.elderShare), 'money'],
    ['调整合计（元）', yuanNumber(s.adjustments), 'money'],
    ['确认状态', c ? '已确认' : '未确认'],
    ['签字人', c?.signatureName ?? ''],
    ['确认时间', c ? localTime(c.confirmedAt, timeZone) : ''],
  ];
  const head = workbook.addWorksheet('结算汇总');
  head.columns = [{ header: '项目', width: 16 }, { header: '内容', width: 32 }];
  head.getRow(1).font = { bold: true };
  for (const [label, value, kind] of summary) head.addRow([label, value]).getCell(2).numFmt = kind === 'money' ? '0.00' : 'General';
  const columns: Column[] = [
    { header: '服务日期', width: 12 },
    { header: '老人', width: 12 },
    { header: '服务项目', width: 20 },
    { header: '数量', width: 8 },
    { header: '单位', width: 8 },
    { header: '单价（元）', width: 12, money: true },
    ...MONEY_COLUMNS,
    { header: '类型', width: 8 },
    { header: '调整说明', width: 30 },
  ];
  const rows = lines.map((l): Cell[] => {
    const adjustment = l.kind === 'adjustment';
    return [dateIn(timeZone, l.servedAt), l.elderName, l.itemName, adjustment ? '' : l.quantity, adjustment ? '' : l.unit, adjustment ? '' : yuanNumber(l.unitPrice), ...money(l), adjustment ? '调整' : '收费', l.reason ?? ''];
  });
  table(workbook, '结算明细', columns, rows, ['合计', '', '', '', '', '', ...money(s), '', '']);
  return written(workbook);
}

type Figures = LineSums & { elders: number };
export interface SubsidyReportInput {
  byArea: (Figures & { areaName: string; areaPath: string })[];
  byCategory: (Figures & { category: string | null })[];
  byItem: (Figures & { itemCode: string; itemName: string })[];
  totals: Figures;
}

/** 补贴报表: one sheet per breakdown (按区域, 按类别, 按项目), each ending with the month's totals. */
export async function subsidyReportWorkbook(report: SubsidyReportInput, categoryLabel: (code: string | null) => string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const counts: Column[] = [{ header: '老人数', width: 10 }, { header: '明细条数', width: 10 }, ...MONEY_COLUMNS];
  const figures = (f: Figures): Cell[] => [f.elders, f.lines, ...money(f)];
  const totals = (blanks: number): Cell[] => ['合计', ...Array<Cell>(blanks).fill(''), ...figures(report.totals)];
  table(workbook, '按区域', [{ header: '区域', width: 16 }, { header: '区域路径', width: 40 }, ...counts], report.byArea.map((r) => [r.areaName, r.areaPath, ...figures(r)]), totals(1));
  table(workbook, '按类别', [{ header: '补贴类别', width: 14 }, ...counts], report.byCategory.map((r) => [categoryLabel(r.category), ...figures(r)]), totals(0));
  table(workbook, '按项目', [{ header: '项目编码', width: 20 }, { header: '服务项目', width: 20 }, ...counts], report.byItem.map((r) => [r.itemCode, r.itemName, ...figures(r)]), totals(1));
  return written(workbook);
}
