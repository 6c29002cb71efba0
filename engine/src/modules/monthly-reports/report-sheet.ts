import { callReportQuery, caseReportQuery, elderReportQuery, emergencyReportQuery, providerReportQuery, satisfactionReportQuery, type MonthlyReportFigures } from '@careflow/contracts';
import { kpiRows } from '../imports/report-routes';
import { writeSheets, type SheetToWrite } from '../imports/sheets';
import { callSheet } from '../stats/routes';
import { CASE_KPI_COLUMNS, caseSheet } from '../stats/case-routes';
import { emergencySheet } from '../stats/alarm-routes';
import { elderSheet } from '../stats/elder-routes';
import { providerSheet } from '../stats/provider-routes';
import { satisfactionSheet } from '../stats/rating-routes';
import { daysOf } from '../billing/months';
import { change, keyFigures, shown } from './overview';

/**
 * 月度报告 as a workbook, from the same figures as its PDF: 总体情况 (key figures with 环比), then each
 * section as the live report's own Excel lays it out, so a month's sheet and the report's agree.
 */
export function monthlyReportSheet(f: MonthlyReportFigures): Promise<Buffer> {
  const period = daysOf(f.month);
  const sheets: SheetToWrite[] = [
    {
      name: '总体情况',
      columns: [{ header: '指标', width: 24 }, { header: '本月' }, { header: `上月（${f.previousMonth}）`, width: 16 }, { header: '环比', width: 16 }],
      rows: keyFigures(f).map((k) => [k.label, shown(k.month, k.kind), shown(k.previous, k.kind), change(k)]),
    },
    callSheet(f.calls.month, callReportQuery.parse({ ...period, groupBy: 'day' })),
    {
      name: '话务时段',
      columns: ['小时', '呼入量', '人工接通量', '排队放弃量', '振铃未接量'].map((header) => ({ header })),
      rows: f.calls.month.byHourOfDay.map((h) => [String(h.hour), String(h.offered), String(h.answered), String(h.abandoned), String(h.missed)]),
    },
    caseSheet(f.cases.month, caseReportQuery.parse({ ...period, groupBy: 'type' })),
    { name: '工单渠道', ...kpiRows('渠道', CASE_KPI_COLUMNS, f.cases.byChannel, f.cases.month.total) },
    emergencySheet(f.emergency.month, emergencyReportQuery.parse({ ...period, groupBy: 'button' })),
    satisfactionSheet(f.satisfaction.month, satisfactionReportQuery.parse({ ...period, groupBy: 'type' })),
    providerSheet(f.providers.month, providerReportQuery.parse({ ...period, groupBy: 'provider' })),
    ...(f.elders ? [elderSheet(f.elders.month, elderReportQuery.parse({ ...period, groupBy: 'category' }))] : []),
  ];
  return writeSheets(sheets);
}
