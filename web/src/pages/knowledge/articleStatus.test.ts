import { addDays, expiryFlag } from './articleStatus';

describe('expiryFlag', () => {
  const today = '2026-12-04';
  it('given a published article, when it expires within 30 days, then it is flagged expiring; later or never, not', () => {
    expect(expiryFlag({ status: 'published', expiresOn: '2027-01-03' }, today)).toBe('expiring');
    expect(expiryFlag({ status: 'published', expiresOn: '2027-01-04' }, today)).toBeNull();
    expect(expiryFlag({ status: 'published', expiresOn: null }, today)).toBeNull();
  });

  it('given an expired, withdrawn or unpublished article, when flagged, then only the expired one says so', () => {
    expect(expiryFlag({ status: 'expired', expiresOn: '2026-01-01' }, today)).toBe('expired');
    expect(expiryFlag({ status: 'withdrawn', expiresOn: '2026-12-10' }, today)).toBeNull();
    expect(expiryFlag({ status: 'unpublished', expiresOn: '2026-12-10' }, today)).toBeNull();
  });

  it('given a month end, when days are added, then the date rolls over', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
