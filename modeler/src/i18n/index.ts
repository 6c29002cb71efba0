import zn from 'bpmn-js-i18n/translations/zn';
import { translateLintMessage } from './lint-messages';
import { translateC7LintMessage } from './c7-lint-messages';
import { CONVERT_ZH_CN } from './convert-messages';
import { CAREFLOW_ZH_CN } from './zh-CN';
import { CAMUNDA7_ZH_CN } from './zh-CN-camunda7';

export type ModelerLocale = 'zh-CN' | 'en';
/** Which engine's properties the panel shows: Zeebe (today's default) or Camunda 7 / Operaton. */
export type ModelerPlatform = 'zeebe' | 'camunda7';

const ZH_CN = { ...(zn as Record<string, string>), ...CAREFLOW_ZH_CN, ...CONVERT_ZH_CN };
const DICTIONARIES: Record<ModelerPlatform, Record<ModelerLocale, Record<string, string>>> = {
  zeebe: { 'zh-CN': ZH_CN, en: {} },
  // The Camunda 7 panel's own labels on top of the shared ones.
  camunda7: { 'zh-CN': { ...ZH_CN, ...CAMUNDA7_ZH_CN }, en: {} },
};

/**
 * bpmn-js's translate(template, replacements) for a locale: unknown strings stay English. Lint
 * messages with values (bpmn-js-bpmnlint translates each one it shows) go through the patterns
 * (the Camunda 7 rules' first on the camunda7 platform).
 */
export function translatorFor(locale: ModelerLocale, platform: ModelerPlatform = 'zeebe') {
  const dictionary = DICTIONARIES[platform][locale];
  const lint = platform === 'camunda7' ? (m: string) => translateC7LintMessage(m) ?? translateLintMessage(m) : translateLintMessage;
  const patterned = locale === 'zh-CN' ? lint : () => undefined;
  return (template: string, replacements: Record<string, string> = {}) =>
    (dictionary[template] ?? patterned(template) ?? template).replace(/{([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`);
}

/** Replaces diagram-js's translate service (the bpmn-js i18n example's pattern). */
export function translateModule(locale: ModelerLocale, platform: ModelerPlatform = 'zeebe') {
  return { translate: ['value', translatorFor(locale, platform)] };
}
