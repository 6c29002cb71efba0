// The agent desk's view of the engine: inbox lines, the start catalog and the elder lookup (cases: ./cases).
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
