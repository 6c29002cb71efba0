import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { casesModule } from '../cases';
import { Incidents1764400000000 } from './migrations/1764400000000-incidents';
import { incidentRoutes } from './routes';
import { IncidentService } from './service';

/** 异常: the process engine's incidents (a failed step), for supervisors to retry or resolve. */
export const incidentsModule = defineModule({
  name: 'incidents',
  entities: [],
  migrations: [Incidents1764400000000],
  needs: { areas: areasModule, cases: casesModule },
  start: ({ operaton }, uses) => ({ gives: {}, routes: incidentRoutes(new IncidentService(uses.areas.areas, operaton), uses.cases.cases) }),
});
