import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import lintModule from 'bpmn-js-bpmnlint';
import CamundaPlatformBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { translateModule, type ModelerLocale } from '../i18n';
import { c7LintConfig, type C7LintData } from '../lint/c7';
import { topicsOf, type ElementTemplate } from '../templates/topics';
import type { CareflowModelerData } from '../types';
import { CareflowCamunda7UserTaskModule } from '../user-task-c7';

export interface Camunda7ModelerOptions {
  /** Where the diagram is drawn. */
  container: HTMLElement;
  /** Where the properties panel is drawn. */
  propertiesPanel: HTMLElement;
  /** Forms and groups from the engine; topics are read from the templates by whoever needs them. */
  data: CareflowModelerData;
  /** Element templates in the Camunda 7 format (the connectors' connectors/templates/c7/). */
  templates: ElementTemplate[];
  locale?: ModelerLocale;
  /**
   * Lint as you draw with the Camunda 7 rules (the server's publish check, same config). Form keys
   * default to the data's forms and topics to the templates'. Without process or decision keys the
   * rules that need them are off: the publish check still runs them.
   */
  lint?: Partial<C7LintData>;
}

/** bpmn-js-bpmnlint's `linting` option for the Camunda 7 rules. */
export function camunda7Linting(lint: Partial<C7LintData>, data: CareflowModelerData, topics: string[]) {
  const { resolver, config } = c7LintConfig({
    formKeys: lint.formKeys ?? data.forms.map((f) => f.key),
    topics: lint.topics ?? topics,
    processKeys: lint.processKeys ?? [],
    decisionKeys: lint.decisionKeys ?? [],
  });
  const rules: Record<string, unknown> = { ...config.rules };
  if (!lint.processKeys) rules['careflow-c7/called-process-exists'] = 'off';
  if (!lint.decisionKeys) rules['careflow-c7/decision-exists'] = 'off';
  return { active: true, bpmnlint: { resolver, config: { ...config, rules } } };
}

/**
 * bpmn-js's Modeler for Camunda 7 / Operaton: camunda-bpmn-moddle, the properties panel's Camunda 7
 * provider, Camunda's Camunda 7 modelling behaviours, Camunda 7 element templates with the chooser,
 * CareFlow's user-task group and zh-CN. Lint as you draw (bpmn-js-bpmnlint with the Camunda 7 rules,
 * modeler/src/lint/c7) when `lint` is given.
 */
export function createCamunda7Modeler(options: Camunda7ModelerOptions): Modeler {
  return new Modeler({
    container: options.container,
    propertiesPanel: { parent: options.propertiesPanel },
    elementTemplates: options.templates,
    careflow: options.data,
    ...(options.lint ? { linting: camunda7Linting(options.lint, options.data, topicsOf(options.templates)) } : {}),
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaPlatformBehaviorsModule,
      ElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      CareflowCamunda7UserTaskModule,
      ...(options.lint ? [lintModule] : []),
      translateModule(options.locale ?? 'zh-CN'),
    ],
    moddleExtensions: { camunda: camundaModdle },
  });
}
