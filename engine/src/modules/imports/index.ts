import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { dictionariesModule } from '../dictionaries';
import { eldersModule } from '../elders';
import { providersModule } from '../providers';
import { ImportEntity } from './entities';
import { areaImport } from './kinds/areas';
import { elderImport } from './kinds/elders';
import { providerImport, staffImport } from './kinds/providers';
import { Imports1765200000000 } from './migrations/1765200000000-imports';
import { importRoutes } from './routes';
import { ImportService } from './service';

/** Excel imports of elders, areas, providers and staff, run in the background and resumed after a restart. */
export const importsModule = defineModule({
  name: 'imports',
  entities: [ImportEntity],
  migrations: [Imports1765200000000],
  needs: { areas: areasModule, dictionaries: dictionariesModule, elders: eldersModule, providers: providersModule },
  start: ({ dataSource, logger }, uses) => {
    const { providers, staff } = uses.providers;
    const kinds = [elderImport(uses.elders.elders, uses.dictionaries.dictionaries), areaImport(uses.areas.areas), providerImport(providers), staffImport(providers, staff)];
    const imports = new ImportService(dataSource, kinds, logger);
    return {
      gives: {},
      routes: importRoutes(imports),
      // An import a restart interrupted goes on; stopping waits for the one running.
      workers: [{ name: 'imports', start: () => imports.recover(), stop: () => imports.idle() }],
    };
  },
});
