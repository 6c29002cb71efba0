// The agent desk's and the cases pages' view of the engine: inbox lines, cases, the start catalog.
import { api, queryString } from './client';
import { getServiceType, listServiceTypes, type ServiceType, type ServiceTypeSettings } from './service-types';

/** GET /api/tasks line (no variables): emergencies have priorityRank 0. */
export interface InboxTask {
  id: string;
  name: string | null;
  caseId: string | null;
  caseNumber: string | null;
  elementId: string;
  assignee: string | null;
  dueAt: string | null;
  status: string;
  createdAt: string;
  priorityRank: number;
  serviceTypeKey: string | null;
}

export async function listInbox(signal?: AbortSignal): Promise<{ tasks: InboxTask[]; total: number; totalCapped: boolean }> {
  return api.get(`/api/tasks${queryString({ view: 'visible', sort: 'priority', pageSize: 100 })}`, { signal });
}

/** A case row as GET /api/cases returns it. */
export interface CaseRow {
  id: string;
  caseNumber: string;
  serviceTypeKey: string;
  serviceTypeVersion: number;
  channel: string;
  elderId: string | null;
  areaPath: string | null;
  priority: string;
  status: 'opening' | 'open' | 'closed' | 'canceled';
  openedBy: string;
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
  satisfaction: string | null;
  cancelReason: string | null;
}

export interface CaseQuery {
  status?: string;
  serviceType?: string;
  channel?: string;
  caseNumber?: string;
  elderId?: string;
  openedFrom?: string;
  openedTo?: string;
  page: number;
  pageSize: number;
}

export function listCases(query: CaseQuery, signal?: AbortSignal): Promise<{ cases: CaseRow[]; total: number }> {
  return api.get(`/api/cases${queryString({ ...query })}`, { signal });
}

export interface TimelineEntry {
  id: string;
  at: string;
  type: string;
  actorName: string | null;
  data: Record<string, unknown> | null;
}

export interface CaseTask {
  id: string;
  name: string | null;
  elementId: string;
  status: string;
  assignee: string | null;
  dueAt: string | null;
  createdAt: string;
  completedAt: string | null;
}

export interface CaseFile {
  case: CaseRow;
  timeline: TimelineEntry[];
  tasks: CaseTask[];
}

export function getCaseFile(id: string, signal?: AbortSignal): Promise<CaseFile> {
  return api.get<CaseFile>(`/api/cases/${encodeURIComponent(id)}`, { signal });
}

export type CaseAction = 'urge' | 'supervise' | 'cancel';

/** 催办 and 督办 take a text; 取消 a reason. */
export async function actOnCase(id: string, action: CaseAction, text: string): Promise<void> {
  await api.post<unknown>(`/api/cases/${encodeURIComponent(id)}/${action}`, action === 'cancel' ? { reason: text } : { text });
}

export async function openRequest(input: { serviceType: string; channel: string; elderId?: string; variables: Record<string, unknown> }): Promise<CaseRow> {
  return (await api.post<{ case: CaseRow }>('/api/cases', input)).case;
}

/** A published service type with the settings of its published version. */
export type StartableType = ServiceType & { settings: ServiceTypeSettings };

/**
 * The 新建工单 catalog: every published type whose published version lets one of the user's roles
 * start it. Read from the catalog each time, so what admins publish appears without a deploy.
 */
export async function startableTypes(roles: readonly string[]): Promise<StartableType[]> {
  const published = (await listServiceTypes()).filter((type) => type.publishedVersion !== null);
  const detailed = await Promise.all(
    published.map(async (type) => {
      const { versions } = await getServiceType(type.key);
      const version = versions.find((v) => v.version === type.publishedVersion);
      return version ? { ...type, settings: version.settings } : null;
    }),
  );
  return detailed.filter((type): type is StartableType => !!type && type.settings.startRoles.some((r) => roles.includes(r)));
}

/** GET /api/elders/lookup: by exactly one of phone, name, device id or ID card. */
export interface LookupMatch {
  elder: { id: string; name: string; gender: string | null; age: number | null; address: string; phone: string | null; livingSituation?: string | null };
  matchedBy: string;
  via?: string;
}

export async function lookupElders(by: 'phone' | 'name' | 'deviceId' | 'idCard', value: string): Promise<LookupMatch[]> {
  return (await api.get<{ matches: LookupMatch[] }>(`/api/elders/lookup${queryString({ [by]: value })}`)).matches;
}
