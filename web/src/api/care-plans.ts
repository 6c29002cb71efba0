import type { CARE_PLAN_ACTIONS, carePlanAnswer, CarePlanBody, carePlansAnswer, careOverviewAnswer, CareOverviewQuery, careRuleAnswer, CareRuleBody, careRulesAnswer, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

/** 关怀计划 and 关怀规则 as the engine serves them. */
export type CarePlan = Wire<typeof carePlanAnswer>['plan'];
export type CarePlanInput = CarePlanBody;
export type CarePlanAction = (typeof CARE_PLAN_ACTIONS)[number];
export type CareRule = Wire<typeof careRuleAnswer>['rule'];
export type CareRuleInput = CareRuleBody;

export async function listCarePlans(elderId: string, signal?: AbortSignal): Promise<CarePlan[]> {
  return (await api.get<Wire<typeof carePlansAnswer>>(`/api/care-plans${queryString({ elderId })}`, { signal })).plans;
}

export async function createCarePlan(input: CarePlanInput): Promise<CarePlan> {
  return (await api.post<Wire<typeof carePlanAnswer>>('/api/care-plans', input)).plan;
}

export async function actOnCarePlan(id: string, action: CarePlanAction): Promise<CarePlan> {
  return (await api.post<Wire<typeof carePlanAnswer>>(`/api/care-plans/${encodeURIComponent(id)}/${action}`, {})).plan;
}

export async function listCareRules(): Promise<CareRule[]> {
  return (await api.get<Wire<typeof careRulesAnswer>>('/api/care-rules')).rules;
}

export async function createCareRule(input: CareRuleInput): Promise<CareRule> {
  return (await api.post<Wire<typeof careRuleAnswer>>('/api/care-rules', input)).rule;
}

export async function deactivateCareRule(id: string): Promise<CareRule> {
  return (await api.post<Wire<typeof careRuleAnswer>>(`/api/care-rules/${encodeURIComponent(id)}/deactivate`, {})).rule;
}

export type CareOverviewData = Wire<typeof careOverviewAnswer>;

export async function careOverview(query: CareOverviewQuery, signal?: AbortSignal): Promise<CareOverviewData> {
  return await api.get<CareOverviewData>(`/api/care/overview${queryString(query)}`, { signal });
}

/** The day's occurrences and the elders not reached, as an Excel workbook (a plain link). */
export const careExportUrl = (query: CareOverviewQuery) => `/api/care/overview.xlsx${queryString(query)}`;
