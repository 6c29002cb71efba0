import crypto from 'node:crypto';
import type { CareRuleFilter } from '@careflow/contracts';
import { EntityManager } from 'typeorm';
import { insertRows } from '../../db/columns';
import { LIKE_ESCAPE, startingWith } from '../../db/like';
import { bornBy } from '../care-plans/rule-apply';
import { CareCampaignEntity, CareCampaignTarget, CareCampaignTargetEntity } from './entities';

/** Elders read and targets written per statement: a few thousand bound values, within either database's limits. */
const BATCH = 500;

/**
 * Fixes a campaign's targets: every active elder its filter matches on `today` (the area and below,
 * the living situations, the age), in id order, batch by batch in the campaign's transaction.
 * Later changes to the files do not change the list: the campaign calls whom it was made for.
 */
export async function snapshotTargets(m: EntityManager, campaignId: string, filter: CareRuleFilter, areaPath: string | null, today: string): Promise<number> {
  let count = 0;
  for (let after = ''; ; ) {
    const qb = m.createQueryBuilder().select('e.id', 'id').from('elders', 'e').where("e.status = 'active'").andWhere('e.id > :after', { after });
    if (areaPath !== null) qb.andWhere(`e.area_path LIKE :area ${LIKE_ESCAPE}`, { area: startingWith(areaPath) });
    if (filter.livingSituations.length) qb.andWhere('e.living_situation IN (:...situations)', { situations: filter.livingSituations });
    if (filter.minAge !== null) qb.andWhere('e.birth_date <= :bornBy', { bornBy: bornBy(today, filter.minAge) });
    const ids = (await qb.orderBy('e.id', 'ASC').limit(BATCH).getRawMany<{ id: string }>()).map((r) => r.id);
    const rows = ids.map((elderId): CareCampaignTarget => ({ id: crypto.randomUUID(), campaignId, elderId, caseId: null, openedAt: null, outcome: 'waiting', tries: 0, closedAt: null }));
    await insertRows(m, CareCampaignTargetEntity, rows);
    count += rows.length;
    if (ids.length < BATCH) return count;
    after = ids[ids.length - 1];
  }
}

/**
 * Marks a running campaign done once no target waits to be called and none is still running: in
 * the transaction that ended its last case (or on a pass). The status guard makes it happen once.
 */
export async function finishIfDone(m: EntityManager, campaignId: string, at: Date): Promise<void> {
  await m
    .createQueryBuilder()
    .update(CareCampaignEntity)
    .set({ status: 'done', finishedAt: at, updatedAt: at })
    .where('id = :campaignId', { campaignId })
    .andWhere("status = 'running'")
    .andWhere("NOT EXISTS (SELECT 1 FROM care_campaign_targets t WHERE t.campaign_id = :campaignId AND t.outcome IN ('waiting', 'pending'))", { campaignId })
    .execute();
}
