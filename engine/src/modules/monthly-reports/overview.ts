import type { MonthlyReportFigures } from '@careflow/contracts';

/** How a figure reads and how its change is stated: counts and values relative (%), rates in percentage points. */
export type FigureKind = 'count' | 'rate' | 'value';

interface Side {
  calls: MonthlyReportFigures['calls']['previous'];
  cases: MonthlyReportFigures['cases']['previous'];
  emergency: MonthlyReportFigures['emergency']['previous'];
  satisfaction: MonthlyReportFigures['satisfaction']['previous'];
  providers: MonthlyReportFigures['providers']['previous'];
  elders: NonNullable<MonthlyReportFigures['elders']>['previous'] | null;
}

const KEY_FIGURES: [label: string, kind: FigureKind, read: (s: Side) => number | null][] = [
  ['呼入量', 'count', (s) => s.calls.offered],
  ['人工接通量', 'count', (s) => s.calls.answered],
  ['接通率', 'rate', (s) => s.calls.connectRate],
  ['15秒接通率', 'rate', (s) => s.calls.within15sRate],
  ['平均应答时长(秒)', 'value', (s) => s.calls.asaSec],
  ['平均处理时长(秒)', 'value', (s) => s.calls.ahtSec],
  ['受理工单', 'count', (s) => s.cases.opened],
  ['办结工单', 'count', (s) => s.cases.closed],
  ['按时办结率', 'rate', (s) => s.cases.onTimeRate],
  ['一次办结率', 'rate', (s) => s.cases.fcrRate],
  ['重办率', 'rate', (s) => s.cases.redoRate],
  ['短信网络3分钟响应率', 'rate', (s) => s.cases.replyRate],
  ['信箱24小时答复率', 'rate', (s) => s.cases.mailboxRate ?? null],
  ['平均办理时长(小时)', 'value', (s) => s.cases.avgDurationHours],
  ['催办量', 'count', (s) => s.cases.urged],
  ['督办量', 'count', (s) => s.cases.supervised],
  ['紧急呼叫', 'count', (s) => s.emergency.alarms],
  ['误报率', 'rate', (s) => s.emergency.falseAlarmRate],
  ['平均回拨用时(秒)', 'value', (s) => s.emergency.callback.avgSec],
  ['平均到场用时(秒)', 'value', (s) => s.emergency.onSite.avgSec],
  ['回访评价数', 'count', (s) => s.satisfaction.rated],
  ['满意率', 'rate', (s) => s.satisfaction.satisfiedRate],
  ['服务派单', 'count', (s) => s.providers.orders],
  ['拒单率', 'rate', (s) => s.providers.rejectionRate],
  ['服务按时完成率', 'rate', (s) => s.providers.onTimeRate],
  ['服务投诉', 'count', (s) => s.providers.complaints],
  ['期间服务老人', 'count', (s) => s.elders?.served ?? null],
  ['新增登记老人', 'count', (s) => s.elders?.added ?? null],
];

export interface KeyFigure {
  label: string;
  kind: FigureKind;
  month: number | null;
  previous: number | null;
}

/** 总体情况: the month's key figures beside the month before's (the PDF's first table and the workbook's first sheet). */
export function keyFigures(f: MonthlyReportFigures): KeyFigure[] {
  const month: Side = { calls: f.calls.month.total, cases: f.cases.month.total, emergency: f.emergency.month.total, satisfaction: f.satisfaction.month.total, providers: f.providers.month.total, elders: f.elders?.month.total ?? null };
  const previous: Side = { calls: f.calls.previous, cases: f.cases.previous, emergency: f.emergency.previous, satisfaction: f.satisfaction.previous, providers: f.providers.previous, elders: f.elders?.previous ?? null };
  return KEY_FIGURES.map(([label, kind, read]) => ({ label, kind, month: read(month), previous: read(previous) }));
}

const DASH = '—';

/** A figure as the report prints it: rates as percentages, null (no denominator) as a dash. */
export function shown(value: number | null, kind: FigureKind = 'count'): string {
  if (value === null) return DASH;
  return kind === 'rate' ? `${(value * 100).toFixed(1)}%` : String(value);
}

/** 环比: the change from the month before, relative for counts and values, in percentage points for rates. */
export function change({ kind, month, previous }: KeyFigure): string {
  if (month === null || previous === null) return DASH;
  if (kind === 'rate') return `${signed((month - previous) * 100)}个百分点`;
  return previous === 0 ? DASH : `${signed(((month - previous) / previous) * 100)}%`;
}

const signed = (n: number) => `${n > 0 ? '+' : ''}${n.toFixed(1)}`;
