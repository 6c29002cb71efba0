import { DataSource, EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { duplicateAs } from '../../db/errors';
import { writeLock } from '../../db/locks';
import { errors } from '../../http/errors';
import { Actor, AuditLog } from '../audit/service';
import { dateIn } from '../dispatches/rules';
import { UserEntity } from '../identity/entities';
import { BillingMonth, BillingMonthEntity } from './entities';
import { storeFigures } from './settlement-figures';

/** The billing month (YYYY-MM) of a moment, in the bureau's time zone. */
export const monthIn = (timeZone: string, at = new Date()) => dateIn(timeZone, at).slice(0, 7);

export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** How many days a month (YYYY-MM) has: day 0 of the next month is its last. */
export function lastDayOfMonth(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** A month's local days, first to last (YYYY-MM-DD). */
export function daysOf(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${month}-${String(lastDayOfMonth(month)).padStart(2, '0')}` };
}

export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** The earliest open month from `month` on: a closed month takes no new lines, so they roll forward. */
export async function openMonthFrom(m: EntityManager, month: string): Promise<string> {
  // MySQL locks the month rows read (and the gaps between them), so a month cannot close under a charge being booked into it.
  const closed = await m.getRepository(BillingMonthEntity).find({ where: { month: MoreThanOrEqual(month) }, order: { month: 'ASC' }, lock: writeLock(m) });
  const shut = new Set(closed.map((c) => c.month));
  let open = month;
  while (shut.has(open)) open = nextMonth(open);
  return open;
}

/** 月结: closing a month freezes its lines, and stores its settlement figures (settlement-figures.ts). */
export class BillingMonths {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly timeZone: string,
  ) {}

  current(): string {
    return monthIn(this.timeZone);
  }

  /** The closed months, newest first, with who closed each by their display name. */
  async list(): Promise<(BillingMonth & { closedByName: string })[]> {
    const months = await this.dataSource.getRepository(BillingMonthEntity).find({ order: { month: 'DESC' } });
    const ids = [...new Set(months.map((m) => m.closedBy))];
    const users = ids.length > 0 ? await this.dataSource.getRepository(UserEntity).find({ select: { id: true, displayName: true }, where: { id: In(ids) } }) : [];
    return months.map((m) => ({ ...m, closedByName: users.find((u) => u.id === m.closedBy)?.displayName ?? m.closedBy }));
  }

  async isClosed(month: string): Promise<boolean> {
    return this.dataSource.getRepository(BillingMonthEntity).existsBy({ month });
  }

  async close(month: string, actor: Actor & { id: string }): Promise<BillingMonth> {
    if (month > this.current()) throw errors.invalidInput([{ path: 'month', message: `${month} has not begun; a month closes once it has` }]);
    const closed = () => errors.conflict(`Billing month ${month} is already closed`);
    // The primary key is the check: a closed month, or two closes at once, get the same 409. No read
    // comes before the insert, so on MySQL the settlement figures' sum sees the lines of charges the
    // insert waited for (a read first would fix the transaction's snapshot before them).
    return duplicateAs(
      this.dataSource.transaction(async (m) => {
        const row: BillingMonth = { month, closedAt: new Date(), closedBy: actor.id };
        await m.getRepository(BillingMonthEntity).insert(row);
        await storeFigures(m, month);
        await this.audit.record(actor, { action: 'billing_month.close', entityType: 'billing_month', entityId: month, after: { ...row } }, m);
        return row;
      }),
      closed,
    );
  }
}
