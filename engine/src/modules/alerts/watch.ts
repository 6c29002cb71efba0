import crypto from 'node:crypto';
import { DataSource, IsNull, Not } from 'typeorm';
import { DatedPass } from '../../kernel/passes';
import type { Logger } from '../../logger';
import { AlertCrossingEntity, AlertRuleEntity, type AlertCrossingRow, type AlertRuleRow } from './entities';
import { readFigure } from './measures';
import type { CrossingTeller } from './tell';

/**
 * Checks every active rule: a figure past its threshold starts a crossing, told once; back within
 * it, the crossing ends, and the next one is told again. The rule's crossed_since is set and
 * cleared only from the other state, so of two engines checking at once one tells.
 */
export class AlertWatch extends DatedPass {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teller: CrossingTeller,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** Resolves to the crossings started. */
  protected async pass(now: Date): Promise<number> {
    const rules = await this.dataSource.getRepository(AlertRuleEntity).findBy({ active: true });
    let started = 0;
    for (const rule of rules) {
      try {
        if (await this.check(rule, now)) started++;
      } catch (err) {
        this.logger.error({ err, ruleId: rule.id }, 'alert rule not checked');
      }
    }
    return started;
  }

  private async check(rule: AlertRuleRow, now: Date): Promise<boolean> {
    const reading = await readFigure(this.dataSource, rule, now);
    const rules = this.dataSource.getRepository(AlertRuleEntity);
    await rules.update({ id: rule.id }, { lastValue: reading.value, lastCheckedAt: now });
    if (!reading.crossed) {
      const back = await rules.update({ id: rule.id, crossedSince: Not(IsNull()) }, { crossedSince: null });
      if (back.affected) await this.dataSource.getRepository(AlertCrossingEntity).update({ ruleId: rule.id, endedAt: IsNull() }, { endedAt: now });
      return false;
    }
    const first = await rules.update({ id: rule.id, crossedSince: IsNull(), active: true }, { crossedSince: now });
    if (!first.affected) return false; // crossed before, or another engine got there first
    const crossing: AlertCrossingRow = { id: crypto.randomUUID(), ruleId: rule.id, startedAt: now, endedAt: null, value: reading.value ?? 0, threshold: rule.threshold, notified: 0, texted: 0 };
    await this.dataSource.getRepository(AlertCrossingEntity).insert(crossing);
    const told = await this.teller.tell(rule, crossing, reading);
    await this.dataSource.getRepository(AlertCrossingEntity).update({ id: crossing.id }, told);
    return true;
  }
}
