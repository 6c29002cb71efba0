import type { CareSchedule, FieldProblem } from '@careflow/contracts';

/**
 * A care plan's cells in zh-CN, both ways, in one place: the template's example, the export and the
 * import read the same labels (kinds and channels from care-plans/labels, as the 关怀 page's export
 * writes them), so an exported sheet imports unchanged.
 */
export const SCHEDULE_LABELS: Record<CareSchedule['kind'], string> = { weekly: '每周', monthly: '每月', every: '每N天', birthday: '生日' };
export const HOLIDAY_LABELS = { shift: '顺延', skip: '跳过' } as const;
/** The owner cell of a plan the elder's community worker answers for; any other text is a group key. */
export const COMMUNITY_WORKER = '社区工作人员';
const WEEKDAYS = '一二三四五六日';

/** Other spellings people type (and the web app's longer labels), read as the label they mean. */
const ALIASES: Record<string, string> = { 缴费预约提醒: '缴费/预约提醒', 缴费提醒: '缴费/预约提醒', 预约提醒: '缴费/预约提醒', 每隔N天: '每N天', 每年生日: '生日', 顺延到下一个工作日: '顺延', 天: '日' };

/** The code a label (or the code itself) stands for; undefined for anything else. */
export function codeOfLabel<C extends string>(labels: Record<C, string>, cell: string): C | undefined {
  const text = cell.replace(/\s+/g, '').replace(/[nＮｎ]/g, 'N');
  const label = ALIASES[text] ?? text;
  return (Object.keys(labels) as C[]).find((code) => labels[code] === label || code === cell.trim());
}

/** A problem naming what the cell may hold, in the import's (column) terms. */
export const notOneOf = (column: string, value: string, labels: Record<string, string>): FieldProblem => ({
  path: column,
  message: `${value || '(empty)'} is not one of ${Object.values(labels).join(', ')}`,
  code: 'not_one_of',
  params: { value, allowed: Object.values(labels).join('、') },
});

/** The schedule as two readable cells: its kind and its value (weekdays 一、三、五, the day of the month, N). */
export function scheduleCells(schedule: CareSchedule): [string, string] {
  const label = SCHEDULE_LABELS[schedule.kind];
  if (schedule.kind === 'weekly') return [label, [...schedule.weekdays].sort((a, b) => a - b).map((d) => WEEKDAYS[d - 1]).join('、')];
  if (schedule.kind === 'monthly') return [label, String(schedule.day)];
  if (schedule.kind === 'every') return [label, String(schedule.days)];
  return [label, ''];
}

/** The schedule two cells describe, or the problem with the column to blame. */
export function scheduleOf(kindCell: string, valueCell: string, columns: { kind: string; value: string }): CareSchedule | FieldProblem {
  const kind = codeOfLabel(SCHEDULE_LABELS, kindCell);
  if (!kind) return notOneOf(columns.kind, kindCell, SCHEDULE_LABELS);
  const bad = (hint: string): FieldProblem => ({ path: columns.value, message: `${valueCell || '(empty)'} is not ${hint}`, code: 'care_schedule_value', params: { value: valueCell, kind: SCHEDULE_LABELS[kind] } });
  if (kind === 'birthday') return { kind };
  if (kind === 'weekly') {
    const days = valueCell.split(/[、，,；;\s]+/).filter(Boolean).map((d) => d.replace(/^(周|星期)/, ''));
    const weekdays = days.map((d) => (/^[1-7]$/.test(d) ? Number(d) : WEEKDAYS.indexOf(ALIASES[d] ?? d) + 1));
    if (!weekdays.length || weekdays.some((d) => d < 1)) return bad('weekdays such as 一、三、五');
    return { kind, weekdays: [...new Set(weekdays)].sort((a, b) => a - b) };
  }
  const n = /^\d{1,3}$/.test(valueCell) ? Number(valueCell) : 0;
  if (kind === 'monthly') return n >= 1 && n <= 31 ? { kind, day: n } : bad('a day of the month, 1–31');
  return n >= 1 && n <= 366 ? { kind, days: n } : bad('a number of days, 1–366');
}

