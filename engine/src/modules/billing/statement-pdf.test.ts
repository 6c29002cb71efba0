import { pdfPages } from '../../../test/support/pdf-text';
import { loadEngineConfig } from '../../config';
import { pdfFont } from '../../pdf/font';
import { StatementDoc, StatementRow } from './statement-doc';
import { statementPdf } from './statement-pdf';

const row = (i: number): StatementRow => ({ date: '2026-11-05', item: `日常保洁${i}`, provider: '历下颐养家政', quantity: 2, unit: '小时', unitPrice: 4500, amount: 9000, subsidy: 4500, elderShare: 4500, note: '' });
const doc = (rows: StatementRow[]): StatementDoc => ({ hotline: '济南市养老服务热线 12349', title: '收费清单', elderName: '李桂兰', category: '低偿', month: '2026年11月', status: '未月结', services: rows.length, rows, totals: { amount: 9000 * rows.length, subsidy: 4500 * rows.length, elderShare: 4500 * rows.length } });

describe('the statement PDF', () => {
  // The configured default: the font the npm package ships, so a fresh checkout needs no system fonts.
  const fontFile = loadEngineConfig({}).statements.pdfFont;

  it('given a month of many lines, when printed, then they run over pages, each numbered and with the column headers, under the hotline’s name, and end with the totals', async () => {
    const file = await statementPdf(doc(Array.from({ length: 70 }, (_, i) => row(i + 1))), await pdfFont(fontFile));
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(file);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, i) => {
      expect(text).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`);
      expect(text).toContain('服务日期');
    });
    expect(pages[0]).toMatch(/^济南市养老服务热线 12349\s+收费清单/);
    expect(pages[0]).toContain('老人：李桂兰');
    expect(pages.at(-1)).toContain('日常保洁70');
    expect(pages.at(-1)).toMatch(/本月合计[\s\S]*¥6300\.00[\s\S]*¥3150\.00/);
    // Only the glyphs used are embedded: far smaller than the 8 MB font.
    expect(file.length).toBeLessThan(400_000);
  });

  it('given a month without lines, when printed, then one page says so with zero totals', async () => {
    const pages = await pdfPages(await statementPdf(doc([]), await pdfFont(fontFile)));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('济南市养老服务热线 12349');
    expect(pages[0]).toContain('本月没有收费明细');
    expect(pages[0]).toContain('¥0.00');
  });

  it('given the font parsed once for the process, when PDFs are printed one after another and at once, then each embeds only its own glyphs, as if it were the first', async () => {
    expect(pdfFont(fontFile)).toBe(pdfFont(fontFile));
    const font = await pdfFont(fontFile);
    const empty = async () => (await statementPdf(doc([]), font)).length;
    const first = await empty();
    await Promise.all([statementPdf(doc(Array.from({ length: 30 }, (_, i) => row(i))), font), empty()]);
    expect(await empty()).toBe(first);
  });

  it('given a font file that cannot be read, when a PDF asks for it, then the error names STATEMENT_PDF_FONT, and the next ask tries again', async () => {
    const failed = pdfFont('/no/such/font.otf');
    await expect(failed).rejects.toThrow(/STATEMENT_PDF_FONT=\/no\/such\/font\.otf cannot be read/);
    const again = pdfFont('/no/such/font.otf');
    expect(again).not.toBe(failed);
    await expect(again).rejects.toThrow(/cannot be read/);
  });
});
