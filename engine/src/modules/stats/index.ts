import { defineModule } from '../../kernel/module';
import { areasModule } from '../areas';
import { casesModule } from '../cases';
import { CaseDurationBucketEntity, CaseStatEntity } from './case-entities';
import { CaseStats } from './case-reader';
import { caseStatsRoutes } from './case-routes';
import { tallyCases } from './case-tally';
import { CaseStats1767900000000 } from './migrations/1767900000000-case-stats';
import { telephonyModule } from '../telephony';
import { CallStatEntity, CountedCallEntity } from './entities';
import { CallStats1767700000000 } from './migrations/1767700000000-call-stats';
import { CallStats } from './reader';
import { statsRoutes } from './routes';
import { CallTally } from './tally';
import { StepHeatReader } from './step-heat';
import { stepHeatRoutes } from './step-heat-routes';
import { tallyWorker } from './worker';

/** How often calls that ended uncounted are looked for. */
const CATCH_UP_SECONDS = 60;

/** 统计: pre-aggregated figures kept current as calls end and cases open, close and are escalated, and the reports that read them. */
export const statsModule = defineModule({
  name: 'stats',
  entities: [CallStatEntity, CountedCallEntity, CaseStatEntity, CaseDurationBucketEntity],
  migrations: [CallStats1767700000000, CaseStats1767900000000],
  needs: { areas: areasModule, telephony: telephonyModule, cases: casesModule },
  start: ({ dataSource, config, live, logger, operaton }, uses) => {
    const tally = new CallTally(dataSource, config.cases.timeZone, logger);
    uses.telephony.agents.onWrapUpEnded((wrapUp) => tally.wrapUp(wrapUp));
    const stats = new CallStats(dataSource, uses.areas.areas, config.cases.timeZone);
    tallyCases(config.cases.timeZone, uses.cases.cases, uses.cases.escalations, operaton.lifecycle.closer);
    const caseStats = new CaseStats(dataSource, uses.areas.areas);
    const stepHeat = new StepHeatReader(dataSource, operaton.rest, config.cases.timeZone);
    return { gives: { stats, tally, caseStats, stepHeat }, routes: [...statsRoutes(stats), ...caseStatsRoutes(caseStats), ...stepHeatRoutes(stepHeat)], workers: [tallyWorker(tally, live, CATCH_UP_SECONDS * 1000, logger)] };
  },
});
