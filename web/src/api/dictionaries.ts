import type { dictionaryAnswer, dictionaryListAnswer, saveDictionaryBody, Wire } from '@careflow/contracts';
import type { z } from 'zod';
import { api } from './client';
import type { Dictionary } from './registry-types';

const path = (key: string) => `/api/dictionaries/${encodeURIComponent(key)}`;

export async function listDictionaries(): Promise<Dictionary[]> {
  return (await api.get<Wire<typeof dictionaryListAnswer>>('/api/dictionaries')).dictionaries;
}

/** Creates or replaces a dictionary; options are stored in the order given. */
export async function saveDictionary(key: string, input: z.input<typeof saveDictionaryBody>): Promise<Dictionary> {
  return (await api.put<Wire<typeof dictionaryAnswer>>(path(key), input)).dictionary;
}

export async function deleteDictionary(key: string): Promise<void> {
  await api.delete<unknown>(path(key));
}
