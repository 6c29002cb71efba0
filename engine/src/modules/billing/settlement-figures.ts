import { DataSource, EntityManager } from 'typeorm';
import { insertRows } from '../../db/columns';
import { AreaScope } from '../areas/scope';
import { LineSums, linesInScope, sumsBy, sumsOf } from './line-scope';
import { SettlementFiguresEntity } from './settlement-entity';

/** A provider's month: its lines' sums, the orders served and the adjustments' amount (fen). */
export type Figures = LineSums & { orders: number; adjustments: number };

export const NO_FIGURES: Figures = { orders: 0, lines: 0, amount: 0, subsidy: 0, elderShare: 0, adjustments: 0 };

/** The month's figures by provider, summed by the database over the lines an area scope reaches (null: every line). */
export async function sumFigures(db: DataSource | EntityManager, month: string, scope: AreaScope, providerId?: string): Promise<Map<string, Figures>> {
  const qb = linesInScope(db, scope).andWhere('l.month = :month', { month });
  if (providerId !== undefined) qb.andWhere('l.providerId = :providerId', { providerId });
  const raw = await sumsBy(qb, { providerId: 'l.providerId' })
    .addSelect("SUM(CASE WHEN l.kind = 'adjustment' THEN l.amount ELSE 0 END)", 'adjustments')
    // An order is a dispatch, else a case, else one charge: what was served once.
    .addSelect("COUNT(DISTINCT CASE WHEN l.kind = 'charge' THEN COALESCE(l.dispatchId, l.caseId, l.chargeKey) END)", 'orders')
    .getRawMany<Record<string, unknown>>();
  return new Map(raw.map((r) => [String(r.providerId), { ...sumsOf(r), orders: Number(r.orders), adjustments: Number(r.adjustments ?? 0) }]));
}

/**
 * Sums the month being closed, in the close's transaction after its row is in: on MySQL a charge
 * booking into the month holds that row's range until it commits, so the sum (the transaction's
 * first read) sees every line the month will ever have. Figures left from an earlier close of the
 * month (reopened by hand, as the billing bench does) are replaced.
 */
export async function storeFigures(m: EntityManager, month: string): Promise<void> {
  const figures = await sumFigures(m, month, null);
  await m.getRepository(SettlementFiguresEntity).delete({ month });
  await insertRows(m, SettlementFiguresEntity, [...figures].map(([providerId, f]) => ({ providerId, month, ...f })));
}

/** A closed month's figures by provider as stored when it closed (a provider without lines in it has none). */
export async function storedFigures(dataSource: DataSource, month: string, providerId?: string): Promise<Map<string, Figures>> {
  const rows = await dataSource.getRepository(SettlementFiguresEntity).findBy({ month, ...(providerId !== undefined ? { providerId } : {}) });
  return new Map(rows.map(({ providerId: id, month: _month, ...figures }) => [id, figures]));
}
