import { defineModule } from '../../kernel/module';
import { passWorker } from '../../kernel/passes';
import { calendarModule } from '../calendar';
import { casesModule } from '../cases';
import { eldersModule } from '../elders';
import { NeedOccurrenceEntity, PeriodicNeedEntity } from './entities';
import { PeriodicNeeds1766700000000 } from './migrations/1766700000000-periodic-needs';
import { NeedOpener } from './opener';
import { periodicNeedRoutes } from './routes';
import { PeriodicNeeds } from './service';

/** 周期性需求: elders' standing household plans, each opening an order on its days. */
export const periodicNeedsModule = defineModule({
  name: 'periodic-needs',
  entities: [PeriodicNeedEntity, NeedOccurrenceEntity],
  migrations: [PeriodicNeeds1766700000000],
  needs: { calendar: calendarModule, cases: casesModule, elders: eldersModule },
  start: ({ dataSource, audit, config, logger }, uses) => {
    const needs = new PeriodicNeeds(dataSource, audit, uses.elders.elders, uses.calendar.calendar, config.cases.timeZone);
    const opener = new NeedOpener(dataSource, needs, uses.cases.cases, logger);
    return { gives: { needs, opener }, routes: periodicNeedRoutes(needs), workers: [passWorker('periodic-needs', config.periodicNeeds.passSeconds * 1000, opener, logger)] };
  },
});
