import { useMemo } from 'react';
import { ELDER_STATUSES, type ElderQuery, type ElderStatus } from '../../api/registry-types';
import { useUrlListQuery } from '../../hooks/useUrlListQuery';

const KEYS = ['q', 'areaCode', 'status'] as const;

/** The elder list's query from the URL; an unknown status in the URL is ignored. */
export function useElderQuery() {
  const { query: raw, update } = useUrlListQuery(KEYS);
  const query = useMemo<ElderQuery>(
    () => ({ ...raw, status: (ELDER_STATUSES as readonly string[]).includes(raw.status ?? '') ? (raw.status as ElderStatus) : undefined }),
    [raw],
  );
  return { query, update: update as (changes: Partial<ElderQuery>) => void };
}
