import { DataSource, In } from 'typeorm';
import { errors } from '../../http/errors';
import { inScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import { ElderEntity } from '../elders/entities';
import { PublicUser } from '../identity/entities';
import { ownProviderOnly } from '../providers/access';
import { ProviderEntity } from '../providers/entities';
import { ChargeLineEntity } from './entities';
import { lineView } from './charges';
import { BillingMonths } from './months';
import { totalsOf } from './subsidy';

/** 收费清单: an elder's lines of one billing month with their totals. */
export class Statements {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreaService,
    private readonly months: BillingMonths,
  ) {}

  /**
   * The hotline's roles see every line of an elder in their area scope; a provider's users only
   * their provider's lines, and an elder their provider never served is "not found" to them.
   */
  async of(elderId: string, month: string | undefined, user: PublicUser) {
    const elder = await this.dataSource.getRepository(ElderEntity).findOneBy({ id: elderId });
    if (!elder) throw errors.notFound(`Elder ${elderId}`);
    const own = ownProviderOnly(user);
    const lines = this.dataSource.getRepository(ChargeLineEntity);
    if (own === undefined && !inScope(await this.areas.scopeOf(user), elder.areaPath)) throw errors.notFound(`Elder ${elderId}`);
    if (own !== undefined && !(await lines.existsBy({ elderId, providerId: own ?? '' }))) throw errors.notFound(`Elder ${elderId}`);
    const of = month ?? this.months.current();
    const found = await lines.find({ where: { elderId, month: of, ...(own !== undefined ? { providerId: own ?? '' } : {}) }, order: { servedAt: 'ASC', id: 'ASC' } });
    const providerIds = [...new Set(found.map((l) => l.providerId))];
    const providers = providerIds.length ? await this.dataSource.getRepository(ProviderEntity).find({ select: { id: true, name: true }, where: { id: In(providerIds) } }) : [];
    return {
      elder: { id: elder.id, name: elder.name, category: elder.subsidyCategory },
      providers: providers.map((p) => ({ id: p.id, name: p.name })),
      month: of,
      closed: await this.months.isClosed(of),
      lines: found.map(lineView),
      totals: totalsOf(found),
    };
  }
}
