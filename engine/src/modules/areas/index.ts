import { defineModule } from '../../kernel/module';
import { AreaEntity } from './entities';
import { areaRoutes } from './routes';
import { AreaService } from './service';

/** 行政区划: the area tree, and each user's area scope. */
export const areasModule = defineModule({
  name: 'areas',
  entities: [AreaEntity],
  migrations: [],
  needs: {},
  start: ({ dataSource, audit }) => {
    const areas = new AreaService(dataSource, audit);
    return { gives: { areas }, routes: areaRoutes(areas) };
  },
});
