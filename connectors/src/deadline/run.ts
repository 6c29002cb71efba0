import type { ConnectorContext } from '../runtime/context';

export interface DeadlineInput {
  workingDays: number;
  urgePercent?: number;
}

interface Deadline {
  from: string;
  dueAt: string;
  urgeAt: string | null;
}

/** Asks the engine's business calendar, so holidays and exchanged working days count as the bureau counts them. */
export async function computeDeadline(input: DeadlineInput, ctx: ConnectorContext) {
  const query = new URLSearchParams({ workingDays: String(input.workingDays), ...(input.urgePercent ? { urgePercent: String(input.urgePercent) } : {}) });
  const deadline = await ctx.engine.get<Deadline>(`/api/calendar/deadline?${query.toString()}`);
  ctx.note({ what: 'deadline.set', result: deadline.dueAt });
  return { deadline: { dueAt: deadline.dueAt, urgeAt: deadline.urgeAt } };
}
