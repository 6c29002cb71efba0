import zn from 'bpmn-js-i18n/translations/zn';
import { CAREFLOW_ZH_CN } from './zh-CN';

export type ModelerLocale = 'zh-CN' | 'en';

const DICTIONARIES: Record<ModelerLocale, Record<string, string>> = {
  'zh-CN': { ...(zn as Record<string, string>), ...CAREFLOW_ZH_CN },
  en: {},
};

/** bpmn-js's translate(template, replacements) for a locale: unknown strings stay English. */
export function translatorFor(locale: ModelerLocale) {
  const dictionary = DICTIONARIES[locale];
  return (template: string, replacements: Record<string, string> = {}) =>
    (dictionary[template] ?? template).replace(/{([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`);
}

/** Replaces diagram-js's translate service (the bpmn-js i18n example's pattern). */
export function translateModule(locale: ModelerLocale) {
  return { translate: ['value', translatorFor(locale)] };
}
