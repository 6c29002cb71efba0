import { pdfFont } from '../../pdf/font';
import type { PublicUser } from '../identity/entities';
import type { MonthlyReports } from './archive';
import { monthlyReportPdf } from './report-pdf';
import { monthlyReportSheet } from './report-sheet';
import { reportFileName } from './titles';

/** An archived report's files, drawn from its frozen figures on each download (the same access as the report). */
export class MonthlyReportFiles {
  constructor(
    private readonly reports: MonthlyReports,
    private readonly timeZone: string,
    /** STATEMENT_PDF_FONT */
    private readonly fontPath: string,
    /** HOTLINE_NAME */
    private readonly hotline: string,
  ) {}

  async pdf(id: string, user: PublicUser): Promise<{ name: string; file: Buffer }> {
    const report = await this.reports.get(id, user);
    return { name: reportFileName(report), file: await monthlyReportPdf(report, this.hotline, this.timeZone, await pdfFont(this.fontPath)) };
  }

  async xlsx(id: string, user: PublicUser): Promise<{ name: string; file: Buffer }> {
    const report = await this.reports.get(id, user);
    return { name: reportFileName(report), file: await monthlyReportSheet(report.figures) };
  }
}
