import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listDictionaries } from '../api/dictionaries';
import type { DictionaryOption } from '../api/registry-types';
import { toLanguage } from '../i18n/languages';
import { sharedResource } from './sharedResource';

const dictionaries = sharedResource(listDictionaries);
export const reloadDictionaries = dictionaries.reload;

/** Dictionaries with labels in the UI language; retired options are labelled but not offered. */
export function useDictionaries() {
  const { i18n } = useTranslation();
  const english = toLanguage(i18n.resolvedLanguage ?? i18n.language) === 'en';
  const { value, error, loading, reload } = dictionaries.useResource();
  return useMemo(() => {
    const list = value ?? [];
    const byKey = new Map(list.map((d) => [d.key, d]));
    const optionLabel = (o: DictionaryOption) => (english ? o.labelEn : o.label);
    const label = (key: string, code: string | null | undefined) => {
      if (!code) return '';
      const option = byKey.get(key)?.options.find((o) => o.code === code);
      return option ? optionLabel(option) : code;
    };
    const options = (key: string, keep?: string | null) =>
      (byKey.get(key)?.options ?? []).filter((o) => o.active || o.code === keep).map((o) => ({ value: o.code, label: optionLabel(o) }));
    return { list, byKey, label, options, english, error, loading, reload };
  }, [value, error, loading, reload, english]);
}
