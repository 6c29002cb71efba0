import { isCalendarDate, type DayKind } from '@careflow/contracts';

export interface NoticeDay {
  date: string;
  kind: DayKind;
  name: string;
}
export interface NoticeProblem {
  line: number;
  text: string;
  reason: 'format' | 'date' | 'year' | 'kind' | 'twice';
}

/** 休 (or 假, 放假, holiday) is a day off; 班 (or 上班, 调休上班, workday) a weekend worked in exchange. */
const KINDS: Record<string, DayKind> = { 休: 'holiday', 假: 'holiday', 放假: 'holiday', holiday: 'holiday', 班: 'workday', 上班: 'workday', 调休上班: 'workday', workday: 'workday' };
const DAY = 86_400_000;

/** Every date from one to the other, both included (at most a month: a notice's longest break is 8 days). */
function span(from: string, to: string): string[] | undefined {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (end < start || end - start > 31 * DAY) return undefined;
  const days: string[] = [];
  for (let at = start; at <= end; at += DAY) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/**
 * Reads the year's holiday notice as the office pastes it, one line per day or span, e.g.
 * `2026-10-01~2026-10-08 休 国庆节` or `2026-10-11,班,国庆节调休` (tabs from a spreadsheet work too).
 * Blank lines and lines starting with # are skipped; every other line must be right, or it is listed.
 */
export function parseHolidayNotice(text: string, year: number): { days: NoticeDay[]; problems: NoticeProblem[] } {
  const days: NoticeDay[] = [];
  const problems: NoticeProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const problem = (reason: NoticeProblem['reason']) => problems.push({ line: i + 1, text: line, reason });
    const parts = line.split(/[\s,，\t]+/);
    if (parts.length < 3) return problem('format');
    const [dates, kindText, ...nameParts] = parts;
    const [from, to = from] = dates.split(/[~～至]|--/);
    if (!isCalendarDate(from) || !isCalendarDate(to)) return problem('date');
    const kind = KINDS[kindText.toLowerCase()];
    if (!kind) return problem('kind');
    const covered = span(from, to);
    if (!covered) return problem('date');
    if (covered.some((d) => !d.startsWith(`${year}-`))) return problem('year');
    if (covered.some((d) => seen.has(d))) return problem('twice');
    covered.forEach((date) => {
      seen.add(date);
      days.push({ date, kind, name: nameParts.join(' ') });
    });
  });
  return { days, problems };
}
