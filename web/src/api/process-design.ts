import { ApiError, api } from './client';
import type { VersionSummary } from './service-types';

/** A problem the engine's publish check found: zh-CN in message, English in messageEn. */
export interface PublishProblem {
  elementId?: string;
  message: string;
  messageEn?: string;
  severity?: 'error' | 'warn' | 'info';
}

/** POST publish: the version goes live, or the engine's problems (422) come back to mark and list. */
export async function publishVersion(key: string, version: number): Promise<{ ok: true } | { ok: false; problems: PublishProblem[]; message: string }> {
  try {
    await api.post<{ version: VersionSummary }>(`/api/service-types/${encodeURIComponent(key)}/publish`, { version });
    return { ok: true };
  } catch (err) {
    if (err instanceof ApiError && err.status === 422) {
      const problems = (err.details as { problems?: PublishProblem[] } | undefined)?.problems ?? [];
      return { ok: false, problems, message: err.message };
    }
    throw err;
  }
}

export async function listGroups(): Promise<{ key: string; name: string }[]> {
  return (await api.get<{ groups: { key: string; name: string }[] }>('/api/groups')).groups;
}
