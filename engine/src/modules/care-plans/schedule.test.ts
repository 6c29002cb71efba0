import { HolidayCalendar } from '../periodic-needs/schedule';
import { careOccurrencesBetween, isBirthday, shiftReachStart } from './schedule';

/** 2027-10-01 (a Friday) … 10-07 off (国庆), 10-09 (a Saturday) worked in exchange. */
const calendar: HolidayCalendar = {
  isHoliday: (d) => d >= '2027-10-01' && d <= '2027-10-07',
  isWorkingDate: (d) => (d >= '2027-10-01' && d <= '2027-10-07' ? false : d === '2027-10-09' || ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())),
};
const birthday = (holidays: 'skip' | 'shift') => ({ schedule: { kind: 'birthday' as const }, holidays, startsOn: '2020-01-01', endsOn: null });

describe('care plan schedule', () => {
  it('given an elder born on 29 February, when the years come, then the birthday is the 29th in leap years and the 28th in others', () => {
    expect(isBirthday('1944-02-29', '2028-02-29')).toBe(true);
    expect(isBirthday('1944-02-29', '2028-02-28')).toBe(false);
    expect(isBirthday('1944-02-29', '2027-02-28')).toBe(true);
    expect(careOccurrencesBetween(birthday('skip'), '1944-02-29', '2027-01-01', '2028-12-31', calendar).map((o) => o.scheduledOn)).toEqual(['2027-02-28', '2028-02-29']);
  });

  it('given a birthday on a Sunday, when the greeting shifts, then it is made on Monday; when it skips, then on the Sunday itself', () => {
    // 2027-03-07 is a Sunday.
    expect(careOccurrencesBetween(birthday('shift'), '1940-03-07', '2027-03-01', '2027-03-31', calendar)).toEqual([{ scheduledOn: '2027-03-07', serviceOn: '2027-03-08' }]);
    expect(careOccurrencesBetween(birthday('skip'), '1940-03-07', '2027-03-01', '2027-03-31', calendar)).toEqual([{ scheduledOn: '2027-03-07', serviceOn: '2027-03-07' }]);
  });

  it('given a birthday in the National Day week, when it shifts, then to the Friday after; when it skips, then there is none', () => {
    expect(careOccurrencesBetween(birthday('shift'), '1940-10-03', '2027-10-01', '2027-10-31', calendar)).toEqual([{ scheduledOn: '2027-10-03', serviceOn: '2027-10-08' }]);
    expect(careOccurrencesBetween(birthday('skip'), '1940-10-03', '2027-10-01', '2027-10-31', calendar)).toEqual([]);
  });

  it('given a weekly care call, when listed, then the periodic schedule rules hold for it, and an elder without a birth date has no birthdays', () => {
    const weekly = { schedule: { kind: 'weekly' as const, weekdays: [2] }, holidays: 'shift' as const, startsOn: '2027-03-01', endsOn: null };
    expect(careOccurrencesBetween(weekly, null, '2027-03-01', '2027-03-16', calendar).map((o) => o.serviceOn)).toEqual(['2027-03-02', '2027-03-09', '2027-03-16']);
    expect(careOccurrencesBetween(birthday('shift'), null, '2027-01-01', '2027-12-31', calendar)).toEqual([]);
  });

  it('given a Monday after a weekend, or the Friday after the National Day week, or the Saturday worked in exchange, when the days that may fall on it are asked, then from the first day off before it', () => {
    expect(shiftReachStart('2027-03-08', calendar)).toBe('2027-03-06');
    expect(shiftReachStart('2027-10-08', calendar)).toBe('2027-10-01');
    expect(shiftReachStart('2027-10-09', calendar)).toBe('2027-10-09');
    expect(shiftReachStart('2027-03-09', calendar)).toBe('2027-03-09');
  });
});
