import { parseHolidayNotice } from './holidayNotice';

describe("the year's holiday notice as pasted", () => {
  it('given spans and single days, when read, then every day of each span is a holiday and the exchanged weekends are workdays', () => {
    const { days, problems } = parseHolidayNotice('# 2026 年节假日安排\n2026-10-01~2026-10-03 休 国庆节\n\n2026-09-28,班,国庆节调休\n2026-01-01\t假\t元旦', 2026);
    expect(problems).toEqual([]);
    expect(days).toEqual([
      { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2026-10-02', kind: 'holiday', name: '国庆节' },
      { date: '2026-10-03', kind: 'holiday', name: '国庆节' },
      { date: '2026-09-28', kind: 'workday', name: '国庆节调休' },
      { date: '2026-01-01', kind: 'holiday', name: '元旦' },
    ]);
  });

  it('given bad lines, when read, then each is listed with its line and reason and the good ones still count', () => {
    const { days, problems } = parseHolidayNotice('2026-02-30 休 春节\n2027-01-01 休 元旦\n2026-05-01 歇 劳动节\n2026-05-01\n2026-06-01 休 儿童节\n2026-06-01 班 重复', 2026);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([[1, 'date'], [2, 'year'], [3, 'kind'], [4, 'format'], [6, 'twice']]);
    expect(days).toEqual([{ date: '2026-06-01', kind: 'holiday', name: '儿童节' }]);
  });
});
