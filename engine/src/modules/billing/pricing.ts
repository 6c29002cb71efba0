import { EntityManager, In } from 'typeorm';
import { errors, FieldProblem } from '../../http/errors';
import { writeLock } from '../../db/locks';
import { inScope } from '../areas/scope';
import { AreaService } from '../areas/service';
import { Elder, ElderEntity } from '../elders/entities';
import { PublicUser } from '../identity/entities';
import { ProviderItemEntity, ServiceItemEntity } from '../providers/entities';
import { priceWindow } from '../providers/items';
import { ChargeLineEntity } from './entities';
import { SubsidyRules } from './rules-service';
import { LineInput, PricedLine, priceLines } from './subsidy';

export interface ItemRequest {
  code: string;
  quantity: number;
  /** A price other than the provider's, within the catalogue's limits (charges only). */
  unitPrice?: number;
}

export interface Priced {
  lines: PricedLine[];
  cap: { monthlyCap: number | null; usedBefore: number; remaining: number | null };
}

/** Locks the elder's row on MySQL, so two charges of one elder take the monthly cap one after the other. */
export async function lockElder(m: EntityManager, elderId: string): Promise<void> {
  const lock = writeLock(m);
  if (lock) await m.getRepository(ElderEntity).findOne({ where: { id: elderId }, lock, select: { id: true } });
}

/** Prices for one elder: the catalogue, the provider's prices, the subsidy rules and what the month has used. */
export class Pricing {
  constructor(
    private readonly rules: SubsidyRules,
    private readonly areas: AreaService,
  ) {}

  /** The elder as the caller may see them: unknown, or outside a hotline user's area scope, is "not found". Connectors see all. */
  async elder(m: EntityManager, elderId: string, user: PublicUser): Promise<Elder> {
    const elder = await m.getRepository(ElderEntity).findOneBy({ id: elderId });
    const scope = user.roles.includes('connector') ? null : await this.areas.scopeOf(user);
    if (!elder || !inScope(scope, elder.areaPath)) throw errors.notFound(`Elder ${elderId}`);
    return elder;
  }

  /** The lines' items at the provider's prices; an unknown, inactive or unoffered item is a 400 at its index. */
  async inputs(m: EntityManager, providerId: string, items: ItemRequest[]): Promise<LineInput[]> {
    const codes = items.map((i) => i.code);
    const catalogue = new Map((await m.getRepository(ServiceItemEntity).findBy({ code: In(codes) })).map((i) => [i.code, i]));
    const prices = new Map((await m.getRepository(ProviderItemEntity).findBy({ providerId, itemCode: In(codes) })).map((p) => [p.itemCode, p.price]));
    const problems: FieldProblem[] = [];
    const inputs = items.map((request, i): LineInput => {
      const item = catalogue.get(request.code);
      const price = prices.get(request.code);
      if (!item || !item.active) problems.push({ path: `items.${i}.code`, message: `no active service item ${request.code}` });
      else if (price === undefined) problems.push({ path: `items.${i}.code`, message: `the provider does not offer ${item.name}` });
      else if (request.unitPrice !== undefined && (request.unitPrice < item.minPrice || request.unitPrice > item.maxPrice)) problems.push({ path: `items.${i}.unitPrice`, message: `must lie within ${priceWindow(item)}` });
      return { code: request.code, name: item?.name ?? request.code, unit: item?.unit ?? '', quantity: request.quantity, unitPrice: request.unitPrice ?? price ?? 0 };
    });
    if (problems.length > 0) throw errors.invalidInput(problems);
    return inputs;
  }

  /** The subsidy the elder's lines of a month already have (adjustments included). */
  async usedIn(m: EntityManager, elderId: string, month: string): Promise<number> {
    const row = await m.getRepository(ChargeLineEntity).createQueryBuilder('l').select('COALESCE(SUM(l.subsidy), 0)', 'used').where({ elderId, month }).getRawOne<{ used: string | number }>();
    return Number(row?.used ?? 0);
  }

  async price(m: EntityManager, elder: Elder, month: string, inputs: LineInput[]): Promise<Priced> {
    const terms = await this.rules.of(m, elder.subsidyCategory);
    const usedBefore = await this.usedIn(m, elder.id, month);
    const lines = priceLines(inputs, terms.rules, terms.monthlyCap, usedBefore);
    const remaining = terms.monthlyCap === null ? null : Math.max(0, terms.monthlyCap - usedBefore);
    return { lines, cap: { monthlyCap: terms.monthlyCap, usedBefore, remaining } };
  }
}
