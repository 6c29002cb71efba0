import { kpiText, monthSoFar, percent, seconds } from './format';

const figures = { offered: 5, answered: 3, answeredWithin15s: 2, abandoned: 1, missed: 1, connectRate: 0.6, within15sRate: 0.4, abandonWaitSec: 35, asaSec: 11.7, ahtSec: 150, afterCallSec: null, outboundPlaced: 0, outboundConnected: 0, robotPlaced: 0, robotConnected: 0 };

describe('report figures as the page prints them', () => {
  it('given rates and times, when printed, then percentages have one decimal, seconds at most one, and nothing to divide by is a dash', () => {
    expect([percent(0.6), percent(0.6667), percent(1), percent(null)]).toEqual(['60.0%', '66.7%', '100.0%', '—']);
    expect([seconds(11.7), seconds(150), seconds(null)]).toEqual(['11.7', '150', '—']);
  });

  it('given the call KPIs, when each is printed, then counts are whole, rates are percentages and times are seconds', () => {
    expect(['offered', 'connectRate', 'within15sRate', 'asaSec', 'afterCallSec'].map((k) => kpiText(figures, k as never))).toEqual(['5', '60.0%', '40.0%', '11.7', '—']);
  });

  it('given a day, when the default period is asked for, then it is that month from its first day', () => {
    expect(monthSoFar('2026-12-05')).toEqual({ from: '2026-12-01', to: '2026-12-05' });
  });
});
