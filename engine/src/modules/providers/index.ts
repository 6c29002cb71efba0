import { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import { Providers1765000000000 } from '../../db/migrations/1765000000000-providers';
import { RouteSpec } from '../../http/route';
import { AreaService } from '../areas/service';
import { AuditLog } from '../audit/service';
import { DictionaryService } from '../dictionaries/service';
import { ProviderAreaEntity, ProviderEntity, ProviderItemEntity, ServiceItemEntity } from './entities';
import { ServiceItemService } from './items';
import { ProviderService } from './providers-service';
import { providerRoutes } from './routes';
import { startingWith, LIKE_ESCAPE } from './sql';
import { StaffAreaEntity, StaffEntity, StaffSkillEntity } from './staff-entities';
import { StaffService } from './staff-service';

export type { Outcome, ProviderUpsert } from './providers-service';
export type { StaffUpsert } from './staff-service';
export type { ProviderState } from './provider-state';
export type { StaffState } from './staff-state';
export { NewProvider, NewServiceItem, NewStaff } from './schemas';
export { ProviderService, ServiceItemService, StaffService };

/** What the providers module needs from the rest of the engine. */
export interface ProviderDeps {
  dataSource: DataSource;
  audit: AuditLog;
  areas: AreaService;
  dictionaries: DictionaryService;
}

/** The module's tables, its schema steps, and its routes: the engine wires these three. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const providerEntities: EntitySchema<any>[] = [ServiceItemEntity, ProviderEntity, ProviderAreaEntity, ProviderItemEntity, StaffEntity, StaffSkillEntity, StaffAreaEntity];
export const providerMigrations: (new () => MigrationInterface)[] = [Providers1765000000000];

export interface ProviderModule {
  routes: RouteSpec[];
  items: ServiceItemService;
  providers: ProviderService;
  staff: StaffService;
}

export function providerModule(deps: ProviderDeps): ProviderModule {
  const { dataSource, audit, areas } = deps;
  const items = new ServiceItemService(dataSource, audit, deps.dictionaries);
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
  areas.scopeProvidersBy(async (providerId) => (await deps.dataSource.getRepository(ProviderAreaEntity).findBy({ providerId })).map((a) => a.areaPath));
  areas.usedBy('provider staff', using('provider_staff_areas', 'staff_id'));
  return { routes: providerRoutes(items, providers, staff), items, providers, staff };
}
