import { api } from './client';
import type { Dictionary, DictionaryOption } from './registry-types';

const path = (key: string) => `/api/dictionaries/${encodeURIComponent(key)}`;

export async function listDictionaries(): Promise<Dictionary[]> {
  return (await api.get<{ dictionaries: Dictionary[] }>('/api/dictionaries')).dictionaries;
}

/** Creates or replaces a dictionary; options are stored in the order given. */
export async function saveDictionary(key: string, input: { name: string; nameEn: string; options: DictionaryOption[] }): Promise<Dictionary> {
  return (await api.put<{ dictionary: Dictionary }>(path(key), input)).dictionary;
}

export async function deleteDictionary(key: string): Promise<void> {
  await api.delete<unknown>(path(key));
}
