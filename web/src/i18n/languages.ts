// Supported UI languages; the first is the default.
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Maps i18next's current language (possibly 'en-US' etc.) onto a supported one. */
export function toLanguage(value: string | undefined): Language {
  if (isLanguage(value)) return value;
  return value?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}
