import type { AreaScope } from '../areas/scope';
import type { PublicUser } from '../identity/entities';

export type ReportRead<Q, R> = (query: Q, user: PublicUser) => Promise<R>;

export interface ReportAnswersOptions {
  /** How long an answer is kept (0: never kept, every read goes to the database). */
  ttlMs: number;
  /** At most this many answers are kept (default 100: a city-wide answer by area is a few hundred KB); the oldest goes first. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Keeps each report's answer for a short while, per query and area scope, and lets reads of the same
 * answer that arrive while it is being computed wait for that one computation. On the 1st, or when a
 * dozen supervisors open the same month at the morning meeting, the database computes each report
 * once. A report reads only the user's area scope, so users with the same scope share an answer and
 * no one sees another scope's. A failed read is not kept.
 */
export class ReportAnswers {
  private readonly kept = new Map<string, { at: number; answer: Promise<unknown> }>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly scopeOf: (user: PublicUser) => Promise<AreaScope>,
    private readonly options: ReportAnswersOptions,
  ) {
    this.maxEntries = options.maxEntries ?? 100;
    this.now = options.now ?? Date.now;
  }

  /** The report's read, answering from what is kept when it is fresh. */
  of<Q, R>(report: string, read: ReportRead<Q, R>): ReportRead<Q, R> {
    if (this.options.ttlMs <= 0) return read;
    return async (query, user) => {
      const key = JSON.stringify([report, sorted(query), await this.scopeOf(user)]);
      const now = this.now();
      const hit = this.kept.get(key);
      if (hit && now - hit.at < this.options.ttlMs) return hit.answer as Promise<R>;
      const answer = read(query, user);
      this.keep(key, now, answer);
      answer.catch(() => this.kept.get(key)?.answer === answer && this.kept.delete(key));
      return answer;
    };
  }

  private keep(key: string, at: number, answer: Promise<unknown>): void {
    this.kept.delete(key);
    this.kept.set(key, { at, answer });
    for (const [old, entry] of this.kept) {
      if (this.kept.size <= this.maxEntries && at - entry.at < this.options.ttlMs) break;
      this.kept.delete(old);
    }
  }
}

/** The query with its keys in order, so the same filters in another order are the same answer. */
function sorted(query: unknown): unknown {
  if (query === null || typeof query !== 'object' || Array.isArray(query)) return query;
  return Object.fromEntries(Object.entries(query as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}
