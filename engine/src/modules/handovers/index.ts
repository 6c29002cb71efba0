import { defineModule } from '../../kernel/module';
import { casesModule } from '../cases';
import { Repeater } from '../cases/operaton/repeater';
import { HandoverEntity, HandoverSourceEntity } from './entities';
import { HandoverIntakeService } from './intake';
import { Handovers1767450000000 } from './migrations/1767450000000-handovers';
import { REPORT_PROCESS_KEY } from './report-process';
import { HandoverReporter } from './reporter';
import { handoverRoutes } from './routes';
import { HandoverSources } from './sources';
import { HandoverSystemUser } from './system-user';

const REPORT_INTERVAL_MS = 2_000;
const REPORT_MAX_BACKOFF_MS = 30_000;

/**
 * 转办件: cases handed over from the 12345 line, the government mailbox or government SMS through a
 * signed intake API, repeats joining the open case, and the result posted back when the case ends.
 */
export const handoversModule = defineModule({
  name: 'handovers',
  entities: [HandoverSourceEntity, HandoverEntity],
  migrations: [Handovers1767450000000],
  needs: { cases: casesModule },
  start: ({ dataSource, outbound, audit, timeline, live, logger, operaton, config }, uses) => {
    const sources = new HandoverSources(dataSource, outbound, audit);
    const intake = new HandoverIntakeService(dataSource, uses.cases.cases, timeline, live, new HandoverSystemUser(dataSource));
    // The report runs under the case's number (its steps and incidents show on the case), never as the case's diagram.
    operaton.caseTimeline.addCompanion(REPORT_PROCESS_KEY);
    const reporter = new HandoverReporter(dataSource, operaton.rest, timeline, live, logger, { retries: config.handovers.reportRetries, backoff: config.handovers.reportBackoff });
    const loop = new Repeater('handover reports', REPORT_INTERVAL_MS, REPORT_MAX_BACKOFF_MS, () => reporter.runOnce(), logger);
    return {
      gives: { sources },
      routes: handoverRoutes({ dataSource, sources, intake }),
      workers: [{ name: 'handover reports', start: () => loop.start(), stop: () => loop.stop() }],
    };
  },
});
