import { defineModule } from '../../kernel/module';
import { passWorker } from '../../kernel/passes';
import { areasModule } from '../areas';
import { calendarModule } from '../calendar';
import { casesModule } from '../cases';
import { dictionariesModule } from '../dictionaries';
import { dispatchesModule } from '../dispatches';
import { eldersModule } from '../elders';
import { CareOccurrenceEntity, CarePlanEntity, CareRuleEntity } from './entities';
import { CarePlans1767500000000 } from './migrations/1767500000000-care-plans';
import { CareVisitRescues1767600000100 } from './migrations/1767600000100-care-visit-rescues';
import { CareOpener } from './opener';
import { recordOutcomes } from './outcomes';
import { CareOverviewReader } from './overview';
import { careOverviewRoutes } from './overview-routes';
import { careRoutes } from './routes';
import { CareRules } from './rules';
import { CarePlans } from './service';
import { SystemUser } from './system-user';
import { CareThrottle } from './throttle';
import { visitRescueHook, VisitRescueEntity } from './visit-rescue';

/** How often the throttle's backlog is looked at between full passes. */
const BACKLOG_PASS_SECONDS = 10;

/** 主动关怀: care plans on elder files and the rules that make them, each occurrence opening a case. */
export const carePlansModule = defineModule({
  name: 'care-plans',
  entities: [CarePlanEntity, CareOccurrenceEntity, CareRuleEntity, VisitRescueEntity],
  migrations: [CarePlans1767500000000, CareVisitRescues1767600000100],
  needs: { areas: areasModule, calendar: calendarModule, cases: casesModule, dictionaries: dictionariesModule, dispatches: dispatchesModule, elders: eldersModule },
  start: ({ dataSource, audit, config, logger, operaton }, uses) => {
    const plans = new CarePlans(dataSource, audit, uses.elders.elders, uses.calendar.calendar, uses.cases.cases, config.cases.timeZone, logger);
    const rules = new CareRules(dataSource, audit, uses.areas.areas, uses.dictionaries.dictionaries, () => plans.today());
    const { quietFrom, quietUntil, retryMinutes, tries, visitWithinHours } = config.care;
    const timing = { timeZone: config.cases.timeZone, quiet: { from: quietFrom, until: quietUntil }, retryMinutes, tries, visitWithinHours };
    const throttle = new CareThrottle(dataSource, config.care.callsPerMinute);
    // A full pass every CARE_PASS_SECONDS; in between, what the throttle held back opens as its minute frees.
    const system = new SystemUser(dataSource);
    const opener = new CareOpener(dataSource, plans, rules, uses.cases.cases, timing, system, logger, throttle, config.care.passSeconds * 1000);
    recordOutcomes(operaton.lifecycle.closer);
    uses.dispatches.answers.onFinish(visitRescueHook(dataSource, uses.cases.cases, system));
    const overview = new CareOverviewReader(dataSource, uses.areas.areas, config.cases.timeZone);
    return { gives: { plans, rules, opener, throttle }, routes: [...careRoutes(plans, rules), ...careOverviewRoutes(overview, config.cases.timeZone)], workers: [passWorker('care-plans', Math.min(config.care.passSeconds, BACKLOG_PASS_SECONDS) * 1000, opener, logger)] };
  },
});
