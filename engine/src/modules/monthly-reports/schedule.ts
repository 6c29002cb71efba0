import { DatedPass } from '../../kernel/passes';
import { monthIn, previousMonth } from '../billing/months';
import type { PublicUser } from '../identity/entities';
import type { MonthlyReports } from './archive';

/** Whom the scheduled report reads as: the whole bureau, no area scope. */
const BUREAU: PublicUser = { id: 'monthly-report', username: 'monthly-report', displayName: '月度报告', roles: ['supervisor'], groups: [], areaScope: [], providerId: null, phone: null, active: true, passwordChangeRequired: false };

/**
 * The bureau's report of the month just ended, made on the 1st (in the bureau's time zone): each
 * pass makes it if the archive lacks it, so an engine that was down on the 1st makes it when it is
 * back. Its id is the month's, so two engines on one database make it once.
 */
export class MonthlyReportSchedule extends DatedPass {
  constructor(
    private readonly reports: MonthlyReports,
    private readonly timeZone: string,
  ) {
    super();
  }

  protected async pass(now: Date): Promise<number> {
    return (await this.reports.generateScheduled(previousMonth(monthIn(this.timeZone, now)), BUREAU, now)) ? 1 : 0;
  }
}
