import { byUrgency, deadlineOf, parts } from './sla';

const order = (id: string, status: string, answerDueAt: string | null = null, workDueAt: string | null = null) => ({ id, status, answerDueAt, workDueAt }) as never as { id: string; status: 'dispatched'; answerDueAt: string | null; workDueAt: string | null };

describe('order deadlines on the portal', () => {
  it('given each status, when its deadline is read, then a waiting order runs against the answer and an accepted or started one against the work', () => {
    const answer = '2026-03-01T08:30:00.000Z';
    const work = '2026-03-02T08:00:00.000Z';
    expect(deadlineOf(order('a', 'dispatched', answer, null))).toEqual({ kind: 'answer', dueAt: Date.parse(answer) });
    expect(deadlineOf(order('b', 'accepted', answer, work))).toEqual({ kind: 'work', dueAt: Date.parse(work) });
    expect(deadlineOf(order('c', 'started', answer, work))?.kind).toBe('work');
    expect([deadlineOf(order('d', 'done', answer, work)), deadlineOf(order('e', 'dispatched'))]).toEqual([null, null]);
  });

  it('given open and closed orders, when sorted by urgency, then the overdue and soonest come first, open ones without a deadline next, closed ones last in their order', () => {
    const sorted = byUrgency([
      order('done-1', 'done', '2026-03-01T07:00:00.000Z'),
      order('later', 'dispatched', '2026-03-01T10:00:00.000Z'),
      order('no-deadline', 'accepted'),
      order('overdue', 'accepted', null, '2026-03-01T06:00:00.000Z'),
      order('rejected', 'rejected', '2026-03-01T05:00:00.000Z'),
      order('soon', 'dispatched', '2026-03-01T08:30:00.000Z'),
    ]);
    expect(sorted.map((o) => o.id)).toEqual(['overdue', 'soon', 'later', 'no-deadline', 'done-1', 'rejected']);
  });

  it('given a span, when split, then it is whole days, hours, minutes and seconds, never negative', () => {
    expect(parts(((26 * 60 + 5) * 60 + 9) * 1000 + 400)).toEqual({ d: 1, h: 2, m: 5, s: 9 });
    expect(parts(-5000)).toEqual({ d: 0, h: 0, m: 0, s: 0 });
  });
});
