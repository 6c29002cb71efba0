import { defineModule } from '../../kernel/module';
import type { PublicUser } from '../identity/entities';
import { areasModule } from '../areas';
import { casesModule } from '../cases';
import { dictionariesModule } from '../dictionaries';
import { ElderStats } from './elder-reader';
import { elderStatsRoutes } from './elder-routes';
import { ElderReportIndices1768000000800 } from './migrations/1768000000800-elder-report-indices';
import { ReportCoveringIndices1768000000900 } from './migrations/1768000000900-report-covering-indices';
import { ProviderAmounts1768000001000 } from './migrations/1768000001000-provider-amounts';
import { CaseMailbox1768000001100 } from './migrations/1768000001100-case-mailbox';
import { CaseAgentStats1768000001200 } from './migrations/1768000001200-case-agent-stats';
import { CaseMonthGrains1768000001300 } from './migrations/1768000001300-case-month-grains';
import { CaseAgentGrains1768000001400 } from './migrations/1768000001400-case-agent-grains';
import { CaseAgentGrainBucketEntity, CaseAgentGrainStatEntity } from './case-agent-grains';
import { CaseAgentDurationBucketEntity, CaseAgentStatEntity, CaseDurationBucketEntity, CaseStatEntity } from './case-entities';
import { CaseStats } from './case-reader';
import { caseStatsRoutes } from './case-routes';
import { tallyCases } from './case-tally';
import { AlarmStatEntity } from './alarm-entities';
import { EmergencyStats } from './alarm-reader';
import { emergencyStatsRoutes } from './alarm-routes';
import { tallyAlarms } from './alarm-tally';
import { CountedProviderEventEntity, ProviderStatEntity } from './provider-entities';
import { ProviderStats } from './provider-reader';
import { providerStatsRoutes } from './provider-routes';
import { ProviderTally } from './provider-tally';
import { ProviderStats1768000000200 } from './migrations/1768000000200-provider-stats';
import { CaseReply1768000000300 } from './migrations/1768000000300-case-reply';
import { RatingStats1768000000400 } from './migrations/1768000000400-rating-stats';
import { RatingCommentEntity, RatingStatEntity } from './rating-entities';
import { RatingStats } from './rating-reader';
import { ratingRoutes } from './rating-routes';
import { tallyRatings } from './rating-tally';
import { AlarmStats1768000000100 } from './migrations/1768000000100-alarm-stats';
import { CaseStats1767900000000 } from './migrations/1767900000000-case-stats';
import { telephonyModule } from '../telephony';
import { CallStatEntity, CountedCallEntity } from './entities';
import { CallStats1767700000000 } from './migrations/1767700000000-call-stats';
import { CallStats } from './reader';
import { statsRoutes } from './routes';
import { CallTally } from './tally';
import { ReportAnswers } from './report-answers';
import { StepHeatReader } from './step-heat';
import { stepHeatRoutes } from './step-heat-routes';
import { tallyWorker } from './worker';
import { passWorker } from '../../kernel/passes';

/** How often calls that ended uncounted, and ended orders and new evaluations, are looked for. */
const CATCH_UP_SECONDS = 60;

/** 统计: pre-aggregated figures kept current as calls end, cases open, close and are escalated, alarm cases and orders end and providers are evaluated, and the reports that read them. */
export const statsModule = defineModule({
  name: 'stats',
  entities: [CallStatEntity, CountedCallEntity, CaseStatEntity, CaseDurationBucketEntity, CaseAgentStatEntity, CaseAgentDurationBucketEntity, CaseAgentGrainStatEntity, CaseAgentGrainBucketEntity, AlarmStatEntity, ProviderStatEntity, CountedProviderEventEntity, RatingStatEntity, RatingCommentEntity],
  migrations: [CallStats1767700000000, CaseStats1767900000000, AlarmStats1768000000100, ProviderStats1768000000200, CaseReply1768000000300, RatingStats1768000000400, ElderReportIndices1768000000800, ReportCoveringIndices1768000000900, ProviderAmounts1768000001000, CaseMailbox1768000001100, CaseAgentStats1768000001200, CaseMonthGrains1768000001300, CaseAgentGrains1768000001400],
  needs: { areas: areasModule, telephony: telephonyModule, cases: casesModule, dictionaries: dictionariesModule },
  start: ({ dataSource, config, live, logger, operaton }, uses) => {
    const tally = new CallTally(dataSource, config.cases.timeZone, logger);
    uses.telephony.agents.onWrapUpEnded((wrapUp) => tally.wrapUp(wrapUp));
    const stats = new CallStats(dataSource, uses.areas.areas, config.cases.timeZone);
    tallyCases(config.cases.timeZone, uses.cases.cases, uses.cases.escalations, operaton.lifecycle.closer);
    tallyAlarms(config.cases.timeZone, operaton.lifecycle.closer);
    tallyRatings(config.cases.timeZone, operaton.lifecycle.closer);
    const caseStats = new CaseStats(dataSource, uses.areas.areas, config.cases.timeZone);
    const emergencyStats = new EmergencyStats(dataSource, uses.areas.areas);
    const providerTally = new ProviderTally(dataSource, config.cases.timeZone);
    const providerStats = new ProviderStats(dataSource, uses.areas.areas, config.cases.timeZone);
    const ratingStats = new RatingStats(dataSource, uses.areas.areas, config.cases.timeZone);
    const elderStats = new ElderStats(dataSource, uses.areas.areas, uses.dictionaries.dictionaries, config.cases.timeZone);
    const stepHeat = new StepHeatReader(dataSource, operaton.rest, config.cases.timeZone);
    const answers = new ReportAnswers((user) => uses.areas.areas.scopeOf(user), { ttlMs: config.reports.cacheSeconds * 1000 });
    const kept = <Q, R>(report: string, reader: { report(q: Q, u: PublicUser): Promise<R> }) => ({ report: answers.of(report, (q: Q, u: PublicUser) => reader.report(q, u)) });
    return {
      gives: { stats, tally, caseStats, emergencyStats, providerTally, providerStats, ratingStats, elderStats, stepHeat },
      routes: [
        ...statsRoutes(kept('calls', stats)),
        ...caseStatsRoutes(kept('cases', caseStats)),
        ...emergencyStatsRoutes(kept('emergency', emergencyStats)),
        ...providerStatsRoutes(kept('providers', providerStats)),
        ...ratingRoutes(kept('satisfaction', ratingStats)),
        ...elderStatsRoutes(kept('elders', elderStats)),
        ...stepHeatRoutes(stepHeat),
      ],
      workers: [tallyWorker(tally, live, CATCH_UP_SECONDS * 1000, logger), passWorker('provider-tally', CATCH_UP_SECONDS * 1000, providerTally, logger)],
    };
  },
});
