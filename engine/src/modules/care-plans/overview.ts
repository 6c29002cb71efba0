import { CareOutcome, CareOverview, careOverviewQuery } from '@careflow/contracts';
import { DataSource, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { AreaService } from '../areas/service';
import { AreaScope, withinScope } from '../areas/scope';
import { CaseEntity } from '../cases/entities';
import { ElderEntity } from '../elders/entities';
import { PublicUser } from '../identity/entities';
import { addDays } from '../periodic-needs/schedule';
import { CareOccurrenceEntity, CarePlanEntity } from './entities';
import { escalatedCases } from './escalations';
import { zonedInstant } from '../../local-time';
import { localTime } from './times';

type Bucket = 'pending' | 'done' | 'escalated' | 'canceled';
/** Where each outcome counts on the 关怀 page (a running case that went past the elder counts as escalated). */
const COUNTED: Record<CareOutcome, Bucket> = {
  pending: 'pending',
  fine: 'done',
  visited_fine: 'done',
  unreached: 'escalated',
  needs_help: 'escalated',
  visit_needs_help: 'escalated',
  not_found: 'escalated',
  canceled: 'canceled',
};
/** Outcomes of a call or visit plan that followed calls nobody answered. */
const AFTER_NO_ANSWER: CareOutcome[] = ['unreached', 'visited_fine', 'visit_needs_help', 'not_found'];
/** Outcomes that mean someone spoke with or saw the elder. */
const REACHED: CareOutcome[] = ['fine', 'needs_help', 'visited_fine', 'visit_needs_help'];
const DAY_ROWS = 2000;
const unique = <T>(list: T[]) => [...new Set(list)];
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
/** A time read raw: MySQL's driver gives a Date (UTC, as the connection is); SQLite the UTC text TypeORM wrote. */
const dbTime = (value: unknown) => (value instanceof Date ? value : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(String(value)) ? String(value) : `${String(value).replace(' ', 'T')}Z`));
const NOT_REACHED_ROWS = 500;

/** Limits a query joined to elders (`e`) to a user's area scope and the page's area filter. */
function scoped<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: AreaScope, areaPath: string | null): SelectQueryBuilder<T> {
  if (areaPath !== null) qb.andWhere(`e.areaPath LIKE :areaPath ${LIKE_ESCAPE}`, { areaPath: startingWith(areaPath) });
  return withinScope(qb, scope, 'e.areaPath');
}

/** The 关怀 page's figures, counted by the database within the user's area scope. */
export class CareOverviewReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly timeZone: string,
  ) {}

  async read(query: z.output<typeof careOverviewQuery>, user: PublicUser, now = new Date()): Promise<CareOverview> {
    const date = query.date ?? localTime(now, this.timeZone).date;
    const scope = await this.areas.scopeOf(user);
    const areaPath = query.areaCode ? ((await this.areas.get(query.areaCode).catch(() => null))?.path ?? '\u0000') : null;
    const [day, notReached, byArea] = await Promise.all([this.day(date, scope, areaPath), this.notReached(now, query.notReachedDays, scope, areaPath), this.byArea(scope, areaPath)]);
    const counts = { due: day.length, pending: 0, done: 0, unanswered: 0, escalated: 0, canceled: 0 };
    for (const row of day) {
      counts[row.escalating ? 'escalated' : COUNTED[row.outcome]] += 1;
      if (row.unreached) counts.unanswered += 1;
    }
    return { date, counts, day, notReached, byArea };
  }

  /** The occurrences due on the local day. */
  private async day(date: string, scope: AreaScope, areaPath: string | null): Promise<CareOverview['day']> {
    const from = zonedInstant(date, '00:00', this.timeZone);
    const to = zonedInstant(addDays(date, 1), '00:00', this.timeZone);
    const qb = this.dataSource
      .getRepository(CareOccurrenceEntity)
      .createQueryBuilder('o')
      .innerJoin(CarePlanEntity.options.name, 'p', 'p.id = o.planId')
      .innerJoin(ElderEntity.options.name, 'e', 'e.id = p.elderId')
      .select('o.id', 'occurrenceId')
      .where('o.dueAt >= :from AND o.dueAt < :to', { from, to })
      .orderBy('o.dueAt', 'ASC')
      .limit(DAY_ROWS);
    const ids = (await scoped(qb, scope, areaPath).getRawMany<{ occurrenceId: string }>()).map((r) => r.occurrenceId);
    if (!ids.length) return [];
    const occurrences = await this.dataSource.getRepository(CareOccurrenceEntity).find({ where: { id: In(ids) }, order: { dueAt: 'ASC' } });
    const plans = byId(await this.dataSource.getRepository(CarePlanEntity).find({ select: { id: true, elderId: true, kind: true, channel: true }, where: { id: In(unique(occurrences.map((o) => o.planId))) } }));
    const elders = byId(await this.dataSource.getRepository(ElderEntity).find({ select: { id: true, name: true, areaCode: true, phones: true }, where: { id: In(unique([...plans.values()].map((p) => p.elderId))) } }));
    const running = occurrences.filter((o) => o.outcome === 'pending');
    const escalated = await escalatedCases(this.dataSource, new Map(running.map((o) => [o.caseId, elders.get(plans.get(o.planId)!.elderId)!.phones.map((p) => p.number)])));
    const cases = byId(await this.dataSource.getRepository(CaseEntity).find({ select: { id: true, caseNumber: true }, where: { id: In(occurrences.map((o) => o.caseId)) } }));
    return occurrences.map((o) => {
      const plan = plans.get(o.planId)!;
      const elder = elders.get(plan.elderId)!;
      const escalating = o.outcome === 'pending' && escalated.has(o.caseId);
      return {
        occurrenceId: o.id,
        elderId: elder.id,
        elderName: elder.name,
        areaCode: elder.areaCode,
        kind: plan.kind,
        channel: plan.channel,
        dueAt: o.dueAt,
        tries: o.tries,
        outcome: o.outcome,
        escalating,
        unreached: plan.channel !== 'visit' && (escalating || AFTER_NO_ANSWER.includes(o.outcome)),
        caseId: o.caseId,
        caseNumber: cases.get(o.caseId)?.caseNumber ?? null,
      };
    });
  }

  /** Elders with an active plan (older than `days`) whose last reached occurrence is older than `days`, or who were never reached; longest first. */
  private async notReached(now: Date, days: number, scope: AreaScope, areaPath: string | null): Promise<CareOverview['notReached']> {
    const since = new Date(now.getTime() - days * 24 * 3600_000);
    const qb = this.dataSource
      .getRepository(CarePlanEntity)
      .createQueryBuilder('p')
      .innerJoin(ElderEntity.options.name, 'e', 'e.id = p.elderId')
      .leftJoin(
        (sub) =>
          sub
            .select('lp.elderId', 'elderId')
            .addSelect('MAX(lo.closedAt)', 'lastReached')
            .from(CareOccurrenceEntity.options.name, 'lo')
            .innerJoin(CarePlanEntity.options.name, 'lp', 'lp.id = lo.planId')
            .where('lo.outcome IN (:...reached)', { reached: REACHED })
            .groupBy('lp.elderId'),
        'r',
        'r.elderId = e.id',
      )
      .select('e.id', 'elderId')
      .addSelect('e.name', 'elderName')
      .addSelect('e.areaCode', 'areaCode')
      .addSelect('r.lastReached', 'lastReachedAt')
      .addSelect('COUNT(*)', 'activePlans')
      .where("p.status = 'active'")
      .andWhere('p.createdAt < :since', { since })
      .andWhere('(r.lastReached IS NULL OR r.lastReached < :since)')
      .groupBy('e.id')
      .addGroupBy('e.name')
      .addGroupBy('e.areaCode')
      .addGroupBy('r.lastReached')
      .orderBy('r.lastReached', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(NOT_REACHED_ROWS);
    const rows = await scoped(qb, scope, areaPath).getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      elderId: String(r.elderId),
      elderName: String(r.elderName),
      areaCode: String(r.areaCode),
      lastReachedAt: r.lastReachedAt ? dbTime(r.lastReachedAt) : null,
      activePlans: Number(r.activePlans),
    }));
  }

  /** Active plans counted by the elder's area and the plan's kind. */
  private async byArea(scope: AreaScope, areaPath: string | null): Promise<CareOverview['byArea']> {
    const qb = this.dataSource
      .getRepository(CarePlanEntity)
      .createQueryBuilder('p')
      .innerJoin(ElderEntity.options.name, 'e', 'e.id = p.elderId')
      .select('e.areaCode', 'areaCode')
      .addSelect('p.kind', 'kind')
      .addSelect('COUNT(*)', 'plans')
      .where("p.status = 'active'")
      .groupBy('e.areaCode')
      .addGroupBy('p.kind')
      .orderBy('e.areaCode', 'ASC');
    const rows = await scoped(qb, scope, areaPath).getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({ areaCode: String(r.areaCode), kind: r.kind as CareOverview['byArea'][number]['kind'], plans: Number(r.plans) }));
  }
}
