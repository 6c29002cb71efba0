import { ACCESS, CARE_CAMPAIGN_ACTIONS, careCampaignAnswer, careCampaignBody, careCampaignDetailAnswer, careCampaignQuery, careCampaignsAnswer } from '@careflow/contracts';
import { z } from 'zod';
import { authorOf, checkedParam, currentUser, param, route, RouteSpec } from '../../http/route';
import { CareCampaigns } from './service';

export function careCampaignRoutes(campaigns: CareCampaigns): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/care/campaigns',
      summary: 'The care campaigns (关怀活动) within the user’s area scope, newest first, each with its progress',
      access: ACCESS.care.read,
      response: careCampaignsAnswer,
      handler: async (ctx) => ({ campaigns: await campaigns.list(currentUser(ctx)) }),
    }),
    route({
      method: 'post',
      path: '/care/campaigns',
      summary: 'Make a care campaign: a one-off care call to every active elder its filter matches now, throttled to callsPerMinute from startAt',
      access: ACCESS.care.rules,
      body: careCampaignBody,
      response: careCampaignAnswer,
      created: true,
      audit: 'service',
      handler: async (ctx, body) => ({ campaign: await campaigns.create(body, currentUser(ctx), authorOf(ctx)) }),
    }),
    route({
      method: 'get',
      path: '/care/campaigns/:id',
      summary: 'One care campaign with its progress and a page of its targets, each with its case and outcome',
      access: ACCESS.care.read,
      query: careCampaignQuery,
      response: careCampaignDetailAnswer,
      handler: async (ctx, _b, query) => campaigns.detail(param(ctx, 'id'), currentUser(ctx), query.page, query.pageSize),
    }),
    route({
      method: 'post',
      path: '/care/campaigns/:id/:action',
      summary: 'Pause (no new calls), resume or cancel a care campaign; canceling also cancels its calls under way',
      access: ACCESS.care.rules,
      response: careCampaignAnswer,
      audit: 'service',
      handler: async (ctx) => ({ campaign: await campaigns.act(param(ctx, 'id'), checkedParam(ctx, 'action', z.enum(CARE_CAMPAIGN_ACTIONS)), currentUser(ctx), authorOf(ctx)) }),
    }),
  ];
}
