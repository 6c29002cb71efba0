import type { CareCampaignOutcome, CareCampaignStatus, CareRuleFilter } from '@careflow/contracts';
import { EntitySchema } from 'typeorm';
import { column, named } from '../../db/columns';

/** 关怀活动: a one-off care call to the elders a filter matched when it was made. */
export interface CareCampaign {
  id: string;
  name: string;
  filter: CareRuleFilter;
  /** The path of filter.areaCode, or of the creator's scope when there is none: the campaign's own scope. */
  areaPath: string | null;
  channel: 'robot' | 'agent';
  message: string;
  callsPerMinute: number;
  startAt: Date;
  status: CareCampaignStatus;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/**
 * One elder of a campaign: unique per campaign and elder. Its case id and opening time are written
 * in the case's own transaction, guarded by `caseId IS NULL`, so the target opens exactly one case.
 */
export interface CareCampaignTarget {
  id: string;
  campaignId: string;
  elderId: string;
  caseId: string | null;
  /** When its case opened, on the opener's clock: what the campaign's own throttle counts. */
  openedAt: Date | null;
  outcome: CareCampaignOutcome;
  tries: number;
  closedAt: Date | null;
}

export const CareCampaignEntity = new EntitySchema<CareCampaign>({
  name: 'CareCampaign',
  tableName: 'care_campaigns',
  columns: {
    id: column.id(),
    name: column.text(100),
    filter: column.json(),
    areaPath: named('area_path', column.text(200, true)),
    channel: column.text(8),
    message: column.text(300),
    callsPerMinute: { name: 'calls_per_minute', type: 'int' },
    startAt: named('start_at', column.time()),
    status: column.text(16),
    createdBy: named('created_by', column.text(36)),
    createdAt: named('created_at', column.time()),
    updatedAt: named('updated_at', column.time()),
    finishedAt: named('finished_at', column.time(true)),
  },
});

export const CareCampaignTargetEntity = new EntitySchema<CareCampaignTarget>({
  name: 'CareCampaignTarget',
  tableName: 'care_campaign_targets',
  columns: {
    id: column.id(),
    campaignId: named('campaign_id', column.text(36)),
    elderId: named('elder_id', column.text(36)),
    caseId: named('case_id', column.text(36, true)),
    openedAt: named('opened_at', column.time(true)),
    outcome: { ...column.text(16), default: 'waiting' },
    tries: { type: 'int', default: 0 },
    closedAt: named('closed_at', column.time(true)),
  },
});
