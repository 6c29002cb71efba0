import { defineModule } from '../../kernel/module';
import { ENGINE_VERSION } from '../../version';
import { healthRoutes } from './routes';
import { HealthService } from './service';

/** Whether the engine, its database and the process engine answer. */
export const healthModule = defineModule({
  name: 'health',
  entities: [],
  migrations: [],
  needs: {},
  start: ({ dataSource, config, processEngine }) => ({ gives: {}, routes: healthRoutes(new HealthService(dataSource, config.database, ENGINE_VERSION, processEngine)) }),
});
