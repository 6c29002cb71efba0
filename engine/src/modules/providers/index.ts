import { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import { RouteSpec } from '../../http/route';
import { AreaService } from '../areas/service';
import { AuditLog } from '../audit/service';
import { DictionaryService } from '../dictionaries/service';

/** What the providers module needs from the rest of the engine. */
export interface ProviderDeps {
  dataSource: DataSource;
  audit: AuditLog;
  areas: AreaService;
  dictionaries: DictionaryService;
}

/** The module's tables, its schema steps, and its routes: the engine wires these three. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const providerEntities: EntitySchema<any>[] = [];
export const providerMigrations: (new () => MigrationInterface)[] = [];

export function providerModule(deps: ProviderDeps): { routes: RouteSpec[] } {
  void deps;
  return { routes: [] };
}
