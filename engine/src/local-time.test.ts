import { localTimeOf } from './local-time';

describe('an instant on the bureau’s clock', () => {
  it('given 16:30:05 UTC on Friday 20 November, when read in Shanghai and in UTC, then Shanghai is already Saturday 00:30:05', () => {
    const at = new Date('2026-11-20T16:30:05Z');
    expect(localTimeOf(at, 'Asia/Shanghai')).toEqual({ date: '2026-11-21', hour: '00', minute: '30', second: '05', weekday: 6 });
    expect(localTimeOf(at, 'UTC')).toEqual({ date: '2026-11-20', hour: '16', minute: '30', second: '05', weekday: 5 });
  });

  it('given midnight, when read, then the hour is 00, never 24', () => {
    expect(localTimeOf(new Date('2026-11-20T16:00:00Z'), 'Asia/Shanghai').hour).toBe('00');
  });
});
