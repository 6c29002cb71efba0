import { wholeMonthsOf } from './whole-months';

describe('the whole months of a report period', () => {
  it('given a calendar month, a quarter, a year end and a leap February, when split, then the whole months are exactly those', () => {
    expect(wholeMonthsOf('2026-11-01', '2026-11-30')).toEqual({ first: '2026-11', last: '2026-11', fromDay: '2026-11-01', toDay: '2026-11-30' });
    expect(wholeMonthsOf('2026-10-01', '2026-12-31')).toEqual({ first: '2026-10', last: '2026-12', fromDay: '2026-10-01', toDay: '2026-12-31' });
    expect(wholeMonthsOf('2028-02-01', '2028-02-29')).toEqual({ first: '2028-02', last: '2028-02', fromDay: '2028-02-01', toDay: '2028-02-29' });
  });

  it('given loose days at either end, when split, then the whole months lie between them', () => {
    expect(wholeMonthsOf('2026-10-28', '2026-12-03')).toEqual({ first: '2026-11', last: '2026-11', fromDay: '2026-11-01', toDay: '2026-11-30' });
    expect(wholeMonthsOf('2026-12-15', '2027-03-31')).toEqual({ first: '2027-01', last: '2027-03', fromDay: '2027-01-01', toDay: '2027-03-31' });
  });

  it('given a period inside one month or across two partial ones, when split, then there is no whole month', () => {
    expect(wholeMonthsOf('2026-11-01', '2026-11-29')).toBeNull();
    expect(wholeMonthsOf('2026-11-02', '2026-11-30')).toBeNull();
    expect(wholeMonthsOf('2026-11-15', '2026-12-14')).toBeNull();
    expect(wholeMonthsOf('2026-11-07', '2026-11-07')).toBeNull();
  });
});
