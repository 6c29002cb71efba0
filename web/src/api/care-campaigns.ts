import type { CARE_CAMPAIGN_ACTIONS, careCampaignAnswer, CareCampaignBody, careCampaignDetailAnswer, careCampaignsAnswer, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

/** 关怀活动 as the engine serves them. */
export type CareCampaign = Wire<typeof careCampaignAnswer>['campaign'];
export type CareCampaignDetail = Wire<typeof careCampaignDetailAnswer>;
export type CareCampaignTarget = CareCampaignDetail['targets'][number];
export type CareCampaignAction = (typeof CARE_CAMPAIGN_ACTIONS)[number];

export async function listCareCampaigns(signal?: AbortSignal): Promise<CareCampaign[]> {
  return (await api.get<Wire<typeof careCampaignsAnswer>>('/api/care/campaigns', { signal })).campaigns;
}

export async function careCampaign(id: string, page: number, pageSize: number, signal?: AbortSignal): Promise<CareCampaignDetail> {
  return await api.get<CareCampaignDetail>(`/api/care/campaigns/${encodeURIComponent(id)}${queryString({ page, pageSize })}`, { signal });
}

export async function createCareCampaign(input: CareCampaignBody): Promise<CareCampaign> {
  return (await api.post<Wire<typeof careCampaignAnswer>>('/api/care/campaigns', input)).campaign;
}

export async function actOnCareCampaign(id: string, action: CareCampaignAction): Promise<CareCampaign> {
  return (await api.post<Wire<typeof careCampaignAnswer>>(`/api/care/campaigns/${encodeURIComponent(id)}/${action}`, {})).campaign;
}
