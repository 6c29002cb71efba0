import crypto from 'node:crypto';
import { CARE_CAMPAIGN_ACTIONS, CareCampaignDetail, careCampaignBody, CareCampaignStatus, CareCampaignView } from '@careflow/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { asRow } from '../../db/columns';
import { AppError, errors } from '../../http/errors';
import { Logger } from '../../logger';
import { AreaService } from '../areas/service';
import { inScope, unlimited } from '../areas/scope';
import { Actor, AuditLog } from '../audit/service';
import { UNFINISHED } from '../cases/operaton/deps';
import { CaseService } from '../cases/service';
import { DictionaryService } from '../dictionaries/service';
import { PublicUser } from '../identity/entities';
import { CareCampaign, CareCampaignEntity, CareCampaignTargetEntity } from './entities';
import { snapshotTargets } from './targets';
import { campaignViews, targetPage } from './views';

type Action = (typeof CARE_CAMPAIGN_ACTIONS)[number];
const NEXT_STATUS: Record<Action, { from: CareCampaignStatus[]; to: CareCampaignStatus }> = {
  pause: { from: ['draft', 'running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
  cancel: { from: ['draft', 'running', 'paused'], to: 'canceled' },
};

/** Why a campaign's running case was canceled, on its timeline (zh-CN, as the desk reads it). */
export const CAMPAIGN_CANCELED = '关怀活动已取消';

/**
 * 关怀活动 within a user's area scope: made with their targets fixed, listed with progress, paused
 * (no new calls; those under way go on), resumed and canceled (the calls under way are canceled too,
 * as pausing a plan cancels its case). A campaign's scope is its area, as a care rule's.
 */
export class CareCampaigns {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly areas: AreaService,
    private readonly dictionaries: DictionaryService,
    private readonly cases: CaseService,
    private readonly today: () => string,
    private readonly logger: Logger,
  ) {}

  async create(body: z.output<typeof careCampaignBody>, user: PublicUser, actor: Actor): Promise<CareCampaignView> {
    const areaPath = await this.checked(body, user);
    const now = new Date();
    const startAt = body.startAt ?? now;
    const { startAt: _s, ...fields } = body;
    const campaign: CareCampaign = { id: crypto.randomUUID(), ...fields, areaPath, startAt, status: startAt > now ? 'draft' : 'running', createdBy: user.id, createdAt: now, updatedAt: now, finishedAt: null };
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CareCampaignEntity).insert(asRow(campaign));
      const targets = await snapshotTargets(m, campaign.id, body.filter, areaPath, this.today());
      // A campaign that would call nobody is refused, and nothing is kept.
      if (!targets) throw new AppError(422, 'invalid_input', 'No active elder matches the filter', [{ path: 'filter', message: 'no active elder matches', code: 'no_targets' }]);
      await this.audit.record(actor, { action: 'care_campaign.create', entityType: 'care_campaign', entityId: campaign.id, after: { ...campaign, targets } }, m);
    });
    return (await campaignViews(this.dataSource, [campaign]))[0];
  }

  async list(user: PublicUser): Promise<CareCampaignView[]> {
    const scope = await this.areas.scopeOf(user);
    const all = await this.dataSource.getRepository(CareCampaignEntity).find({ order: { createdAt: 'DESC' } });
    return campaignViews(this.dataSource, all.filter((c) => (c.areaPath === null ? scope === null : inScope(scope, c.areaPath))));
  }

  async detail(id: string, user: PublicUser, page: number, pageSize: number): Promise<CareCampaignDetail> {
    const campaign = await this.visible(id, user);
    const [view] = await campaignViews(this.dataSource, [campaign]);
    return { campaign: view, ...(await targetPage(this.dataSource, id, page, pageSize)), page, pageSize };
  }

  async act(id: string, action: Action, user: PublicUser, actor: Actor): Promise<CareCampaignView> {
    const campaign = await this.visible(id, user);
    const step = NEXT_STATUS[action];
    if (!step.from.includes(campaign.status)) throw errors.conflict(`A ${campaign.status} campaign cannot ${action}`);
    const changed: CareCampaign = { ...campaign, status: step.to, updatedAt: new Date(), finishedAt: step.to === 'canceled' ? new Date() : null };
    await this.dataSource.transaction(async (m) => {
      // Guarded by the status read: two clicks at once change it once.
      const { affected } = await m.getRepository(CareCampaignEntity).update({ id, status: campaign.status }, { status: changed.status, updatedAt: changed.updatedAt, finishedAt: changed.finishedAt });
      if (!affected) throw errors.conflict('The campaign changed meanwhile');
      if (action === 'cancel') await m.getRepository(CareCampaignTargetEntity).update({ campaignId: id, outcome: 'waiting' }, { outcome: 'canceled', closedAt: changed.finishedAt });
      await this.audit.record(actor, { action: `care_campaign.${action}`, entityType: 'care_campaign', entityId: id, before: { status: campaign.status }, after: { status: changed.status } }, m);
    });
    if (action === 'cancel') await this.stopRunning([id], user, actor);
    return (await campaignViews(this.dataSource, [changed]))[0];
  }

  /** Cancels the still running cases of canceled campaigns; one the engine could not cancel now is canceled by a later pass. */
  async stopRunning(campaignIds: string[], user: PublicUser, actor: Actor): Promise<void> {
    if (!campaignIds.length) return;
    const running: { caseId: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('t.case_id', 'caseId')
      .from('care_campaign_targets', 't')
      .innerJoin('cases', 'c', 'c.id = t.case_id')
      .where('t.campaign_id IN (:...campaignIds)', { campaignIds })
      .andWhere("t.outcome = 'pending'")
      .andWhere('c.status IN (:...unfinished)', { unfinished: [...UNFINISHED] })
      .getRawMany();
    for (const { caseId } of running) {
      await this.cases.cancel(caseId, CAMPAIGN_CANCELED, user, actor).catch((error: unknown) => {
        if (!(error instanceof AppError && error.status === 409)) this.logger.warn({ err: error, caseId }, 'campaign case not canceled; the next pass tries again');
      });
    }
  }

  /** The canceled campaigns that still have a case running (their cancel could not reach the process engine). */
  async canceledWithRunning(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('DISTINCT t.campaign_id', 'id')
      .from('care_campaign_targets', 't')
      .innerJoin('care_campaigns', 'k', 'k.id = t.campaign_id')
      .innerJoin('cases', 'c', 'c.id = t.case_id')
      .where("k.status = 'canceled' AND t.outcome = 'pending'")
      .andWhere('c.status IN (:...unfinished)', { unfinished: [...UNFINISHED] })
      .getRawMany();
    return rows.map((r) => r.id);
  }

  /** The campaign if the user's scope holds its area; else not found, so ids outside the scope tell nothing. */
  private async visible(id: string, user: PublicUser): Promise<CareCampaign> {
    const campaign = await this.dataSource.getRepository(CareCampaignEntity).findOneBy({ id });
    const scope = campaign && (await this.areas.scopeOf(user));
    if (!campaign || (campaign.areaPath === null ? scope !== null : !inScope(scope ?? null, campaign.areaPath))) throw errors.notFound(`Care campaign ${id}`);
    return campaign;
  }

  /** Checks the filter; returns its area's path. An area outside the user's scope, or everywhere for a user limited to areas, is forbidden. */
  private async checked(body: z.output<typeof careCampaignBody>, user: PublicUser): Promise<string | null> {
    const problems = (await Promise.all(body.filter.livingSituations.map((code, i) => this.dictionaries.problem('living_situation', code, `filter.livingSituations.${i}`)))).filter((p) => p !== undefined);
    if (problems.length) throw errors.invalidInput(problems);
    if (body.filter.areaCode === null) {
      if (!unlimited(user)) throw errors.forbidden('A campaign for every area is for users not limited to areas: choose an area of yours');
      return null;
    }
    const area = await this.areas.require(body.filter.areaCode, 'filter.areaCode');
    if (!inScope(await this.areas.scopeOf(user), area.path)) throw errors.forbidden(`Area ${area.code} is outside your area scope`);
    return area.path;
  }
}
