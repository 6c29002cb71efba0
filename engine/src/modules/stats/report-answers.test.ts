import type { PublicUser } from '../identity/entities';
import { ReportAnswers } from './report-answers';

const user = (username: string, areaScope: string[] | null): PublicUser => ({ username, areaScope }) as unknown as PublicUser;
const city = user('lead', null);
const otherLead = user('lead2', null);
const district = user('district-lead', ['/3701/370102/']);

/** A report that counts its computations and answers with the count, the query and the scope asked. */
function countingReport() {
  const calls: { from?: string; area?: string }[] = [];
  let gate: Promise<void> = Promise.resolve();
  const read = async (query: { from?: string; area?: string }, u: PublicUser) => {
    calls.push(query);
    await gate;
    return { computed: calls.length, query, scope: u.areaScope };
  };
  const hold = (p: Promise<void>): void => {
    gate = p;
  };
  return { calls, read, hold };
}

describe('report answers', () => {
  let clock = 0;
  const answersFor = (ttlMs: number, maxEntries?: number) => new ReportAnswers(async (u) => u.areaScope ?? null, { ttlMs, maxEntries, now: () => clock });
  beforeEach(() => (clock = 1_000_000));

  it('given an answer read a moment ago, when another user with the same scope asks the same, then it is that answer, computed once', async () => {
    const report = countingReport();
    const read = answersFor(30_000).of('cases', report.read);
    const first = await read({ from: '2026-11-01', area: 'x' }, city);
    clock += 29_000;
    const second = await read({ area: 'x', from: '2026-11-01' }, otherLead);
    expect(second).toBe(first);
    expect(report.calls).toHaveLength(1);
  });

  it('given ten users asking at once, when the first computation ends, then all ten have its answer and the database was read once', async () => {
    const report = countingReport();
    let open!: () => void;
    report.hold(new Promise<void>((r) => (open = r)));
    const read = answersFor(30_000).of('cases', report.read);
    const pending = Array.from({ length: 10 }, () => read({ from: '2026-11-01' }, city));
    await new Promise((r) => setImmediate(r));
    open();
    const answers = await Promise.all(pending);
    expect(report.calls).toHaveLength(1);
    expect(new Set(answers.map((a) => a.computed))).toEqual(new Set([1]));
  });

  it('given an answer for the whole city, when a district supervisor asks the same, then theirs is computed within their own scope', async () => {
    const report = countingReport();
    const read = answersFor(30_000).of('cases', report.read);
    await read({ from: '2026-11-01' }, city);
    const theirs = await read({ from: '2026-11-01' }, district);
    expect(theirs.scope).toEqual(['/3701/370102/']);
    expect(report.calls).toHaveLength(2);
  });

  it('given the same filters on two reports, when each is read, then neither answers for the other', async () => {
    const report = countingReport();
    const answers = answersFor(30_000);
    await answers.of('cases', report.read)({ from: '2026-11-01' }, city);
    await answers.of('elders', report.read)({ from: '2026-11-01' }, city);
    expect(report.calls).toHaveLength(2);
  });

  it('given an answer older than the time kept, when asked again, then it is computed anew', async () => {
    const report = countingReport();
    const read = answersFor(30_000).of('cases', report.read);
    await read({ from: '2026-11-01' }, city);
    clock += 30_000;
    expect((await read({ from: '2026-11-01' }, city)).computed).toBe(2);
  });

  it('given a read that failed, when asked again, then it is tried again rather than failing from memory', async () => {
    let fail = true;
    const read = answersFor(30_000).of('cases', async () => {
      if (fail) throw new Error('database gone');
      return 'figures';
    });
    await expect(read({}, city)).rejects.toThrow('database gone');
    fail = false;
    await expect(read({}, city)).resolves.toBe('figures');
  });

  it('given nothing is to be kept (0 s), when the same report is read twice, then it is computed twice', async () => {
    const report = countingReport();
    const read = answersFor(0).of('cases', report.read);
    await read({ from: '2026-11-01' }, city);
    await read({ from: '2026-11-01' }, city);
    expect(report.calls).toHaveLength(2);
  });

  it('given more distinct answers than may be kept, when a new one is kept, then the oldest is let go and the newest stay', async () => {
    const report = countingReport();
    const read = answersFor(30_000, 2).of('cases', report.read);
    for (const from of ['a', 'b', 'c']) await read({ from }, city);
    await read({ from: 'c' }, city);
    await read({ from: 'b' }, city);
    expect(report.calls).toHaveLength(3);
    await read({ from: 'a' }, city);
    expect(report.calls).toHaveLength(4);
  });
});
