import { z } from 'zod';
import { timestamp } from '../wire';
import { CARE_OUTCOMES, careMessage, careRuleFilter } from './care-plans';

/**
 * 关怀活动 (campaign): a one-off care call to every active elder a filter matches, e.g. a heat-wave
 * check on the elders living alone in a district. Its targets are fixed when it is made; it opens
 * one 主动关怀 case per target, at most `callsPerMinute` a minute (and within the engine's shared
 * CARE_CALLS_PER_MINUTE), from `startAt` on.
 */
export const CARE_CAMPAIGN_CHANNELS = ['robot', 'agent'] as const;
/** draft: made, waiting for its start; running: opening calls; paused: opens none until resumed; done: every target called and ended; canceled. */
export const CARE_CAMPAIGN_STATUSES = ['draft', 'running', 'paused', 'done', 'canceled'] as const;
export type CareCampaignStatus = (typeof CARE_CAMPAIGN_STATUSES)[number];
export const CARE_CAMPAIGN_ACTIONS = ['pause', 'resume', 'cancel'] as const;

export const careCampaignBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  filter: careRuleFilter,
  channel: z.enum(CARE_CAMPAIGN_CHANNELS).default('robot'),
  /** Read out by the robot or shown to the agent; {事项} reads the campaign's name; empty: the care call's default. */
  message: careMessage,
  callsPerMinute: z.number().int().min(1).max(600).default(30),
  /** When the first calls go out; absent: now. */
  startAt: timestamp.optional(),
});
export type CareCampaignBody = z.input<typeof careCampaignBody>;

/** A target's outcome: `waiting` until its case is opened, then as the occurrence of a plan. */
export const CARE_CAMPAIGN_OUTCOMES = ['waiting', ...CARE_OUTCOMES] as const;
export type CareCampaignOutcome = (typeof CARE_CAMPAIGN_OUTCOMES)[number];

/**
 * Progress: targets = all; opened = cases opened; pending = opened and still running; fine = pressed 1 or
 * reached; needsHelp = pressed 2 or said so; escalated = unreached, so relatives and a 上门探视 followed;
 * canceled = canceled before or during the call.
 */
export const careCampaignCounts = z.object({
  targets: z.number().int(),
  opened: z.number().int(),
  pending: z.number().int(),
  fine: z.number().int(),
  needsHelp: z.number().int(),
  escalated: z.number().int(),
  canceled: z.number().int(),
});
export type CareCampaignCounts = z.infer<typeof careCampaignCounts>;

export const careCampaignView = z.object({
  id: z.string(),
  name: z.string(),
  filter: careRuleFilter,
  channel: z.enum(CARE_CAMPAIGN_CHANNELS),
  message: z.string(),
  callsPerMinute: z.number().int(),
  startAt: timestamp,
  status: z.enum(CARE_CAMPAIGN_STATUSES),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
  counts: careCampaignCounts,
});
export type CareCampaignView = z.infer<typeof careCampaignView>;

export const careCampaignTargetView = z.object({
  id: z.string(),
  elderId: z.string(),
  elderName: z.string(),
  areaCode: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  openedAt: timestamp.nullable(),
  outcome: z.enum(CARE_CAMPAIGN_OUTCOMES),
  closedAt: timestamp.nullable(),
});
export type CareCampaignTargetView = z.infer<typeof careCampaignTargetView>;

export const careCampaignAnswer = z.object({ campaign: careCampaignView });
export const careCampaignsAnswer = z.object({ campaigns: z.array(careCampaignView) });
export const careCampaignQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const careCampaignDetailAnswer = z.object({ campaign: careCampaignView, targets: z.array(careCampaignTargetView), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type CareCampaignDetail = z.infer<typeof careCampaignDetailAnswer>;
