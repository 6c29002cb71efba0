import { formatDate, formatDateTime } from './dateTime';

describe('dates on screen', () => {
  it('given a timestamp, when shown, then it reads YYYY-MM-DD HH:mm in local time, whatever the locale', () => {
    const local = new Date(2026, 0, 5, 7, 3, 59);
    expect(formatDateTime(local.toISOString())).toBe('2026-01-05 07:03');
    expect(formatDate(local.toISOString())).toBe('2026-01-05');
  });

  it('given no time or a broken one, when shown, then a dash stands in', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDate(undefined)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});
