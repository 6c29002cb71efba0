import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { carePlansModule } from '../care-plans';
import { dictionariesModule } from '../dictionaries';
import { eldersModule } from '../elders';
import { providersModule } from '../providers';
import { ImportEntity } from './entities';
import { areaImport } from './kinds/areas';
import { carePlanImport } from './kinds/care-plans';
import { elderImport } from './kinds/elders';
import { providerImport, staffImport } from './kinds/providers';
import { Imports1765200000000 } from './migrations/1765200000000-imports';
import { importRoutes } from './routes';
import { ImportService } from './service';

/** Excel imports of elders, areas, providers, staff and care plans, run in the background and resumed after a restart. */
export const importsModule = defineModule({
  name: 'imports',
  entities: [ImportEntity],
  migrations: [Imports1765200000000],
  needs: { areas: areasModule, carePlans: carePlansModule, dictionaries: dictionariesModule, elders: eldersModule, providers: providersModule },
  start: ({ dataSource, logger }, uses) => {
    const { providers, staff } = uses.providers;
    const kinds = [elderImport(uses.elders.elders, uses.dictionaries.dictionaries), areaImport(uses.areas.areas), providerImport(providers), staffImport(providers, staff), carePlanImport(uses.carePlans.plans, uses.elders.elders)];
    const imports = new ImportService(dataSource, kinds, logger);
    return {
      gives: {},
      routes: importRoutes(imports),
      // An import a restart interrupted goes on; stopping waits for the one running.
      workers: [{ name: 'imports', start: () => imports.recover(), stop: () => imports.idle() }],
    };
  },
});
