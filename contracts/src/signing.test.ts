import { sign, signatureHeaders, TIMESTAMP_HEADER, SIGNATURE_HEADER, signatureProblem } from './signing';

const SECRET = 'a-provider-secret-0001';
const BODY = '{"dispatchId":"d1","action":"accept"}';
const NOW = Date.parse('2026-06-15T08:00:00Z');

describe('webhook signing', () => {
  it('given headers signed now, when verified, then they hold', () => {
    const headers = signatureHeaders(SECRET, BODY, NOW);
    expect(signatureProblem(SECRET, headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER], BODY, NOW)).toBeNull();
    expect(headers[SIGNATURE_HEADER]).toMatch(/^sha256=[0-9a-f]{64}$/);
  });

  const ts = Math.floor(NOW / 1000);
  it.each([
    ['another secret', String(ts), sign('another-secret-000000', ts, BODY), BODY, 'bad signature'],
    ['a changed body', String(ts), sign(SECRET, ts, BODY), BODY.replace('accept', 'reject'), 'bad signature'],
    ['a timestamp 6 minutes old', String(ts - 360), sign(SECRET, ts - 360, BODY), BODY, 'stale timestamp'],
    ['a timestamp 6 minutes ahead', String(ts + 360), sign(SECRET, ts + 360, BODY), BODY, 'stale timestamp'],
    ['no signature', String(ts), undefined, BODY, 'missing timestamp or signature'],
    ['a timestamp that is not a number', 'yesterday', sign(SECRET, ts, BODY), BODY, 'missing timestamp or signature'],
    ['a truncated signature', String(ts), sign(SECRET, ts, BODY).slice(0, 20), BODY, 'bad signature'],
  ])('given %s, when verified, then it is refused for that reason', (_what, timestamp, signature, body, problem) => {
    expect(signatureProblem(SECRET, timestamp, signature, body, NOW)).toBe(problem);
  });
});

describe('one scheme for every signed webhook', () => {
  it('given a body signed with a string or a number timestamp, when compared, then the signatures are the same', () => {
    expect(sign(SECRET, '1781510400', BODY)).toBe(sign(SECRET, 1781510400, BODY));
  });
});
