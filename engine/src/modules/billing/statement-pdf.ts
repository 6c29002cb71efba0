import { yuan } from '@careflow/contracts';
import PDFDocument from 'pdfkit';
import { pdfBytes } from '../../pdf/bytes';
import { PdfFont } from '../../pdf/font';
import { pageNumbers } from '../../pdf/pages';
import { StatementDoc, StatementRow } from './statement-doc';

type Column = { header: string; width: number; align?: 'right'; cell: (row: StatementRow) => string };

// A4 landscape: 842 × 595 pt; the nine columns fill the 762 pt between the margins.
const MARGIN = 40;
const PAD = 4;
const SIZE = 9;
/** Two ideographic spaces between the heading's fields. */
const GAP = '\u3000\u3000';
const money = (fen: number | null) => (fen === null ? '—' : yuan(fen));
const COLUMNS: Column[] = [
  { header: '服务日期', width: 66, cell: (r) => r.date },
  { header: '服务项目', width: 120, cell: (r) => r.item },
  { header: '服务商', width: 120, cell: (r) => r.provider },
  { header: '数量', width: 50, align: 'right', cell: (r) => (r.quantity === null ? '—' : `${r.quantity}${r.unit}`) },
  { header: '单价', width: 64, align: 'right', cell: (r) => money(r.unitPrice) },
  { header: '金额', width: 64, align: 'right', cell: (r) => money(r.amount) },
  { header: '补贴', width: 64, align: 'right', cell: (r) => money(r.subsidy) },
  { header: '自付', width: 64, align: 'right', cell: (r) => money(r.elderShare) },
  { header: '说明', width: 150, cell: (r) => r.note },
];
const TABLE_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0);

/**
 * 收费清单 as a PDF: the hotline's name, heading, the lines as a table whose header repeats on every
 * page, the totals, and 第 n 页 / 共 m 页 at the foot. `font` is a parsed CJK TTF/OTF (pdfFont),
 * shared by every PDF; only the glyphs used are embedded.
 */
export function statementPdf(doc: StatementDoc, font: PdfFont): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: true, info: { Title: `${doc.title} ${doc.elderName} ${doc.month}` } });
  const done = pdfBytes(pdf);
  pdf.registerFont('cjk', font);
  pdf.font('cjk');
  // Room for the page number under the table.
  const bottom = pdf.page.height - MARGIN - 16;

  pdf.fontSize(11).fillColor('#555').text(doc.hotline, MARGIN, MARGIN, { width: TABLE_WIDTH, align: 'center' }).fillColor('black');
  pdf.fontSize(20).text(doc.title, MARGIN, pdf.y + 4, { width: TABLE_WIDTH, align: 'center' });
  pdf.fontSize(10).text(`老人：${doc.elderName}${GAP}补贴类别：${doc.category}${GAP}月份：${doc.month}${GAP}状态：${doc.status}`, MARGIN, pdf.y + 8, { width: TABLE_WIDTH });
  let y = pdf.y + 8;

  const drawRow = (cells: string[], options: { fill?: string; header?: boolean } = {}): void => {
    pdf.fontSize(SIZE);
    const height = Math.max(...cells.map((text, i) => pdf.heightOfString(text || ' ', { width: COLUMNS[i].width - 2 * PAD }))) + 2 * PAD;
    if (y + height > bottom) {
      pdf.addPage();
      y = MARGIN;
      if (!options.header) drawHeader();
    }
    if (options.fill) pdf.rect(MARGIN, y, TABLE_WIDTH, height).fill(options.fill).fillColor('black');
    let x = MARGIN;
    cells.forEach((text, i) => {
      pdf.text(text, x + PAD, y + PAD, { width: COLUMNS[i].width - 2 * PAD, align: COLUMNS[i].align ?? 'left' });
      x += COLUMNS[i].width;
    });
    y += height;
    pdf.moveTo(MARGIN, y).lineTo(MARGIN + TABLE_WIDTH, y).lineWidth(0.5).strokeColor('#bbbbbb').stroke();
  };
  const drawHeader = () => drawRow(COLUMNS.map((c) => c.header), { fill: '#eeeeee', header: true });

  drawHeader();
  if (doc.rows.length === 0) {
    pdf.fontSize(SIZE).text('本月没有收费明细', MARGIN + PAD, y + PAD, { width: TABLE_WIDTH - 2 * PAD });
    y = pdf.y + PAD;
  }
  for (const row of doc.rows) drawRow(COLUMNS.map((c) => c.cell(row)));
  drawRow(['本月合计', '', '', '', '', yuan(doc.totals.amount), yuan(doc.totals.subsidy), yuan(doc.totals.elderShare), `服务 ${doc.services} 次`], { fill: '#f7f7f7' });

  pageNumbers(pdf, { x: MARGIN, y: pdf.page.height - MARGIN, width: TABLE_WIDTH, size: SIZE, color: '#555' });
  pdf.end();
  return done;
}
