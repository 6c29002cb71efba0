import { periodReads } from './period-reads';

const LATER = '2030-01-01';

describe('how a report period is read: month rows, plus days, less days', () => {
  it('given a calendar month, a quarter and a leap February, when planned, then they are their month rows alone', () => {
    expect(periodReads('2026-11-01', '2026-11-30', LATER)).toEqual({ months: ['2026-11'], days: [], lessDays: [] });
    expect(periodReads('2026-10-01', '2026-12-31', LATER)).toEqual({ months: ['2026-10', '2026-11', '2026-12'], days: [], lessDays: [] });
    expect(periodReads('2028-02-01', '2028-02-29', LATER)).toEqual({ months: ['2028-02'], days: [], lessDays: [] });
  });

  it('given a few loose days at either end of whole months, when planned, then those days are read as days', () => {
    expect(periodReads('2026-10-28', '2026-12-03', LATER)).toEqual({
      months: ['2026-11'],
      days: [
        { from: '2026-10-28', to: '2026-10-31' },
        { from: '2026-12-01', to: '2026-12-03' },
      ],
      lessDays: [],
    });
    expect(periodReads('2026-11-10', '2026-11-12', LATER)).toEqual({ months: [], days: [{ from: '2026-11-10', to: '2026-11-12' }], lessDays: [] });
  });

  it('given most of a month, when planned, then it is the month row less the days outside the period', () => {
    expect(periodReads('2026-11-01', '2026-11-29', LATER)).toEqual({ months: ['2026-11'], days: [], lessDays: [{ from: '2026-11-30', to: '2026-11-30' }] });
    expect(periodReads('2026-11-03', '2026-11-30', LATER)).toEqual({ months: ['2026-11'], days: [], lessDays: [{ from: '2026-11-01', to: '2026-11-02' }] });
  });

  it('given the last 30 days on 6 December, when planned, then November and December are month rows less their days outside', () => {
    expect(periodReads('2026-11-06', '2026-12-05', '2026-12-06')).toEqual({
      months: ['2026-11', '2026-12'],
      days: [],
      lessDays: [
        { from: '2026-11-01', to: '2026-11-05' },
        { from: '2026-12-06', to: '2026-12-31' },
      ],
    });
  });

  it('given the month so far, when planned, then the days still to come cost nothing: from the 2nd on it is the month row', () => {
    expect(periodReads('2026-12-01', '2026-12-30', '2026-12-30')).toEqual({ months: ['2026-12'], days: [], lessDays: [{ from: '2026-12-31', to: '2026-12-31' }] });
    expect(periodReads('2026-12-01', '2026-12-06', '2026-12-06')).toEqual({ months: ['2026-12'], days: [], lessDays: [{ from: '2026-12-07', to: '2026-12-31' }] });
    // On the 1st, one day of rows either way: read as the day.
    expect(periodReads('2026-12-01', '2026-12-01', '2026-12-01')).toEqual({ months: [], days: [{ from: '2026-12-01', to: '2026-12-01' }], lessDays: [] });
  });

  it('given months whose rows cost as much as 13 days do, when planned, then only a month mostly inside the period is read as its rows less days', () => {
    expect(periodReads('2026-11-06', '2026-12-06', '2026-12-06', 13)).toEqual({
      months: ['2026-11'],
      days: [{ from: '2026-12-01', to: '2026-12-06' }],
      lessDays: [{ from: '2026-11-01', to: '2026-11-05' }],
    });
    expect(periodReads('2026-11-10', '2026-11-30', LATER, 13)).toEqual({ months: [], days: [{ from: '2026-11-10', to: '2026-11-30' }], lessDays: [] });
    expect(periodReads('2026-11-01', '2026-11-30', LATER, 13)).toEqual({ months: ['2026-11'], days: [], lessDays: [] });
  });
});
