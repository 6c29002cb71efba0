import camundaCompat from 'bpmnlint-plugin-camunda-compat';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import type { CareflowModelerData } from '../types';
import { CAMUNDA_COMPAT_RULES } from './camunda-compat-rules';
import { CAREFLOW_RULES } from './careflow-rules';

/** The Zeebe version CareFlow pins; its camunda-compat config decides what Zeebe can run. */
export const ZEEBE_CONFIG = 'camunda-cloud-8-5';

const RULES: Record<string, Record<string, unknown>> = {
  bpmnlint: { 'start-event-required': startEventRequired },
  'bpmnlint-plugin-camunda-compat': CAMUNDA_COMPAT_RULES,
  'bpmnlint-plugin-careflow': CAREFLOW_RULES,
};

/**
 * bpmnlint's resolver without its node loader (bpmn-js-bpmnlint's `{ config, resolver }`): rules and
 * configs come from the static imports above; anything else is a configuration mistake.
 */
export const resolver = {
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

/** The lint configuration for bpmn-js-bpmnlint (`linting.bpmnlint`) and for linting XML directly. */
export function careflowLintConfig(data: CareflowModelerData) {
  return {
    resolver,
    config: {
      extends: [`plugin:camunda-compat/${ZEEBE_CONFIG}`],
      rules: {
        'careflow/user-task-form': ['error', { forms: data.forms.map((f) => f.key) }],
        'careflow/known-job-type': ['error', { jobTypes: data.jobTypes }],
        'careflow/no-zeebe-user-task': 'error',
        'careflow/connector-errors-caught': 'warn',
      },
    },
  };
}
