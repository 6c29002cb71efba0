import { useMemo } from 'react';
import { listServiceItems } from '../api/providers';
import { sharedResource } from './sharedResource';

const items = sharedResource(listServiceItems);
export const reloadServiceItems = items.reload;

/** The service item catalog, with names by code. */
export function useServiceItems() {
  const { value, error, loading, reload } = items.useResource();
  return useMemo(() => {
    const list = value ?? [];
    const byCode = new Map(list.map((i) => [i.code, i]));
    return { list, byCode, name: (code: string) => byCode.get(code)?.name ?? code, error, loading, reload };
  }, [value, error, loading, reload]);
}
