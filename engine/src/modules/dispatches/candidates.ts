import { EntityManager, In } from 'typeorm';
import { Provider, ProviderAreaEntity, ProviderEntity, ProviderItemEntity } from '../providers/entities';
import { codesOnPath } from '../providers/sql';
import { Candidate, chooseProvider } from './rules';
import { DispatchEntity, OPEN_STATUSES } from './entities';

/** Open orders per provider: dispatched or accepted, not yet done. */
async function openOrders(m: EntityManager, providerIds: string[]): Promise<Map<string, number>> {
  if (providerIds.length === 0) return new Map();
  const rows = await m
    .getRepository(DispatchEntity)
    .createQueryBuilder('d')
    .select('d.providerId', 'providerId')
    .addSelect('COUNT(*)', 'n')
    .where({ providerId: In(providerIds), status: In(OPEN_STATUSES) })
    .groupBy('d.providerId')
    .getRawMany<{ providerId: string; n: string | number }>();
  return new Map(rows.map((r) => [r.providerId, Number(r.n)]));
}

const candidateOf = (p: Provider, open: Map<string, number>, offersItem: boolean, servesArea: boolean): Candidate => ({
  id: p.id,
  name: p.name,
  status: p.status,
  contractFrom: p.contractFrom,
  contractTo: p.contractTo,
  capacity: p.capacity,
  rating: p.rating,
  openOrders: open.get(p.id) ?? 0,
  offersItem,
  servesArea,
});

/**
 * Providers that offer the item and serve the area or an area above it (a district's provider
 * serves its streets and communities), with their open orders.
 */
export async function candidatesFor(m: EntityManager, item: string, areaPath: string): Promise<Candidate[]> {
  const providers = await m
    .getRepository(ProviderEntity)
    .createQueryBuilder('p')
    .where('EXISTS (SELECT 1 FROM provider_items pi WHERE pi.provider_id = p.id AND pi.item_code = :item)', { item })
    .andWhere('EXISTS (SELECT 1 FROM provider_areas pa WHERE pa.provider_id = p.id AND pa.area_code IN (:...served))', { served: codesOnPath(areaPath) })
    .getMany();
  const open = await openOrders(m, providers.map((p) => p.id));
  return providers.map((p) => candidateOf(p, open, true, true));
}

/** One named provider as a candidate, whether or not it fits; null when it does not exist. */
export async function candidate(m: EntityManager, providerId: string, item: string, areaPath: string): Promise<Candidate | null> {
  const p = await m.getRepository(ProviderEntity).findOneBy({ id: providerId });
  if (!p) return null;
  const offers = await m.getRepository(ProviderItemEntity).existsBy({ providerId, itemCode: item });
  const serves = await m.getRepository(ProviderAreaEntity).existsBy({ providerId, areaCode: In(codesOnPath(areaPath)) });
  return candidateOf(p, await openOrders(m, [providerId]), offers, serves);
}

/**
 * The provider the dispatch rules send an item in an area to on a day (see rules.ts), leaving out
 * those given; null when nobody can take it. A quote and a dispatch ask the same question here.
 */
export async function providerByRules(m: EntityManager, item: string, areaPath: string, today: string, leaveOut: ReadonlySet<string> = new Set()): Promise<Candidate | null> {
  return chooseProvider((await candidatesFor(m, item, areaPath)).filter((c) => !leaveOut.has(c.id)), today);
}
