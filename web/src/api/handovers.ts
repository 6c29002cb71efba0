import type { createHandoverSourceBody, handoverListAnswer, handoverSourceAnswer, handoverSourcesAnswer, updateHandoverSourceBody, Wire } from '@careflow/contracts';
import { api } from './client';

export type HandoverSource = Wire<typeof handoverSourcesAnswer>['sources'][number];
export type HandoverRow = Wire<typeof handoverListAnswer>['handovers'][number];
export type NewHandoverSource = Wire<typeof createHandoverSourceBody>;
export type HandoverSourceChanges = Wire<typeof updateHandoverSourceBody>;

export async function listHandoverSources(): Promise<HandoverSource[]> {
  return (await api.get<Wire<typeof handoverSourcesAnswer>>('/api/handover-sources')).sources;
}

export async function createHandoverSource(source: NewHandoverSource): Promise<HandoverSource> {
  return (await api.post<Wire<typeof handoverSourceAnswer>>('/api/handover-sources', source)).source;
}

/** The secret only when it changes. */
export async function updateHandoverSource(code: string, changes: HandoverSourceChanges): Promise<HandoverSource> {
  return (await api.put<Wire<typeof handoverSourceAnswer>>(`/api/handover-sources/${encodeURIComponent(code)}`, changes)).source;
}

export async function listHandovers(pageSize = 50): Promise<Wire<typeof handoverListAnswer>> {
  return api.get<Wire<typeof handoverListAnswer>>(`/api/handovers?pageSize=${pageSize}`);
}
