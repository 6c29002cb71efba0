import { zonedInstant } from '../../local-time';
import { afterQuiet, dueAtOf, isQuiet, localTime, triesFrom } from './times';

const timing = { timeZone: 'Asia/Shanghai', quiet: { from: '20:00', until: '08:00' }, retryMinutes: 30, tries: 3 };
const at = (local: string) => zonedInstant(local.slice(0, 10), local.slice(11, 16), timing.timeZone);
const shown = (d: Date) => Object.values(localTime(d, timing.timeZone)).join(' ');

describe('care call times', () => {
  it('given a local day and time in Shanghai, when turned into a moment and back, then it is 8 hours ahead of UTC and reads the same', () => {
    expect(at('2027-03-02 09:00').toISOString()).toBe('2027-03-02T01:00:00.000Z');
    expect(shown(at('2027-03-02 00:30'))).toBe('2027-03-02 00:30');
  });

  it('given quiet hours 20:00–08:00, when clocks are asked, then the evening and the night are quiet and the day is not', () => {
    expect(['07:59', '20:00', '23:30', '00:00'].map((c) => isQuiet(c, timing.quiet))).toEqual([true, true, true, true]);
    expect(['08:00', '12:00', '19:59'].map((c) => isQuiet(c, timing.quiet))).toEqual([false, false, false]);
    expect(isQuiet('13:00', { from: '12:00', until: '14:00' })).toBe(true);
  });

  it('given a window from 07:00, when its due time is reckoned, then 08:00 the same day; a window wholly in the evening is due that morning too', () => {
    expect(shown(dueAtOf('2027-03-02', '07:00', timing))).toBe('2027-03-02 08:00');
    expect(shown(dueAtOf('2027-03-02', '21:00', timing))).toBe('2027-03-02 08:00');
    expect(shown(dueAtOf('2027-03-02', '09:30', timing))).toBe('2027-03-02 09:30');
  });

  it('given a moment in the quiet hours, when moved out, then to their next end: the next morning from the evening, the same morning from the night', () => {
    expect(shown(afterQuiet(at('2027-03-02 20:15'), timing))).toBe('2027-03-03 08:00');
    expect(shown(afterQuiet(at('2027-03-03 02:00'), timing))).toBe('2027-03-03 08:00');
    expect(shown(afterQuiet(at('2027-03-03 10:00'), timing))).toBe('2027-03-03 10:00');
  });

  it('given three tries 30 minutes apart, when the first is at 09:00, then 09:00, 09:30 and 10:00; when it is at 19:15, then the third waits for the morning', () => {
    expect(triesFrom(at('2027-03-02 09:00'), timing).map(shown)).toEqual(['2027-03-02 09:00', '2027-03-02 09:30', '2027-03-02 10:00']);
    expect(triesFrom(at('2027-03-02 19:15'), timing).map(shown)).toEqual(['2027-03-02 19:15', '2027-03-02 19:45', '2027-03-03 08:00']);
    expect(triesFrom(at('2027-03-02 09:00'), { ...timing, tries: 1 })).toHaveLength(1);
  });
});
