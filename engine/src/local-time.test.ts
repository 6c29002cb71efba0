import { daySpan, localTimeOf } from './local-time';

describe('an instant on the bureau’s clock', () => {
  it('given 16:30:05 UTC on Friday 20 November, when read in Shanghai and in UTC, then Shanghai is already Saturday 00:30:05', () => {
    const at = new Date('2026-11-20T16:30:05Z');
    expect(localTimeOf(at, 'Asia/Shanghai')).toEqual({ date: '2026-11-21', hour: '00', minute: '30', second: '05', weekday: 6 });
    expect(localTimeOf(at, 'UTC')).toEqual({ date: '2026-11-20', hour: '16', minute: '30', second: '05', weekday: 5 });
  });

  it('given midnight, when read, then the hour is 00, never 24', () => {
    expect(localTimeOf(new Date('2026-11-20T16:00:00Z'), 'Asia/Shanghai').hour).toBe('00');
  });

  it('given a period of local days ending on the last of a year, when it is spanned in Shanghai, then it runs from the first day’s midnight to the next year’s first midnight there', () => {
    expect(daySpan('2026-12-01', '2026-12-31', 'Asia/Shanghai')).toEqual({ since: new Date('2026-11-30T16:00:00Z'), until: new Date('2026-12-31T16:00:00Z') });
    expect(daySpan('2028-02-28', '2028-02-28', 'UTC')).toEqual({ since: new Date('2028-02-28T00:00:00Z'), until: new Date('2028-02-29T00:00:00Z') });
  });
});
