import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { AreaService } from '../areas/service';
import { ElderEntity } from '../elders/entities';
import { PublicUser } from '../identity/entities';
import { ownProviderOnly } from '../providers/access';
import { ChargeLine, ChargeLineEntity } from './entities';
import { BillingMonths } from './months';

export interface StatementListQuery {
  month?: string;
  page: number;
  pageSize: number;
}

/** The month's 收费清单 to choose from: the elders with lines, as far as the caller reaches. */
export class StatementList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly months: BillingMonths,
  ) {}

  /** A provider's users: the elders their provider served (its lines only); the hotline: the elders of their area scope. */
  async list(query: StatementListQuery, user: PublicUser) {
    const month = query.month ?? this.months.current();
    const scoped = await this.scoped(month, user);
    const [rows, counted] = await Promise.all([
      scoped()
        .select('e.id', 'id')
        .addSelect('e.name', 'name')
        // Services are charges (one key, however many items); adjustments change the amount only.
        .addSelect("COUNT(DISTINCT CASE WHEN l.kind = 'charge' THEN l.chargeKey END)", 'count')
        .addSelect('SUM(l.amount)', 'amount')
        .groupBy('e.id')
        .addGroupBy('e.name')
        .orderBy('e.name', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .offset((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .getRawMany<{ id: string; name: string; count: number | string; amount: number | string }>(),
      scoped().select('COUNT(DISTINCT l.elderId)', 'total').getRawOne<{ total: number | string }>(),
    ]);
    // MySQL answers sums and counts as strings.
    const elders = rows.map((r) => ({ id: r.id, name: r.name, count: Number(r.count), amount: Number(r.amount) }));
    return { month, elders, total: Number(counted?.total ?? 0) };
  }

  private async scoped(month: string, user: PublicUser): Promise<() => SelectQueryBuilder<ChargeLine>> {
    const own = ownProviderOnly(user);
    const scope = own === undefined ? await this.areas.scopeOf(user) : null;
    return () => {
      const qb = this.dataSource.getRepository(ChargeLineEntity).createQueryBuilder('l').innerJoin(ElderEntity.options.name, 'e', 'e.id = l.elderId').where('l.month = :month', { month });
      if (own !== undefined) qb.andWhere('l.providerId = :own', { own: own ?? '' });
      else if (scope !== null && scope.length === 0) qb.andWhere('1 = 0');
      else if (scope !== null) qb.andWhere(new Brackets((w) => scope.forEach((prefix, i) => w.orWhere(`e.areaPath LIKE :p${i}`, { [`p${i}`]: `${prefix}%` }))));
      return qb;
    };
  }
}
