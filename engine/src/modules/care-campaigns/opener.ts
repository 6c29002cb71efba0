import type { CareCaseVariables } from '@careflow/contracts';
import { DataSource, In, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import { DatedPass } from '../../kernel/passes';
import { Logger } from '../../logger';
import { renderMessage } from '../care-plans/message';
import { CARE_SERVICE_TYPE } from '../care-plans/opener';
import { SystemUser } from '../care-plans/system-user';
import { CareThrottle } from '../care-plans/throttle';
import { CareTiming, isQuiet, localTime, triesFrom } from '../care-plans/times';
import { CaseService } from '../cases/service';
import { Elder, ElderEntity } from '../elders/entities';
import { CareCampaign, CareCampaignEntity, CareCampaignTarget, CareCampaignTargetEntity } from './entities';
import { CareCampaigns } from './service';
import { finishIfDone } from './targets';

/** The variables a campaign's case starts with: a care call's, keyed by the campaign and its target instead of a plan. */
export type CampaignCaseVariables = Omit<CareCaseVariables, 'carePlanId' | 'careOccurrenceId'> & { careCampaignId: string; careCampaignTargetId: string };

/** Set when the target already has its case: the transaction rolls back, the case is never committed. */
class TargetTaken extends Error {}

const MINUTE_MS = 60_000;

/**
 * Opens the calls of the running campaigns: one 主动关怀 case per target, at most the campaign's
 * callsPerMinute in any rolling minute (counted from the targets' opening times) and within the
 * shared CareThrottle. The target's case id is written in the case's own transaction, guarded by
 * `case_id IS NULL`, so restarts and two engines open each target exactly once; a target not yet
 * opened is opened by a later pass. No call opens in the quiet hours: it would ring the next morning
 * together with the rest, which is what the throttle is there to prevent.
 */
export class CampaignOpener extends DatedPass {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CareCampaigns,
    private readonly cases: CaseService,
    private readonly throttle: CareThrottle,
    private readonly timing: CareTiming & { visitWithinHours: number },
    private readonly system: SystemUser,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** Returns how many cases it opened. */
  protected async pass(now: Date): Promise<number> {
    const { user, actor } = await this.system.get();
    await this.campaigns.stopRunning(await this.campaigns.canceledWithRunning(), user, actor);
    const repo = this.dataSource.getRepository(CareCampaignEntity);
    await repo.update({ status: 'draft', startAt: LessThanOrEqual(now) }, { status: 'running', updatedAt: now });
    const running = await repo.find({ where: { status: 'running', startAt: LessThanOrEqual(now) }, order: { startAt: 'ASC' } });
    if (!running.length || isQuiet(localTime(now, this.timing.timeZone).clock, this.timing.quiet)) return 0;
    let budget = await this.throttle.budget(now);
    let count = 0;
    for (const campaign of running) {
      const opened = budget > 0 ? await this.openSome(campaign, now, budget) : 0;
      budget -= opened;
      count += opened;
      await this.dataSource.transaction((m) => finishIfDone(m, campaign.id, now));
    }
    return count;
  }

  /** Opens up to the campaign's own room this minute, and at most `budget`. */
  private async openSome(campaign: CareCampaign, now: Date, budget: number): Promise<number> {
    const targets = this.dataSource.getRepository(CareCampaignTargetEntity);
    const lately = await targets.countBy({ campaignId: campaign.id, openedAt: MoreThan(new Date(now.getTime() - MINUTE_MS)) });
    const room = Math.min(budget, campaign.callsPerMinute - lately);
    if (room <= 0) return 0;
    const next = await targets.find({ where: { campaignId: campaign.id, caseId: IsNull(), outcome: 'waiting' }, order: { id: 'ASC' }, take: room });
    const elders = new Map((await this.dataSource.getRepository(ElderEntity).findBy({ id: In(next.map((t) => t.elderId)) })).map((e) => [e.id, e]));
    let count = 0;
    for (const target of next) {
      const elder = elders.get(target.elderId);
      // The elder died or moved away since the campaign was made: nobody to call.
      if (elder?.status !== 'active') await targets.update({ id: target.id, caseId: IsNull() }, { outcome: 'canceled', closedAt: now });
      else if (await this.open(campaign, target, elder, now)) count += 1;
    }
    return count;
  }

  private async open(campaign: CareCampaign, target: CareCampaignTarget, elder: Elder, now: Date): Promise<boolean> {
    const { user, actor } = await this.system.get();
    const day = localTime(now, this.timing.timeZone).date;
    const variables: CampaignCaseVariables = {
      careCampaignId: campaign.id,
      careCampaignTargetId: target.id,
      careKind: 'care_call',
      careChannel: campaign.channel,
      careMessage: renderMessage({ kind: 'care_call', message: campaign.message, subject: campaign.name }, elder, day),
      careTries: triesFrom(now, this.timing).map((t) => t.toISOString()),
      careGroup: 'hotline',
      visitWithin: `PT${this.timing.visitWithinHours}H`,
      scheduledOn: day,
    };
    try {
      await this.cases.open({ serviceType: CARE_SERVICE_TYPE, channel: 'plan', elderId: elder.id, variables: { ...variables } }, user, actor, {
        system: true,
        withCase: async (m, created) => {
          const { affected } = await m.getRepository(CareCampaignTargetEntity).update({ id: target.id, caseId: IsNull() }, { caseId: created.id, openedAt: now, outcome: 'pending' });
          if (!affected) throw new TargetTaken();
        },
      });
      return true;
    } catch (error) {
      // Another engine opened this target first: its case stands, ours was never committed.
      if (error instanceof TargetTaken) return false;
      this.logger.warn({ err: error, campaignId: campaign.id, targetId: target.id }, 'campaign call not opened; tried again on the next pass');
      return false;
    }
  }
}
