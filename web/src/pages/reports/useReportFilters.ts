import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { monthSoFar } from './format';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The value if it is one of `among`, else undefined (an address may hold anything). */
export const pick = <T extends string>(value: string | null, among: readonly T[]): T | undefined => among.find((v) => v === value);

/**
 * A report's filters live in the address: a link or a reload opens the same figures. The period
 * defaults to the month so far; `read` takes the report's own filters from the address.
 */
export function useReportFilters<T extends { from: string; to: string }>(read: (params: URLSearchParams) => Omit<T, 'from' | 'to'>): [T, (change: Partial<T>) => void] {
  const [params, setParams] = useSearchParams();
  const fallback = monthSoFar(dayjs().format('YYYY-MM-DD'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const filters = { ...read(params), from: DAY.test(from) ? from : fallback.from, to: DAY.test(to) ? to : fallback.to } as T;
  const change = (next: Partial<T>) =>
    setParams(
      (p) => {
        for (const [key, value] of Object.entries(next)) {
          if (value === undefined || value === '') p.delete(key);
          else p.set(key, String(value));
        }
        return p;
      },
      { replace: true },
    );
  return [filters, change];
}
