// The agent desk's view of the engine: inbox lines, the start catalog and the elder lookup (cases: ./cases).
import type { elderLookupAnswer, elderLookupMatch, inboxPage, inboxTask, Wire } from '@careflow/contracts';
import { api, queryString } from './client';
import { getServiceType, listServiceTypes, type ServiceType, type ServiceTypeSettings } from './service-types';

/** GET /api/tasks line (no variables): emergencies have priorityRank 0. */
export type InboxTask = Wire<typeof inboxTask>;

export async function listInbox(signal?: AbortSignal): Promise<Wire<typeof inboxPage>> {
  return api.get(`/api/tasks${queryString({ view: 'visible', sort: 'priority', pageSize: 100 })}`, { signal });
}

/** The open tasks of one case that I may see: what follows a step just submitted. */
export async function openTasksOfCase(caseId: string, signal?: AbortSignal): Promise<InboxTask[]> {
  const page: Wire<typeof inboxPage> = await api.get(`/api/tasks${queryString({ view: 'visible', caseId, sort: 'priority', pageSize: 20 })}`, { signal });
  return page.tasks.filter((task) => task.status === 'created');
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
export type LookupMatch = Wire<typeof elderLookupMatch>;

export async function lookupElders(by: 'phone' | 'name' | 'deviceId' | 'idCard', value: string): Promise<LookupMatch[]> {
  return (await api.get<Wire<typeof elderLookupAnswer>>(`/api/elders/lookup${queryString({ [by]: value })}`)).matches;
}
