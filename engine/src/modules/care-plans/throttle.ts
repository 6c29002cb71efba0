import { DataSource } from 'typeorm';
import { CaseEntity } from '../cases/entities';

/** The service type and channel of the cases care plans and 关怀活动 open: what the throttle counts. */
const COUNTED = { serviceType: 'proactive-care', channel: 'plan' } as const;
const MINUTE_MS = 60_000;

/**
 * The one limit on proactive-care calls: at most `perMinute` 主动关怀 cases opened by plans and
 * campaigns in any rolling minute. It counts the cases the database holds (not a counter in memory),
 * so a restart does not reset it and every engine on the database sees the same count. Two passes
 * on two engines at the very same moment may each take the budget once; the next minute evens it.
 */
export class CareThrottle {
  constructor(
    private readonly dataSource: DataSource,
    private readonly perMinute: number,
  ) {}

  /** How many more cases may open at `now`: the limit less those opened in the minute up to it. */
  async budget(now: Date): Promise<number> {
    const opened = await this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .where('c.service_type_key = :type AND c.channel = :channel', { type: COUNTED.serviceType, channel: COUNTED.channel })
      // Bounded on both sides: a pass on a test clock counts only the cases of its own minute.
      .andWhere('c.opened_at > :from AND c.opened_at <= :to', { from: new Date(now.getTime() - MINUTE_MS), to: now })
      .getCount();
    return Math.max(0, this.perMinute - opened);
  }
}
