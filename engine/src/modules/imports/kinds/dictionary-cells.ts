import { DictionaryService } from '../../dictionaries/service';

/** A dictionary cell holds the code or the zh-CN label; both give the code. Unknown text is kept for the check to report. */
export async function codeOf(dictionaries: DictionaryService, key: string, cell: string | undefined): Promise<string | null> {
  const value = (cell ?? '').trim();
  if (!value) return null;
  const dictionary = await dictionaries.get(key).catch(() => undefined);
  const option = dictionary?.options.find((o) => o.code === value || o.label === value || o.labelEn.toLowerCase() === value.toLowerCase());
  return option?.code ?? value;
}

export async function labelOf(dictionaries: DictionaryService, key: string, code: string | null): Promise<string> {
  if (!code) return '';
  const dictionary = await dictionaries.get(key).catch(() => undefined);
  return dictionary?.options.find((o) => o.code === code)?.label ?? code;
}
