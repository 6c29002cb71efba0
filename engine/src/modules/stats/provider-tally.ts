import { DataSource, EntityManager, In } from 'typeorm';
import { insertRows } from '../../db/columns';
import { isUniqueViolation } from '../../db/errors';
import { DatedPass } from '../../kernel/passes';
import { rawTime } from '../../db/raw-time';
import { secondsBetween } from '../../time';
import { ChargeLine, ChargeLineEntity } from '../billing/entities';
import { ElderEntity } from '../elders/entities';
import { localDay } from '../calendar/working-days';
import { Dispatch, DispatchEntity } from '../dispatches/entities';
import { ProviderFeedback, ProviderFeedbackEntity } from '../provider-feedback/entities';
import { addUp } from './add-up';
import { SAT_SUMS } from './case-sums';
import { CountedProviderEventEntity, PROVIDER_SUMS, type CountedProviderEvent, type ProviderPlace, type ProviderSums } from './provider-entities';

export const PROVIDER_SUM_KEYS = Object.keys(PROVIDER_SUMS) as (keyof ProviderSums)[];
export const NO_PROVIDER_SUMS = Object.fromEntries(PROVIDER_SUM_KEYS.map((k) => [k, 0])) as ProviderSums;

/** The statuses an order ends in. */
const ENDED = ['rejected', 'expired', 'done', 'canceled'] as const;
/** How far back a pass looks for ended orders and evaluations not counted yet. */
const CATCH_UP_DAYS = 7;
const BATCH = 500;

/**
 * What an ended order adds, on the day it was dispatched: one order, how it ended, the seconds from
 * dispatch to acceptance, and for finished work the seconds from acceptance to the end and
 * whether it ended by its work deadline.
 */
export function orderSums(d: Pick<Dispatch, 'status' | 'createdAt' | 'acceptedAt' | 'finishedAt' | 'updatedAt' | 'workDueAt'>): ProviderSums {
  const sums: ProviderSums = { ...NO_PROVIDER_SUMS, orders: 1 };
  if (d.acceptedAt) {
    sums.accepted = 1;
    sums.acceptSec = secondsBetween(d.createdAt, d.acceptedAt);
  }
  if (d.status === 'rejected' || d.status === 'expired' || d.status === 'canceled') sums[d.status] = 1;
  if (d.status === 'done') {
    const end = d.finishedAt ?? d.updatedAt;
    sums.done = 1;
    sums.workSec = secondsBetween(d.acceptedAt ?? d.createdAt, end);
    if (d.workDueAt) {
      sums.doneWithDue = 1;
      sums.doneOnTime = end.getTime() <= d.workDueAt.getTime() ? 1 : 0;
    }
  }
  return sums;
}

/** What an evaluation adds, on the day it was recorded: one evaluation, its level, a complaint. */
export function feedbackSums(f: Pick<ProviderFeedback, 'satisfaction' | 'complaint'>): ProviderSums {
  const sums: ProviderSums = { ...NO_PROVIDER_SUMS, evaluations: 1, complaints: f.complaint ? 1 : 0 };
  const level = f.satisfaction ? SAT_SUMS[f.satisfaction] : undefined;
  if (level) sums[level] = 1;
  return sums;
}

/** What a charge line adds, on the day its service was served: its money (an adjustment's may be negative). */
export function chargeSums(line: Pick<ChargeLine, 'amount' | 'subsidy' | 'elderShare'>): ProviderSums {
  return { ...NO_PROVIDER_SUMS, amount: line.amount, subsidy: line.subsidy, elderShare: line.elderShare };
}

const KEYS = ['day', 'provider_id', 'area_path', 'service_item'];
type UncountedLine = Pick<ChargeLine, 'id' | 'providerId' | 'itemCode' | 'amount' | 'subsidy' | 'elderShare'> & { servedAt: unknown; areaPath: string | null };

/**
 * Keeps the provider figures current: a pass every minute adds each order that ended, each
 * evaluation recorded and each charge line booked since (a counted_provider_events row, written in
 * the same transaction, is the guard), so each counts exactly once, whichever engine counts it.
 */
export class ProviderTally extends DatedPass {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeZone: string,
  ) {
    super();
  }

  protected async pass(now: Date): Promise<number> {
    const since = new Date(now.getTime() - CATCH_UP_DAYS * 86_400_000);
    let counted = 0;
    for (;;) {
      const orders: Dispatch[] = await this.dataSource
        .getRepository(DispatchEntity)
        .createQueryBuilder('d')
        .leftJoin('counted_provider_events', 'k', "k.kind = 'order' AND k.ref_id = d.id")
        .where('d.updatedAt >= :since', { since })
        .andWhere('d.status IN (:...ended)', { ended: ENDED })
        .andWhere('k.ref_id IS NULL')
        .orderBy('d.updatedAt', 'ASC')
        .limit(BATCH)
        .getMany();
      for (const order of orders) if (await this.add({ kind: 'order', refId: order.id }, this.place(order, order.createdAt), orderSums(order))) counted++;
      if (orders.length < BATCH) break;
    }
    for (;;) {
      const feedback: ProviderFeedback[] = await this.dataSource
        .getRepository(ProviderFeedbackEntity)
        .createQueryBuilder('f')
        .leftJoin('counted_provider_events', 'k', "k.kind = 'feedback' AND k.ref_id = f.id")
        .where('f.recordedAt >= :since', { since })
        .andWhere('k.ref_id IS NULL')
        .orderBy('f.recordedAt', 'ASC')
        .limit(BATCH)
        .getMany();
      const orders = new Map((feedback.length ? await this.dataSource.getRepository(DispatchEntity).findBy({ id: In([...new Set(feedback.map((f) => f.dispatchId))]) }) : []).map((d) => [d.id, d]));
      for (const f of feedback) {
        const order = orders.get(f.dispatchId);
        const place = { ...this.place(order ?? { providerId: f.providerId, areaPath: '', serviceItem: '' }, f.recordedAt), providerId: f.providerId };
        if (await this.add({ kind: 'feedback', refId: f.id }, place, feedbackSums(f))) counted++;
      }
      if (feedback.length < BATCH) break;
    }
    for (;;) {
      const lines = await this.uncountedLines(since);
      for (const l of lines) {
        const place = { day: localDay(rawTime(l.servedAt)!, this.timeZone).date, providerId: l.providerId, areaPath: l.areaPath ?? '', serviceItem: l.itemCode };
        if (await this.add({ kind: 'charge', refId: l.id }, place, chargeSums({ amount: Number(l.amount), subsidy: Number(l.subsidy), elderShare: Number(l.elderShare) }))) counted++;
      }
      if (lines.length < BATCH) break;
    }
    return counted;
  }

  /** Charge lines and adjustments booked since, not counted yet, each with its elder's area (as billing scopes a line). */
  private uncountedLines(since: Date): Promise<UncountedLine[]> {
    return this.dataSource
      .getRepository(ChargeLineEntity)
      .createQueryBuilder('l')
      .innerJoin(ElderEntity.options.name, 'e', 'e.id = l.elderId')
      .leftJoin('counted_provider_events', 'k', "k.kind = 'charge' AND k.ref_id = l.id")
      .select(['l.id AS id', 'l.providerId AS providerId', 'l.itemCode AS itemCode', 'l.servedAt AS servedAt', 'l.amount AS amount', 'l.subsidy AS subsidy', 'l.elderShare AS elderShare', 'e.areaPath AS areaPath'])
      .where('l.createdAt >= :since', { since })
      .andWhere('k.ref_id IS NULL')
      .orderBy('l.createdAt', 'ASC')
      .limit(BATCH)
      .getRawMany<UncountedLine>();
  }

  private place(order: Pick<Dispatch, 'providerId' | 'areaPath' | 'serviceItem'>, at: Date): ProviderPlace {
    return { day: localDay(at, this.timeZone).date, providerId: order.providerId, areaPath: order.areaPath, serviceItem: order.serviceItem };
  }

  /** The sums and their guard in one transaction; false when another pass counted it first. */
  private add(guard: Omit<CountedProviderEvent, 'countedAt'>, place: ProviderPlace, sums: ProviderSums): Promise<boolean> {
    return this.dataSource.transaction(async (m: EntityManager) => {
      try {
        await insertRows(m, CountedProviderEventEntity, [{ ...guard, countedAt: new Date() }]);
      } catch (err) {
        if (isUniqueViolation(err)) return false;
        throw err;
      }
      await addUp(m, 'provider_stats', KEYS, PROVIDER_SUM_KEYS.map((k) => PROVIDER_SUMS[k]), [[place.day, place.providerId, place.areaPath, place.serviceItem, ...PROVIDER_SUM_KEYS.map((k) => sums[k])]]);
      return true;
    });
  }
}
