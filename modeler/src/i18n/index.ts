import zn from 'bpmn-js-i18n/translations/zn';
import { translateC7LintMessage } from './c7-lint-messages';
import { CONVERT_ZH_CN } from './convert-messages';
import { ELEMENT_TYPES_ZH_CN, translateTypeLabel } from './element-types';
import { CAREFLOW_ZH_CN } from './zh-CN';

export type ModelerLocale = 'zh-CN' | 'en';

const DICTIONARIES: Record<ModelerLocale, Record<string, string>> = {
  'zh-CN': { ...(zn as Record<string, string>), ...ELEMENT_TYPES_ZH_CN, ...CAREFLOW_ZH_CN, ...CONVERT_ZH_CN },
  en: {},
};

/**
 * bpmn-js's translate(template, replacements) for a locale: unknown strings stay English. Lint
 * messages with values (bpmn-js-bpmnlint translates each one it shows) go through the Camunda 7
 * rules' patterns (c7-lint-messages.ts).
 */
export function translatorFor(locale: ModelerLocale) {
  const dictionary = DICTIONARIES[locale];
  const patterned = locale === 'zh-CN' ? (template: string) => translateC7LintMessage(template) ?? translateTypeLabel(template, dictionary) : () => undefined;
  return (template: string, replacements: Record<string, string> = {}) =>
    (dictionary[template] ?? patterned(template) ?? template).replace(/{([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`);
}

/** Replaces diagram-js's translate service (the bpmn-js i18n example's pattern). */
export function translateModule(locale: ModelerLocale) {
  return { translate: ['value', translatorFor(locale)] };
}
