import type { alertRule, AlertRuleInput, alertRulesAnswer, Wire } from '@careflow/contracts';
import { api } from './client';

export type AlertRuleView = Wire<typeof alertRule>;
export type AlertRulesView = Wire<typeof alertRulesAnswer>;
export type AlertCrossingView = AlertRulesView['crossings'][number];

export const listAlertRules = (signal?: AbortSignal) => api.get<AlertRulesView>('/api/alerts/rules', { signal });
export const createAlertRule = (input: AlertRuleInput) => api.post<AlertRuleView>('/api/alerts/rules', input);
export const updateAlertRule = (id: string, input: AlertRuleInput) => api.put<AlertRuleView>(`/api/alerts/rules/${encodeURIComponent(id)}`, input);
