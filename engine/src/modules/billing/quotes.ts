import { DataSource, EntityManager } from 'typeorm';
import { AppError, errors } from '../../http/errors';
import { providerByRules } from '../dispatches/candidates';
import { dateIn } from '../dispatches/rules';
import { Elder } from '../elders/entities';
import { PublicUser } from '../identity/entities';
import { ProviderEntity } from '../providers/entities';
import { monthIn } from './months';
import { ItemRequest, Pricing } from './pricing';
import { totalsOf } from './subsidy';

export interface QuoteInput {
  elderId: string;
  providerId?: string;
  items: { code: string; quantity: number }[];
  at?: Date;
}

/** 报价: what household help would cost, before anything is ordered; nothing is stored. */
export class Quotes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pricing: Pricing,
    private readonly timeZone: string,
  ) {}

  async quote(input: QuoteInput, user: PublicUser) {
    const m = this.dataSource.manager;
    const at = input.at ?? new Date();
    const elder = await this.pricing.elder(m, input.elderId, user);
    const provider = await this.provider(m, input, elder, at);
    const month = monthIn(this.timeZone, at);
    const inputs = await this.pricing.inputs(m, provider.id, input.items as ItemRequest[]);
    const { lines, cap } = await this.pricing.price(m, elder, month, inputs);
    return { elderId: elder.id, elderName: elder.name, category: elder.subsidyCategory, provider, month, lines, totals: totalsOf(lines), cap };
  }

  /** The provider named, or the one the dispatch rules would send the first item to. */
  private async provider(m: EntityManager, input: QuoteInput, elder: Elder, at: Date): Promise<{ id: string; name: string }> {
    if (input.providerId) {
      const named = await m.getRepository(ProviderEntity).findOneBy({ id: input.providerId });
      if (!named) throw errors.notFound(`Provider ${input.providerId}`);
      return { id: named.id, name: named.name };
    }
    const first = input.items[0].code;
    const chosen = await providerByRules(m, first, elder.areaPath, dateIn(this.timeZone, at));
    if (!chosen) throw new AppError(422, 'no_provider', `No provider can take ${first} in the elder's area now`);
    return { id: chosen.id, name: chosen.name };
  }
}
