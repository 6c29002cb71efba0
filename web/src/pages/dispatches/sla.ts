import type { Dispatch } from '../../api/dispatches';

/** The deadline an open order runs against: the answer while it waits (待接单), the work once accepted or started. */
export interface Deadline {
  kind: 'answer' | 'work';
  dueAt: number;
}

export function deadlineOf(order: Pick<Dispatch, 'status' | 'answerDueAt' | 'workDueAt'>): Deadline | null {
  if (order.status === 'dispatched' && order.answerDueAt) return { kind: 'answer', dueAt: Date.parse(order.answerDueAt) };
  if ((order.status === 'accepted' || order.status === 'started') && order.workDueAt) return { kind: 'work', dueAt: Date.parse(order.workDueAt) };
  return null;
}

const OPEN = new Set(['dispatched', 'accepted', 'started']);

/**
 * Most urgent first: open orders by their deadline (overdue ones first, being earliest), then open
 * ones without a deadline, then the rest in the order given (newest first from the engine).
 */
export function byUrgency<T extends Pick<Dispatch, 'status' | 'answerDueAt' | 'workDueAt'>>(orders: T[]): T[] {
  const rank = (o: T) => (OPEN.has(o.status) ? (deadlineOf(o)?.dueAt ?? Number.MAX_SAFE_INTEGER) : Infinity);
  return orders
    .map((order, i) => ({ order, i, r: rank(order) }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r < b.r ? -1 : 1))
    .map((x) => x.order);
}

/** A span split for display: days, hours, minutes, seconds (whole, not negative). */
export function parts(ms: number): { d: number; h: number; m: number; s: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return { d: Math.floor(total / 86400), h: Math.floor((total % 86400) / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}
