import type { StepHeatQuery, stepHeatAnswer, Wire } from '@careflow/contracts';
import { api, queryString } from './client';

export type StepHeatReport = Wire<typeof stepHeatAnswer>;
export type StepHeatFigures = StepHeatReport['steps'][number];

export const getStepHeat = (serviceType: string, query: StepHeatQuery, signal?: AbortSignal) => api.get<StepHeatReport>(`/api/reports/step-heat/${encodeURIComponent(serviceType)}${queryString(query)}`, { signal });
export const stepHeatXlsxUrl = (serviceType: string, query: StepHeatQuery) => `/api/reports/step-heat/${encodeURIComponent(serviceType)}/xlsx${queryString(query)}`;
