import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { dictionariesModule } from '../dictionaries';
import { ProviderCancellationTerms } from './cancellation-terms';
import { ProviderAreaEntity, ProviderEntity, ProviderItemEntity, ServiceItemEntity } from './entities';
import { ServiceItemService } from './items';
import { Providers1765000000000 } from './migrations/1765000000000-providers';
import { CancellationTerms1766720000000 } from './migrations/1766720000000-cancellation-terms';
import { ProviderService } from './providers-service';
import { providerRoutes } from './routes';
import { startingWith, LIKE_ESCAPE } from './sql';
import { StaffAreaEntity, StaffEntity, StaffSkillEntity } from './staff-entities';
import { StaffService } from './staff-service';

export type { Outcome, ProviderUpsert } from './providers-service';
export type { StaffUpsert } from './staff-service';
export type { ProviderState } from './provider-state';
export type { StaffState } from './staff-state';
export { ProviderService, ServiceItemService, StaffService };

/** 服务商: service items, providers with their areas and items, and their staff. */
export const providersModule = defineModule({
  name: 'providers',
  entities: [ServiceItemEntity, ProviderEntity, ProviderAreaEntity, ProviderItemEntity, StaffEntity, StaffSkillEntity, StaffAreaEntity],
  migrations: [Providers1765000000000, CancellationTerms1766720000000],
  needs: { areas: areasModule, dictionaries: dictionariesModule },
  start: ({ dataSource, audit }, uses) => {
    const { areas } = uses.areas;
    const items = new ServiceItemService(dataSource, audit, uses.dictionaries.dictionaries);
    const providers = new ProviderService(dataSource, audit, areas, items);
    const staff = new StaffService(dataSource, audit, areas, providers);
    // An area still served by a provider, or worked in by its staff, cannot be removed.
    const using = (table: string, key: string) => async (path: string) => {
      const row = await dataSource
        .createQueryBuilder()
        .select(`COUNT(DISTINCT u.${key})`, 'n')
        .from(table, 'u')
        .where(`u.area_path LIKE :path ${LIKE_ESCAPE}`, { path: startingWith(path) })
        .getRawOne<{ n: string | number }>();
      return Number(row?.n ?? 0);
    };
    areas.usedBy('providers', using('provider_areas', 'provider_id'));
    areas.scopeProvidersBy(async (providerId) => (await dataSource.getRepository(ProviderAreaEntity).findBy({ providerId })).map((a) => a.areaPath));
    areas.usedBy('provider staff', using('provider_staff_areas', 'staff_id'));
    return { gives: { items, providers, staff }, routes: providerRoutes(items, providers, staff, new ProviderCancellationTerms(dataSource, audit)) };
  },
});
