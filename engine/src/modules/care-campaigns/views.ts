import type { CareCampaignCounts, CareCampaignTargetView, CareCampaignView } from '@careflow/contracts';
import { DataSource, In } from 'typeorm';
import { CaseEntity } from '../cases/entities';
import { ElderEntity } from '../elders/entities';
import { CareCampaign, CareCampaignTargetEntity } from './entities';

/** Which outcomes each progress count gathers (waiting targets are counted by `opened` alone). */
const COUNTED: Record<Exclude<keyof CareCampaignCounts, 'targets' | 'opened'>, string[]> = {
  pending: ['pending'],
  fine: ['fine'],
  needsHelp: ['needs_help'],
  escalated: ['unreached', 'visited_fine', 'visit_needs_help', 'not_found'],
  canceled: ['canceled'],
};

/** The campaigns as shown, each with its progress counted in one grouped query for all. */
export async function campaignViews(dataSource: DataSource, campaigns: CareCampaign[]): Promise<CareCampaignView[]> {
  if (!campaigns.length) return [];
  const rows: { campaignId: string; outcome: string; opened: string | number; n: string | number }[] = await dataSource
    .createQueryBuilder()
    .select('t.campaign_id', 'campaignId')
    .addSelect('t.outcome', 'outcome')
    .addSelect('COUNT(t.case_id)', 'opened')
    .addSelect('COUNT(*)', 'n')
    .from('care_campaign_targets', 't')
    .where('t.campaign_id IN (:...ids)', { ids: campaigns.map((c) => c.id) })
    .groupBy('t.campaign_id')
    .addGroupBy('t.outcome')
    .getRawMany();
  return campaigns.map(({ areaPath: _path, createdBy: _by, updatedAt: _at, ...campaign }) => {
    const own = rows.filter((r) => r.campaignId === campaign.id);
    const sum = (pick: (r: (typeof own)[number]) => string | number) => own.reduce((a, r) => a + Number(pick(r)), 0);
    const of = (outcomes: string[]) => sum((r) => (outcomes.includes(r.outcome) ? r.n : 0));
    const counts: CareCampaignCounts = {
      targets: sum((r) => r.n),
      opened: sum((r) => r.opened),
      pending: of(COUNTED.pending),
      fine: of(COUNTED.fine),
      needsHelp: of(COUNTED.needsHelp),
      escalated: of(COUNTED.escalated),
      canceled: of(COUNTED.canceled),
    };
    return { ...campaign, counts };
  });
}

/** A page of a campaign's targets in call order (opened first, by when), with the elder and the case number. */
export async function targetPage(dataSource: DataSource, campaignId: string, page: number, pageSize: number): Promise<{ targets: CareCampaignTargetView[]; total: number }> {
  const repo = dataSource.getRepository(CareCampaignTargetEntity);
  const [rows, total] = await repo
    .createQueryBuilder('t')
    .where('t.campaign_id = :campaignId', { campaignId })
    .orderBy('CASE WHEN t.opened_at IS NULL THEN 1 ELSE 0 END', 'ASC')
    .addOrderBy('t.opened_at', 'ASC')
    .addOrderBy('t.id', 'ASC')
    .skip((page - 1) * pageSize)
    .take(pageSize)
    .getManyAndCount();
  const elders = new Map((await dataSource.getRepository(ElderEntity).find({ select: { id: true, name: true, areaCode: true }, where: { id: In(rows.map((r) => r.elderId)) } })).map((e) => [e.id, e]));
  const caseIds = rows.flatMap((r) => (r.caseId ? [r.caseId] : []));
  const numbers = new Map((caseIds.length ? await dataSource.getRepository(CaseEntity).find({ select: { id: true, caseNumber: true }, where: { id: In(caseIds) } }) : []).map((c) => [c.id, c.caseNumber]));
  const targets = rows.map(({ campaignId: _c, tries: _t, ...t }) => ({ ...t, elderName: elders.get(t.elderId)?.name ?? '', areaCode: elders.get(t.elderId)?.areaCode ?? '', caseNumber: (t.caseId && numbers.get(t.caseId)) || null }));
  return { targets, total };
}
