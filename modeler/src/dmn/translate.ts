import type { ModelerLocale } from '../i18n';
import { DMN_ZH_CN } from './zh-CN';

const DICTIONARIES: Record<ModelerLocale, Record<string, string>> = { 'zh-CN': DMN_ZH_CN, en: {} };

/**
 * dmn-js's translate(template, replacements) for a locale: unknown strings stay English. Placeholders
 * are matched without their spaces, since dmn-js writes some as `{ sample }` but passes `sample`.
 */
export function dmnTranslatorFor(locale: ModelerLocale) {
  const dictionary = DICTIONARIES[locale];
  return (template: string, replacements: Record<string, string> = {}) =>
    (dictionary[template] ?? template).replace(/{([^}]+)}/g, (_, key: string) => replacements[key.trim()] ?? `{${key}}`);
}

/** Replaces the translate service of a dmn-js view. */
export function dmnTranslateModule(locale: ModelerLocale) {
  return { translate: ['value', dmnTranslatorFor(locale)] };
}
