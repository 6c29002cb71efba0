import { HolidayCalendar, occurrencesBetween } from './schedule';

/** 2026-10-01 … 10-08 off (国庆), 10-10 (a Saturday) worked in exchange. */
const calendar: HolidayCalendar = {
  isHoliday: (d) => d >= '2026-10-01' && d <= '2026-10-08',
  isWorkingDate: (d) => (d >= '2026-10-01' && d <= '2026-10-08' ? false : d === '2026-10-10' || ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())),
};
const need = (over: Partial<Parameters<typeof occurrencesBetween>[0]> = {}) => ({ schedule: { kind: 'weekly' as const, weekdays: [2] }, holidays: 'shift' as const, startsOn: '2026-09-01', endsOn: null, ...over });

describe('periodic need schedule', () => {
  it('given cleaning every Tuesday, when September is listed, then each Tuesday from the first day', () => {
    expect(occurrencesBetween(need({ startsOn: '2026-09-02' }), '2026-09-01', '2026-09-30', calendar).map((o) => o.serviceOn)).toEqual(['2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29']);
  });

  it('given the National Day Tuesday, when the need shifts, then it moves to the next working day, and when it skips, then it is left out', () => {
    expect(occurrencesBetween(need(), '2026-10-01', '2026-10-14', calendar)).toEqual([
      { scheduledOn: '2026-10-06', serviceOn: '2026-10-09' },
      { scheduledOn: '2026-10-13', serviceOn: '2026-10-13' },
    ]);
    expect(occurrencesBetween(need({ holidays: 'skip' }), '2026-10-01', '2026-10-14', calendar).map((o) => o.scheduledOn)).toEqual(['2026-10-13']);
  });

  it('given a gas cylinder monthly on the 31st, when a year is listed, then the last day of shorter months, and not after the need ends', () => {
    const days = occurrencesBetween(need({ schedule: { kind: 'monthly', day: 31 }, holidays: 'skip', startsOn: '2027-01-01', endsOn: '2027-04-29' }), '2027-01-01', '2027-12-31', calendar).map((o) => o.scheduledOn);
    expect(days).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  });

  it('given every 10 days from its first day, when listed from later on, then the count keeps to the first day', () => {
    expect(occurrencesBetween(need({ schedule: { kind: 'every', days: 10 }, startsOn: '2026-11-03' }), '2026-11-10', '2026-12-05', calendar).map((o) => o.scheduledOn)).toEqual(['2026-11-13', '2026-11-23', '2026-12-03']);
  });
});
