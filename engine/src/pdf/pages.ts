import PDFDocument from 'pdfkit';
import { pdfBytes } from './bytes';
import type { PdfFont } from './font';

export interface TableColumn {
  header: string;
  /** Points; the widths of a table should add up to the page's width (PdfPages.width). */
  width: number;
  align?: 'left' | 'right';
}

export interface BarSeries {
  name: string;
  color: string;
  values: number[];
}

const MARGIN = 40;
const PAD = 3;
const GRID = '#dddddd';
/** Room kept under the content for the page number. */
const FOOT = 20;

/**
 * A4 portrait pages written top to bottom in a CJK font: headings, paragraphs, tables whose header
 * repeats on each page, and bar charts drawn as vectors (no browser, no images). Content that does
 * not fit goes on a new page.
 */
export class PdfPages {
  private readonly pdf: PDFKit.PDFDocument;
  private readonly bytes: Promise<Buffer>;
  private y = MARGIN;
  readonly width: number;

  constructor(font: PdfFont, title: string) {
    this.pdf = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: title } });
    this.bytes = pdfBytes(this.pdf);
    this.pdf.registerFont('cjk', font);
    this.pdf.font('cjk');
    this.width = this.pdf.page.width - 2 * MARGIN;
  }

  /** Text across the page; `center` for titles. */
  text(text: string, options: { size?: number; color?: string; center?: boolean; gap?: number } = {}): void {
    const size = options.size ?? 10;
    this.pdf.fontSize(size);
    this.room(this.pdf.heightOfString(text, { width: this.width }) + (options.gap ?? 4));
    this.pdf.fillColor(options.color ?? 'black').text(text, MARGIN, this.y, { width: this.width, align: options.center ? 'center' : 'left' });
    this.y = this.pdf.y + (options.gap ?? 4);
    this.pdf.fillColor('black');
  }

  /** A section's heading, kept on the page of the first `keep` points of what follows it (a chart). */
  heading(text: string, keep = 220): void {
    this.room(keep);
    this.y += 8;
    this.text(text, { size: 13, gap: 6 });
  }

  table(columns: TableColumn[], rows: string[][], options: { size?: number; lastIsTotal?: boolean } = {}): void {
    const size = options.size ?? 8;
    const header = () => this.row(columns, columns.map((c) => c.header), size, '#eeeeee');
    this.room(40);
    header();
    rows.forEach((cells, i) => {
      if (this.room(this.rowHeight(columns, cells, size))) header();
      this.row(columns, cells, size, options.lastIsTotal && i === rows.length - 1 ? '#f7f7f7' : undefined);
    });
    this.y += 6;
  }

  /** Grouped bars, one group per category, a legend above; labels thinned to fit under the axis. */
  barChart(categories: string[], series: BarSeries[], height = 150): void {
    if (series.every((s) => s.values.every((v) => !v))) return this.text('（本月没有数据）', { size: 9, color: '#888', gap: 8 });
    this.room(height + 40);
    const pdf = this.pdf;
    const left = MARGIN + 36;
    const plotWidth = this.width - 36;
    const top = this.y + 16;
    const tick = niceStep(Math.max(0, ...series.flatMap((s) => s.values)) / 4);
    const max = 4 * tick;
    pdf.fontSize(7);
    let legendX = left;
    for (const s of series) {
      pdf.rect(legendX, this.y + 2, 8, 8).fill(s.color);
      pdf.fillColor('black').text(s.name, legendX + 11, this.y + 2, { lineBreak: false });
      legendX += 16 + pdf.widthOfString(s.name);
    }
    for (let i = 0; i <= 4; i++) {
      const y = top + height - (height * i) / 4;
      pdf.moveTo(left, y).lineTo(left + plotWidth, y).lineWidth(0.5).strokeColor(GRID).stroke();
      pdf.fillColor('#666').text(String(tick * i), MARGIN, y - 3, { width: 32, align: 'right', lineBreak: false });
    }
    const slot = plotWidth / Math.max(1, categories.length);
    const bar = Math.min(18, (slot * 0.8) / Math.max(1, series.length));
    const every = Math.max(1, Math.ceil(categories.length / Math.floor(plotWidth / 28)));
    categories.forEach((label, c) => {
      const x0 = left + c * slot + (slot - bar * series.length) / 2;
      series.forEach((s, k) => {
        const h = (height * (s.values[c] ?? 0)) / max;
        if (h > 0) pdf.rect(x0 + k * bar, top + height - h, bar * 0.9, h).fill(s.color);
      });
      if (c % every === 0) pdf.fillColor('#333').text(label, left + c * slot - 10, top + height + 3, { width: slot + 20, align: 'center', lineBreak: false, height: 10 });
    });
    pdf.fillColor('black');
    this.y = top + height + 18;
  }

  /** Adds 第 n 页 / 共 m 页 under every page and returns the file. */
  async finish(): Promise<Buffer> {
    pageNumbers(this.pdf, { x: MARGIN, y: this.pdf.page.height - MARGIN - 10, width: this.width, size: 8, color: '#666' });
    this.pdf.end();
    return this.bytes;
  }

  private rowHeight(columns: TableColumn[], cells: string[], size: number): number {
    const pdf = this.pdf.fontSize(size);
    return Math.max(...columns.map((c, i) => pdf.heightOfString(cells[i] || ' ', { width: c.width - 2 * PAD }))) + 2 * PAD;
  }

  private row(columns: TableColumn[], cells: string[], size: number, fill?: string): void {
    const pdf = this.pdf;
    const height = this.rowHeight(columns, cells, size);
    const width = columns.reduce((sum, c) => sum + c.width, 0);
    if (fill) pdf.rect(MARGIN, this.y, width, height).fill(fill);
    let x = MARGIN;
    columns.forEach((c, i) => {
      pdf.fillColor('black').text(cells[i] ?? '', x + PAD, this.y + PAD, { width: c.width - 2 * PAD, align: c.align ?? 'left' });
      x += c.width;
    });
    this.y += height;
    pdf.moveTo(MARGIN, this.y).lineTo(MARGIN + width, this.y).lineWidth(0.5).strokeColor('#bbbbbb').stroke();
  }

  /** Starts a new page unless `height` fits under the current position; true when it did. */
  private room(height: number): boolean {
    if (this.y + height <= this.pdf.page.height - MARGIN - FOOT) return false;
    this.pdf.addPage();
    this.y = MARGIN;
    return true;
  }
}

/** Writes 第 n 页 / 共 m 页 on every buffered page (all of one size), centred in the box at x, y, `width` wide. */
export function pageNumbers(pdf: PDFKit.PDFDocument, at: { x: number; y: number; width: number; size: number; color: string }): void {
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    // Below the bottom margin: without this pdfkit would start a new page for the footer.
    pdf.page.margins.bottom = 0;
    pdf.fontSize(at.size).fillColor(at.color).text(`第 ${i + 1} 页 / 共 ${range.count} 页`, at.x, at.y, { width: at.width, align: 'center', lineBreak: false });
  }
}

/** The axis step: 1, 2 or 5 times a power of ten at or above `value`, at least 1 (counts get whole ticks). */
export function niceStep(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5]) if (step * power >= value) return step * power;
  return 10 * power;
}
