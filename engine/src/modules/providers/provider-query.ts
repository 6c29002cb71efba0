import { Brackets, DataSource } from 'typeorm';
import { pageWindow } from '../../db/where';
import { AreaService } from '../areas/service';
import { PublicUser } from '../identity/entities';
import { ownProviderOnly } from './access';
import { ProviderEntity } from './entities';
import { ProviderState, withChildren } from './provider-state';
import { ProviderFilter } from './schemas';
import { codesOnPath, containing, LIKE_ESCAPE } from './sql';

/**
 * Providers by name (contains) or credit code (exact), status, an item offered and an area served.
 * A provider serving a district serves every street and community in it, so an area matches
 * providers serving it or any area above it.
 */
export async function queryProviders(dataSource: DataSource, areas: AreaService, filter: ProviderFilter, user: PublicUser): Promise<{ providers: ProviderState[]; total: number }> {
  const qb = dataSource.getRepository(ProviderEntity).createQueryBuilder('p');
  const own = ownProviderOnly(user);
  if (own !== undefined) qb.andWhere('p.id = :own', { own: own ?? '' });
  if (filter.q) {
    const q = filter.q;
    qb.andWhere(new Brackets((w) => w.where(`p.name LIKE :name ${LIKE_ESCAPE}`, { name: containing(q) }).orWhere('p.creditCode = :code', { code: q.toUpperCase() })));
  }
  if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
  if (filter.item) qb.andWhere('EXISTS (SELECT 1 FROM provider_items pi WHERE pi.provider_id = p.id AND pi.item_code = :item)', { item: filter.item });
  if (filter.area) {
    const area = await areas.require(filter.area, 'area');
    qb.andWhere('EXISTS (SELECT 1 FROM provider_areas pa WHERE pa.provider_id = p.id AND pa.area_code IN (:...served))', { served: codesOnPath(area.path) });
  }
  const { skip, take } = pageWindow(filter);
  const [rows, total] = await qb.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').skip(skip).take(take).getManyAndCount();
  return { providers: await withChildren(dataSource.manager, rows), total };
}
