import { defineModule } from '../../kernel/module';
import { passWorker } from '../../kernel/passes';
import { areasModule } from '../areas';
import { statsModule } from '../stats';
import { MonthlyReports } from './archive';
import { MonthlyReportEntity } from './entities';
import { MonthlyReportFiles } from './files';
import { MonthlyReports1768000000500 } from './migrations/1768000000500-monthly-reports';
import { monthlyReportRoutes } from './routes';
import { MonthlyReportSchedule } from './schedule';

/** How often the scheduled report of the month just ended is looked for (made on the 1st, or when an engine that was down comes back). */
const SCHEDULE_EVERY_MS = 60 * 60 * 1000;

/** 月度报告: the bureau's monthly report from the stats figures, as PDF and Excel, kept in an archive. */
export const monthlyReportsModule = defineModule({
  name: 'monthly-reports',
  entities: [MonthlyReportEntity],
  migrations: [MonthlyReports1768000000500],
  needs: { areas: areasModule, stats: statsModule },
  start: ({ dataSource, config, logger }, uses) => {
    const { stats } = uses;
    const readers = { calls: stats.stats, cases: stats.caseStats, emergency: stats.emergencyStats, satisfaction: stats.ratingStats, providers: stats.providerStats, elders: stats.elderStats };
    const reports = new MonthlyReports(dataSource, readers, uses.areas.areas, config.cases.timeZone);
    const files = new MonthlyReportFiles(reports, config.cases.timeZone, config.statements.pdfFont, config.statements.hotlineName);
    const schedule = new MonthlyReportSchedule(reports, config.cases.timeZone);
    return { gives: { reports, files, schedule }, routes: monthlyReportRoutes(reports, files), workers: [passWorker('monthly-report', SCHEDULE_EVERY_MS, schedule, logger)] };
  },
});
