import { EntitySchema } from 'typeorm';
import type { MonthlyReportTrigger } from '@careflow/contracts';
import { column, named } from '../../db/columns';

/** A monthly report in the archive: who and what it covers, and its figures as generated (JSON). */
export interface MonthlyReportRow {
  id: string;
  month: string;
  /** null: the whole bureau. */
  areaCode: string | null;
  /** The area's path when generated ('' the whole bureau): whose area scope may read it. */
  areaPath: string;
  areaName: string | null;
  trigger: MonthlyReportTrigger;
  generatedAt: Date;
  generatedById: string | null;
  generatedByName: string | null;
  /** MonthlyReportFigures as JSON text. */
  figures: string;
}

export const MonthlyReportEntity = new EntitySchema<MonthlyReportRow>({
  name: 'MonthlyReport',
  tableName: 'monthly_reports',
  columns: {
    id: column.id(),
    month: { type: 'varchar', length: 7 },
    areaCode: named('area_code', column.text(32, true)),
    areaPath: named('area_path', column.text(200)),
    areaName: named('area_name', column.text(100, true)),
    trigger: named('trigger_kind', { type: 'varchar', length: 20 }),
    generatedAt: named('generated_at', column.time()),
    generatedById: named('generated_by_id', column.text(36, true)),
    generatedByName: named('generated_by_name', column.text(100, true)),
    figures: column.longText(),
  },
  indices: [{ name: 'ix_monthly_reports_month', columns: ['month'] }],
});
