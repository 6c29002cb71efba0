import { ACCESS, monthlyReport, monthlyReportDetail, monthlyReportInput, monthlyReportList } from '@careflow/contracts';
import { z } from 'zod';
import { checkedParam, currentUser, route, RouteContext, RouteSpec } from '../../http/route';
import { download, pdfDownload } from '../imports/routes';
import type { MonthlyReports } from './archive';
import type { MonthlyReportFiles } from './files';

const idOf = (ctx: RouteContext) => checkedParam(ctx, 'id', z.string().min(1).max(36));
const exported = (format: string) => ({ action: 'monthly_report.export', entity: 'monthly_report', summary: () => ({ format }) });

/** 月度报告: the archive, a report generated on demand, and each report's figures, PDF and Excel. */
export function monthlyReportRoutes(reports: MonthlyReports, files: MonthlyReportFiles): RouteSpec[] {
  return [
    route({ method: 'get', path: '/reports/monthly', summary: 'The monthly report archive (月度报告): the reports whose area is within your area scope, newest month first', access: ACCESS.reports.read, response: monthlyReportList, handler: (ctx) => reports.list(currentUser(ctx)) }),
    route({
      method: 'post',
      path: '/reports/monthly',
      summary: 'Generate the report of a month (up to the current one: its figures so far) for the whole bureau or an area, and keep it in the archive; a user limited to areas names one within their scope',
      access: ACCESS.reports.read,
      body: monthlyReportInput,
      response: monthlyReport,
      audit: { action: 'monthly_report.generate', entity: 'monthly_report', id: ({ result }) => result.id, summary: ({ body }) => ({ month: body.month, areaCode: body.areaCode ?? null }) },
      handler: async (ctx, body) => {
        ctx.status = 201;
        return reports.generate(body, currentUser(ctx));
      },
    }),
    route({ method: 'get', path: '/reports/monthly/:id', summary: 'One archived monthly report with its figures as generated', access: ACCESS.reports.read, response: monthlyReportDetail, handler: (ctx) => reports.get(idOf(ctx), currentUser(ctx)) }),
    route({
      method: 'get',
      path: '/reports/monthly/:id/pdf',
      summary: 'An archived monthly report as a PDF in Chinese: key figures with the month before, then calls, cases, emergencies, satisfaction and providers, each with its chart and table',
      access: ACCESS.reports.read,
      audit: exported('pdf'),
      handler: async (ctx) => {
        const { name, file } = await files.pdf(idOf(ctx), currentUser(ctx));
        return pdfDownload(ctx, name, 'monthly-report', file);
      },
    }),
    route({
      method: 'get',
      path: '/reports/monthly/:id/xlsx',
      summary: 'An archived monthly report as an Excel workbook from the same figures as its PDF: 总体情况, then a sheet per section as the live reports lay them out',
      access: ACCESS.reports.read,
      audit: exported('xlsx'),
      handler: async (ctx) => {
        const { name, file } = await files.xlsx(idOf(ctx), currentUser(ctx));
        return download(ctx, name, file);
      },
    }),
  ];
}
