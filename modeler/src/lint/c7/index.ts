import { BpmnModdle } from 'bpmn-moddle';
import Linter from 'bpmnlint/lib/linter';
import camundaCompat from 'bpmnlint-plugin-camunda-compat';
import compatHistoryTimeToLive from 'bpmnlint-plugin-camunda-compat/rules/camunda-platform/history-time-to-live';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';
import { translateC7LintMessage } from '../../i18n/c7-lint-messages';
import { CAREFLOW_C7_RULES, CODE_RULES } from './rules';

/**
 * The Camunda 7 compatibility config for the engine's version. Operaton 1.0 continues Camunda 7.23
 * (and carries 7.24's changes); bpmnlint-plugin-camunda-compat 2.61's camunda-platform-7-24 config is
 * the newest and, like 7-23, holds one rule: history-time-to-live (at info). CareFlow requires a time
 * to live and checks its value, naming the process, so its own rule stands in for that one.
 */
export const OPERATON_COMPAT_CONFIG = 'camunda-platform-7-24';

/** What the rules compare a model against: the form library, connector topics, published keys. */
export interface C7LintData {
  formKeys: string[];
  /** External task topics some connector works on, e.g. `careflow.sms:1`. */
  topics: string[];
  /** Process keys a call activity may call (published service types' processes). */
  processKeys: string[];
  /** Decision keys a business rule task may evaluate (published, and those of the version itself). */
  decisionKeys: string[];
}

const RULES: Record<string, Record<string, unknown>> = {
  'bpmnlint-plugin-camunda-compat': { 'history-time-to-live': compatHistoryTimeToLive },
  'bpmnlint-plugin-careflow-c7': CAREFLOW_C7_RULES,
};

/** bpmnlint's resolver from static imports, so the same rules run in the browser and in Node. */
export const c7Resolver = {
  resolveRule(pkg: string, ruleName: string): unknown {
    const rule = RULES[pkg]?.[ruleName];
    if (!rule) throw new Error(`unknown rule <${pkg}/${ruleName}>`);
    return rule;
  },
  resolveConfig(pkg: string, configName: string): unknown {
    const config = pkg === 'bpmnlint-plugin-camunda-compat' ? (camundaCompat.configs as Record<string, unknown>)[configName] : undefined;
    if (!config) throw new Error(`unknown config <${pkg}/${configName}>`);
    return config;
  },
};

/** The lint configuration for bpmn-js-bpmnlint (`linting.bpmnlint`) and for the server's publish check. */
export function c7LintConfig(data: C7LintData) {
  return {
    resolver: c7Resolver,
    config: {
      extends: [`plugin:camunda-compat/${OPERATON_COMPAT_CONFIG}`],
      rules: {
        'camunda-compat/history-time-to-live': 'off',
        'careflow-c7/one-executable-process': 'error',
        'careflow-c7/none-start-event': 'error',
        'careflow-c7/user-task-form': ['error', { formKeys: data.formKeys }],
        'careflow-c7/external-topic': ['error', { topics: data.topics }],
        'careflow-c7/sms-content': 'error',
        'careflow-c7/called-process-exists': ['error', { processKeys: data.processKeys }],
        'careflow-c7/decision-exists': ['error', { decisionKeys: data.decisionKeys }],
        'careflow-c7/dynamic-reference': 'warn',
        'careflow-c7/no-code': 'error',
        'careflow-c7/camunda-namespace-only': 'error',
        'careflow-c7/safe-expressions': 'error',
        'careflow-c7/timers': 'error',
        'careflow-c7/history-time-to-live': 'error',
      },
    },
  };
}

export interface C7Finding {
  rule: string;
  elementId?: string;
  /** English, as the rule reported it. */
  message: string;
  /** zh-CN (the English when no translation is known). */
  messageZh: string;
  severity: 'error' | 'warn' | 'info';
}

/**
 * Lints BPMN XML with the C7 rules, outside a modeler (the server's publish check, tests). Throws when
 * moddle cannot read the XML at all; callers check well-formedness first.
 */
export async function lintC7Xml(xml: string, data: C7LintData): Promise<C7Finding[]> {
  const { rootElement } = await new BpmnModdle({ camunda }).fromXML(xml);
  const { config, resolver } = c7LintConfig(data);
  const results = (await new Linter({ config, resolver }).lint(rootElement)) as Record<string, { id?: string; message: string; category: string }[]>;
  return Object.entries(results).flatMap(([rule, reports]) =>
    reports.map((r) => ({
      rule,
      elementId: r.id,
      message: r.message,
      messageZh: translateC7LintMessage(r.message) ?? r.message,
      severity: r.category === 'error' ? 'error' : r.category === 'warn' ? 'warn' : 'info',
    })),
  );
}

/** Does any finding come from a rule that guards against code on the engine server? */
export const carriesCode = (findings: C7Finding[]) => findings.some((f) => CODE_RULES.includes(f.rule));

export { translateC7LintMessage, c7Message } from '../../i18n/c7-lint-messages';
export { CAREFLOW_C7_RULES, CODE_RULES } from './rules';
export { unsafeParts, hasExpression } from './juel/safety';
export { isIsoCycle, isIsoDateTime, isIsoDuration } from './iso8601';
