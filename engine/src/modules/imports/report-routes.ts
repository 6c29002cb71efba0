import type { z } from 'zod';
import { Access, currentUser, route, RouteContext, RouteSpec } from '../../http/route';
import type { PublicUser } from '../identity/entities';
import { download } from './routes';
import { SheetColumn, writeSheet } from './sheets';

/** A report laid out as one worksheet: its name, the file's name (without .xlsx), columns and rows. */
export interface ReportSheet {
  name: string;
  file: string;
  columns: SheetColumn[];
  rows: string[][];
}

export interface ReportRoutesSpec<R, Q extends z.ZodType> {
  /** The JSON report's path; the Excel one adds `.xlsx`. */
  path: string;
  summary: string;
  sheetSummary: string;
  access: Access;
  query: Q;
  response: z.ZodType<R>;
  read(query: z.infer<Q>, user: PublicUser): Promise<R>;
  sheet(report: R, query: z.infer<Q>): ReportSheet;
}

/** A report's two routes: the figures as JSON and, read the same way under the same access and query, as Excel. */
export function reportRoutes<R, Q extends z.ZodType>(spec: ReportRoutesSpec<R, Q>): RouteSpec[] {
  return [
    route({ method: 'get', path: spec.path, summary: spec.summary, access: spec.access, query: spec.query, response: spec.response, handler: async (ctx, _body, query) => spec.read(query, currentUser(ctx)) }),
    route({
      method: 'get',
      path: `${spec.path}.xlsx`,
      summary: spec.sheetSummary,
      access: spec.access,
      query: spec.query,
      handler: async (ctx, _body, query) => sheetDownload(ctx, spec.sheet(await spec.read(query, currentUser(ctx)), query)),
    }),
  ];
}

/** A report's sheet as the answer: an .xlsx download named after it. */
export async function sheetDownload(ctx: RouteContext, sheet: ReportSheet): Promise<Buffer> {
  return download(ctx, sheet.file, await writeSheet(sheet.name, sheet.columns, sheet.rows));
}

/** A KPI as a column: its header and how to read it off a group's figures (null: no denominator, an empty cell). */
export type KpiColumn<K> = [header: string, value: (kpis: K) => number | null];

/** KPI figures as a sheet's columns and rows: a row per group, its label first, then 合计. */
export function kpiRows<K>(groupHeader: string, kpis: KpiColumn<K>[], groups: (K & { label: string })[], total: K): Pick<ReportSheet, 'columns' | 'rows'> {
  const cells = (k: K) => kpis.map(([, value]) => String(value(k) ?? ''));
  return { columns: [groupHeader, ...kpis.map(([header]) => header)].map((header) => ({ header })), rows: [...groups.map((g) => [g.label, ...cells(g)]), ['合计', ...cells(total)]] };
}
