import type { groupListAnswer, rejectedModelDetails, serviceTypeVersionSummaryAnswer, Wire } from '@careflow/contracts';
import { ApiError, api } from './client';

/** A problem the engine's publish check found: zh-CN in message, English in messageEn. */
export type PublishProblem = Wire<typeof rejectedModelDetails>['problems'][number];

/** POST publish: the version goes live, or the engine's problems (422) come back to mark and list. */
export async function publishVersion(key: string, version: number): Promise<{ ok: true } | { ok: false; problems: PublishProblem[]; message: string }> {
  try {
    await api.post<Wire<typeof serviceTypeVersionSummaryAnswer>>(`/api/service-types/${encodeURIComponent(key)}/publish`, { version });
    return { ok: true };
  } catch (err) {
    if (err instanceof ApiError && err.status === 422) {
      const problems = (err.details as Partial<Wire<typeof rejectedModelDetails>> | undefined)?.problems ?? [];
      return { ok: false, problems, message: err.message };
    }
    throw err;
  }
}

export async function listGroups(): Promise<{ key: string; name: string }[]> {
  return (await api.get<Wire<typeof groupListAnswer>>('/api/groups')).groups;
}
