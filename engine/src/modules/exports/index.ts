import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { dictionariesModule } from '../dictionaries';
import { eldersModule } from '../elders';
import { providersModule } from '../providers';
import { exportRoutes } from './routes';

/** Excel exports of the registries (elders, areas, providers, staff): routes over other modules' services. */
export const exportsModule = defineModule({
  name: 'exports',
  entities: [],
  migrations: [],
  needs: { areas: areasModule, dictionaries: dictionariesModule, elders: eldersModule, providers: providersModule },
  start: ({ dataSource, audit }, uses) => ({
    gives: {},
    routes: exportRoutes({ dataSource, audit, areas: uses.areas.areas, dictionaries: uses.dictionaries.dictionaries, elders: uses.elders.elders, providers: uses.providers.providers }),
  }),
});
