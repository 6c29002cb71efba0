import { BACKLOG_BANDS, SATISFACTION, yuanFigure, type MonthlyReportDetail } from '@careflow/contracts';
import type { PdfFont } from '../../pdf/font';
import { PdfPages, type TableColumn } from '../../pdf/pages';
import { BAND_HEADERS } from '../stats/case-routes';
import { SATISFACTION_LABELS } from '../stats/group-labels';
import { lastDayOfMonth } from '../billing/months';
import { change, keyFigures, shown } from './overview';
import { reportByline, reportTitle } from './titles';

const BLUE = '#3b82f6';
const GREEN = '#22c55e';
const ORANGE = '#f59e0b';

/** A label column of `first` points, then `n` equal columns filling the page's 515 points. */
function columns(first: [string, number], rest: string[], width: number): TableColumn[] {
  const each = (width - first[1]) / rest.length;
  return [{ header: first[0], width: first[1] }, ...rest.map((header) => ({ header, width: each, align: 'right' as const }))];
}

function monthDays(month: string): string[] {
  const last = lastDayOfMonth(month);
  return Array.from({ length: last }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

const pct = (v: number | null) => shown(v, 'rate');
const num = (v: number | null) => shown(v);
const money = (fen: number | undefined) => (fen === undefined ? '—' : yuanFigure(fen));
const stage = (s: { count: number; avgSec: number | null }) => `${s.count} / ${num(s.avgSec)}`;

/** 月度报告 as a PDF: the key figures with 环比, then calls, cases, emergencies, satisfaction and providers, each a chart and its table. */
export async function monthlyReportPdf(report: MonthlyReportDetail, hotline: string, timeZone: string, font: PdfFont): Promise<Buffer> {
  const f = report.figures;
  const title = reportTitle(report);
  const doc = new PdfPages(font, title);
  const w = doc.width;
  doc.text(hotline, { size: 11, color: '#555', center: true });
  doc.text(title, { size: 20, center: true, gap: 6 });
  doc.text(reportByline(report, timeZone), { size: 9, color: '#555', center: true, gap: 10 });

  doc.heading('一、总体情况');
  doc.table(
    [{ header: '指标', width: 200 }, ...['本月', `上月（${f.previousMonth}）`, '环比'].map((header) => ({ header, width: (w - 200) / 3, align: 'right' as const }))],
    keyFigures(f).map((k) => [k.label, shown(k.month, k.kind), shown(k.previous, k.kind), change(k)]),
    { size: 9 },
  );

  const calls = f.calls.month;
  doc.heading('二、话务情况');
  // Every day of the month on the axis, the quiet ones too.
  const days = monthDays(f.month);
  const byDay = new Map(calls.rows.map((r) => [r.key, r]));
  doc.barChart(days.map((d) => d.slice(8)), [
    { name: '呼入量', color: BLUE, values: days.map((d) => byDay.get(d)?.offered ?? 0) },
    { name: '人工接通量', color: GREEN, values: days.map((d) => byDay.get(d)?.answered ?? 0) },
  ]);
  doc.text('呼入量按时段（0–23时，用于排班）', { size: 9, color: '#555' });
  doc.barChart(calls.byHourOfDay.map((h) => String(h.hour)), [{ name: '呼入量', color: BLUE, values: calls.byHourOfDay.map((h) => h.offered) }], 110);
  doc.table(
    columns(['日期', 70], ['呼入量', '人工接通', '15秒内接通', '排队放弃', '振铃未接', '接通率', '15秒接通率', '平均应答(秒)'], w),
    [...calls.rows, { ...calls.total, label: '合计' }].map((r) => [r.label, num(r.offered), num(r.answered), num(r.answeredWithin15s), num(r.abandoned), num(r.missed), pct(r.connectRate), pct(r.within15sRate), num(r.asaSec)]),
    { lastIsTotal: true },
  );

  const cases = f.cases.month;
  const caseColumns = (first: string) => columns([first, 95], ['受理', '办结', '撤销', '按时办结率', '一次办结率', '重办率', '平均时长(时)', '90%时长(时)', '催办', '督办'], w);
  const caseRow = (r: (typeof cases.rows)[number] | (typeof cases.total & { label: string })) => [r.label, num(r.opened), num(r.closed), num(r.canceled), pct(r.onTimeRate), pct(r.fcrRate), pct(r.redoRate), num(r.avgDurationHours), num(r.p90DurationHours), num(r.urged), num(r.supervised)];
  doc.heading('三、工单办理');
  doc.barChart(cases.rows.map((r) => r.label), [
    { name: '受理', color: BLUE, values: cases.rows.map((r) => r.opened) },
    { name: '办结', color: GREEN, values: cases.rows.map((r) => r.closed) },
  ]);
  doc.table(caseColumns('服务类型'), [...cases.rows, { ...cases.total, label: '合计' }].map(caseRow), { lastIsTotal: true });
  doc.text('按渠道', { size: 9, color: '#555' });
  doc.table(caseColumns('渠道'), f.cases.byChannel.map(caseRow));
  doc.text('在办积压（生成时）', { size: 9, color: '#555' });
  doc.table(
    columns(['服务类型', 115], [...BACKLOG_BANDS.map((b) => BAND_HEADERS[b]), '已超期', '合计'], w),
    [...cases.backlog.rows, { ...cases.backlog.total, label: '合计' }].map((r) => [r.label, ...BACKLOG_BANDS.map((b) => num(r[b])), num(r.overdue), num(r.total)]),
    { lastIsTotal: true },
  );

  const alarms = f.emergency.month;
  doc.heading('四、应急响应');
  doc.text('自报警起的平均用时（秒）', { size: 9, color: '#555' });
  const stages = [alarms.total.callback, alarms.total.dispatch, alarms.total.accepted, alarms.total.onSite];
  doc.barChart(['回拨', '派单', '接单', '到场'], [{ name: '平均用时(秒)', color: ORANGE, values: stages.map((s) => s.avgSec ?? 0) }], 110);
  doc.table(
    columns(['按键', 85], ['报警', '误报', '撤销', '误报率', '回拨(次/秒)', '派单(次/秒)', '接单(次/秒)', '到场(次/秒)'], w),
    [...alarms.rows, { ...alarms.total, label: '合计' }].map((r) => [r.label, num(r.alarms), num(r.falseAlarms), num(r.canceled), pct(r.falseAlarmRate), stage(r.callback), stage(r.dispatch), stage(r.accepted), stage(r.onSite)]),
    { lastIsTotal: true },
  );

  const ratings = f.satisfaction.month;
  doc.heading('五、满意度');
  doc.barChart(SATISFACTION.map((s) => SATISFACTION_LABELS[s]), [{ name: '回访评价数', color: GREEN, values: SATISFACTION.map((s) => ratings.total.satisfaction[s]) }], 110);
  doc.table(
    columns(['服务类型', 95], ['评价数', ...SATISFACTION.map((s) => SATISFACTION_LABELS[s]), '满意率', '不满意率'], w),
    [...ratings.rows, { ...ratings.total, label: '合计' }].map((r) => [r.label, num(r.rated), ...SATISFACTION.map((s) => num(r.satisfaction[s])), pct(r.satisfiedRate), pct(r.dissatisfiedRate)]),
    { lastIsTotal: true },
  );
  if (ratings.comments.length > 0) {
    doc.text('回访留言（最近 20 条）', { size: 9, color: '#555' });
    doc.table(
      [{ header: '工单号', width: 95 }, { header: '坐席', width: 70 }, { header: '满意度', width: 60 }, { header: '内容', width: w - 225 }],
      ratings.comments.slice(0, 20).map((c) => [c.caseNumber, c.agentName, SATISFACTION_LABELS[c.satisfaction], c.note]),
    );
  }

  const providers = f.providers.month;
  const busiest = [...providers.rows].sort((a, b) => b.orders - a.orders).slice(0, 12);
  doc.heading('六、服务商');
  doc.barChart(busiest.map((r) => r.label), [
    { name: '派单量', color: BLUE, values: busiest.map((r) => r.orders) },
    { name: '完成量', color: GREEN, values: busiest.map((r) => r.done) },
  ]);
  doc.table(
    columns(['服务商', 95], ['派单', '接单', '拒单', '完成', '拒单率', '接单(分)', '服务(分)', '按时率', '评价', '满意率', '投诉'], w),
    [...providers.rows, { ...providers.total, label: '合计' }].map((r) => [r.label, num(r.orders), num(r.accepted), num(r.rejected), num(r.done), pct(r.rejectionRate), num(r.avgAcceptMinutes), num(r.avgWorkMinutes), pct(r.onTimeRate), num(r.evaluations), pct(r.satisfiedRate), num(r.complaints)]),
    { lastIsTotal: true },
  );
  // Reports made before amounts were counted have none.
  if (providers.total.amount !== undefined) {
    doc.text('服务金额（元，按服务日期）', { size: 9, color: '#555' });
    doc.table(
      columns(['服务商', 135], ['服务金额', '政府补贴', '个人自付'], w),
      [...providers.rows, { ...providers.total, label: '合计' }].map((r) => [r.label, money(r.amount), money(r.subsidy), money(r.elderShare)]),
      { lastIsTotal: true },
    );
  }
  if (f.elders) {
    const elders = f.elders.month;
    doc.heading('七、老人服务', 120);
    doc.table(
      columns(['补贴类别', 135], ['在册老人', '期间服务老人', '服务覆盖率', '新增登记', '迁出', '去世'], w),
      [...elders.rows, { ...elders.total, label: '合计' }].map((r) => [r.label, num(r.registered), num(r.served), pct(r.servedRate), num(r.added), num(r.moved), num(r.deceased)]),
      { lastIsTotal: true },
    );
  }
  doc.text('指标口径见“统计报表 › 指标口径”；比率的分母为 0 时记作“—”。', { size: 8, color: '#777' });
  return doc.finish();
}
