import { defineModule } from '../../kernel/module';
import { inScope } from '../areas/scope';
import { areasModule } from '../areas';
import { calendarModule } from '../calendar';
import { eldersModule } from '../elders';
import { CaseEntity, CaseEventEntity, CaseNumberSequenceEntity } from './entities';
import { caseLifecycleEntities } from './operaton/entities';
import { CaseProcessStarts1766200200000 } from './operaton/migration';
import { caseRoutes } from './routes';
import { CaseService } from './service';

const CASE_READERS = new Set(['admin', 'supervisor', 'agent', 'auditor']);

/** 工单: cases, their numbers, due times and timelines, each run by its service type's process. */
export const casesModule = defineModule({
  name: 'cases',
  entities: [CaseEntity, CaseEventEntity, CaseNumberSequenceEntity, ...caseLifecycleEntities],
  migrations: [CaseProcessStarts1766200200000],
  needs: { calendar: calendarModule, elders: eldersModule, areas: areasModule },
  start: ({ dataSource, timeline, audit, config, live, operaton }, uses) => {
    const cases = new CaseService(dataSource, timeline, audit, config.cases, live, uses.calendar.calendar, uses.elders.elders, uses.areas.areas, operaton);
    return {
      gives: { cases },
      routes: caseRoutes(cases),
      audience: { 'case.updated': (user, scope, event) => user.roles.some((r) => CASE_READERS.has(r)) && (event.areaPath === null || inScope(scope, event.areaPath)) },
    };
  },
});
