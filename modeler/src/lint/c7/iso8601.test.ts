import { isIsoCycle, isIsoDateTime, isIsoDuration, isRetryCycle } from './iso8601';

describe('timer values', () => {
  it('given dates, when checked, then ISO 8601 dates and date-times pass and anything else fails', () => {
    expect(['2026-12-31', '2026-12-31T18:00', '2026-12-31T18:00:00+08:00', '2026-02-28T00:00:00.123Z', '2028-02-29T10:00:00+0800'].filter((v) => !isIsoDateTime(v))).toEqual([]);
    expect(['31/12/2026', '2026-13-01', '2026-02-30', '2026-12-31 18:00', 'tomorrow', '2026-12-31T25:00'].filter(isIsoDateTime)).toEqual([]);
  });

  it('given durations, when checked, then xsd durations and weeks alone pass', () => {
    expect(['PT4H', 'P1D', 'P1Y2M3DT4H5M6.5S', 'P2W', 'PT0.5S'].filter((v) => !isIsoDuration(v))).toEqual([]);
    expect(['P', 'PT', 'P1DT', '4H', 'one day', 'P1W2D', '-PT1H', 'PT1.H'].filter(isIsoDuration)).toEqual([]);
  });

  it('given cycles, when checked, then repeating intervals pass and cron fails', () => {
    expect(['R/PT1H', 'R3/PT10M', 'R3/2026-01-01T08:00:00+08:00/P1D', 'R/P1D/2027-01-01T00:00:00Z'].filter((v) => !isIsoCycle(v))).toEqual([]);
    expect(['0 0/5 * * * ?', 'PT1H', 'R3', 'R3/PT1H/PT2H', 'Rx/PT1H', 'R/PT1H/2026-01-01/PT1H'].filter(isIsoCycle)).toEqual([]);
  });

  it('given job retry cycles, when checked, then a cycle or a list of waits passes', () => {
    expect(['R3/PT5M', 'PT1M,PT5M,PT30M', 'PT1M, PT5M'].filter((v) => !isRetryCycle(v))).toEqual([]);
    expect(['', 'three times', 'PT1M,,PT2M'].filter(isRetryCycle)).toEqual([]);
  });
});
