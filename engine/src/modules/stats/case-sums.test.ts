import { p90Hours } from './case-reader';
import { bucketOf, BUCKET_GROWTH, closedSums } from './case-sums';

const at = (iso: string) => new Date(`2026-03-02T${iso}+08:00`);

describe('what a closed case adds and how its duration is read back', () => {
  it('given durations, when bucketed, then each bucket’s upper bound is within 10 % above the duration', () => {
    for (const minutes of [1.5, 7, 59, 60, 61, 600, 1440 * 3]) {
      const upper = BUCKET_GROWTH ** bucketOf(minutes * 60);
      expect(upper).toBeGreaterThanOrEqual(minutes - 1e-9);
      expect(upper).toBeLessThan(minutes * 1.1);
    }
    expect(bucketOf(30)).toBe(0);
  });

  it('given ten closed cases, when the 90th percentile is read, then it is the ninth’s bucket (nearest rank)', () => {
    const buckets = new Map<number, number>();
    for (const hours of [1, 1, 1, 1, 1, 1, 1, 1, 5, 20]) buckets.set(bucketOf(hours * 3600), (buckets.get(bucketOf(hours * 3600)) ?? 0) + 1);
    const p90 = p90Hours(buckets) as number;
    expect(p90).toBeGreaterThanOrEqual(5);
    expect(p90).toBeLessThan(5.5);
    expect(p90Hours(new Map())).toBeNull();
  });

  it('given a case closed late, redone, not resolved at first contact, when summed, then it adds to each numerator and denominator once', () => {
    const sums = closedSums({ channel: 'phone', openedAt: at('08:00:00'), closedAt: at('18:00:00'), dueAt: at('17:00:00'), firstContactResolved: false, satisfaction: 'unsatisfied' }, true);
    expect(sums).toMatchObject({ closed: 1, closedWithDue: 1, closedOnTime: 0, fcrAsked: 1, fcrYes: 0, redone: 1, durationSec: 36_000, satUnsatisfied: 1, satSatisfied: 0, opened: 0 });
    const noDue = closedSums({ channel: 'web', openedAt: at('08:00:00'), closedAt: at('09:00:00'), dueAt: null, firstContactResolved: null, satisfaction: null }, false);
    expect(noDue).toMatchObject({ closed: 1, closedWithDue: 0, closedOnTime: 0, fcrAsked: 0, redone: 0, durationSec: 3600 });
  });

  it('given SMS and web requests, when summed, then each is in the 3-minute denominator and only the one whose first task was done within 3 minutes in its numerator', () => {
    const request = { channel: 'sms', openedAt: at('08:00:00'), closedAt: at('09:00:00'), dueAt: null, firstContactResolved: null, satisfaction: null };
    expect(closedSums(request, false, at('08:03:00'))).toMatchObject({ replyAsked: 1, replyInTime: 1 });
    expect(closedSums({ ...request, channel: 'web' }, false, at('08:03:01'))).toMatchObject({ replyAsked: 1, replyInTime: 0 });
    expect(closedSums(request, false, null)).toMatchObject({ replyAsked: 1, replyInTime: 0 });
    expect(closedSums({ ...request, channel: 'phone' }, false, at('08:01:00'))).toMatchObject({ replyAsked: 0, replyInTime: 0 });
  });

  it('given mailbox letters, when summed, then each is in the 24-hour denominator, only the one answered within 24 hours is in its numerator, and none counts as an SMS or web reply', () => {
    const letter = { channel: 'mailbox', openedAt: at('08:00:00'), closedAt: new Date(at('08:00:00').getTime() + 3 * 86_400_000), dueAt: null, firstContactResolved: null, satisfaction: null };
    const hoursLater = (h: number) => new Date(at('08:00:00').getTime() + h * 3_600_000);
    expect(closedSums(letter, false, hoursLater(24))).toMatchObject({ mailboxAsked: 1, mailboxInTime: 1, replyAsked: 0, replyInTime: 0 });
    expect(closedSums(letter, false, new Date(hoursLater(24).getTime() + 1000))).toMatchObject({ mailboxAsked: 1, mailboxInTime: 0 });
    expect(closedSums(letter, false, null)).toMatchObject({ mailboxAsked: 1, mailboxInTime: 0 });
    expect(closedSums({ ...letter, channel: 'web' }, false, hoursLater(1))).toMatchObject({ mailboxAsked: 0, replyAsked: 1, replyInTime: 0 });
  });

  it('given cases opened by call, when summed, then each is in the first-contact denominator and only the ones the process marked resolved are in its numerator', () => {
    const call = { channel: 'phone', openedAt: at('08:00:00'), closedAt: at('08:05:00'), dueAt: null, satisfaction: null };
    expect([true, false, null].map((firstContactResolved) => closedSums({ ...call, firstContactResolved }, false)).map((s) => [s.fcrAsked, s.fcrYes])).toEqual([[1, 1], [1, 0], [1, 0]]);
    expect(closedSums({ ...call, channel: 'alarm', firstContactResolved: true }, false)).toMatchObject({ fcrAsked: 0, fcrYes: 0 });
  });
});
