import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { dictionariesModule } from '../dictionaries';
import { elderEntities } from './entities';
import { Elders1764900000000 } from './migrations/1764900000000-elders';
import { elderRoutes } from './routes';
import { ElderService } from './service';

/** 老人档案: elders' files with relatives, terminals and phone links, and the caller lookup. */
export const eldersModule = defineModule({
  name: 'elders',
  entities: elderEntities,
  migrations: [Elders1764900000000],
  needs: { areas: areasModule, dictionaries: dictionariesModule },
  start: ({ dataSource, audit }, uses) => {
    const elders = new ElderService(dataSource, audit, uses.areas.areas, uses.dictionaries.dictionaries);
    return { gives: { elders }, routes: elderRoutes(elders, dataSource, uses.areas.areas) };
  },
});
