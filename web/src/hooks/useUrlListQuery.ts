import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

const DEFAULT_PAGE_SIZE = 20;

const positive = (text: string | null, fallback: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export type ListQuery<K extends string> = { [key in K]?: string } & { page: number; pageSize: number };

/**
 * A list's filters and page live in the URL, so going back from a record returns to the same
 * search and page, and a search can be shared with a colleague.
 */
export function useUrlListQuery<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => {
    const filters = Object.fromEntries(keys.map((key) => [key, params.get(key) || undefined]));
    return { ...filters, page: positive(params.get('page'), 1), pageSize: positive(params.get('pageSize'), DEFAULT_PAGE_SIZE) } as ListQuery<K>;
    // keys is a constant list per caller, so params alone decide the query.
  }, [params]);

  /** Changing a filter goes back to page 1; changing the page keeps the filters. */
  const update = useCallback(
    (changes: Partial<ListQuery<K>>) => {
      const next: Record<string, unknown> = { ...query, ...('page' in changes ? {} : { page: 1 }), ...changes };
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === '' || (key === 'page' && value === 1) || (key === 'pageSize' && value === DEFAULT_PAGE_SIZE)) continue;
        search.set(key, String(value));
      }
      // Keep parameters that are not the list's own (e.g. the open tab).
      for (const [key, value] of params) if (!(key in next)) search.set(key, value);
      setParams(search, { replace: true });
    },
    [query, params, setParams],
  );

  return { query, update };
}
