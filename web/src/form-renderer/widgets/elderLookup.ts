import { api, queryString } from '../../api/client';
import type { ElderSummary } from '../../api/registry-types';

/** Digits (and phone punctuation) are looked up as a phone number, anything else as a name. */
export async function lookupElders(text: string): Promise<ElderSummary[]> {
  const query = /^[\d\s+()-]+$/.test(text) ? { phone: text.trim() } : { name: text.trim() };
  const found = await api.get<{ matches: { elder: ElderSummary }[] }>(`/api/elders/lookup${queryString(query)}`);
  return found.matches.map((m) => m.elder);
}
