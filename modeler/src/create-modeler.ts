import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, ZeebePropertiesProviderModule } from 'bpmn-js-properties-panel';
import { CloudElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import lintModule from 'bpmn-js-bpmnlint';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { translateModule, type ModelerLocale } from './i18n';
import { careflowLintConfig } from './lint/resolver';
import { CONNECTOR_TEMPLATES, knownJobTypes } from './templates';
import type { CareflowModelerData } from './types';
import { CareflowUserTaskModule } from './user-task';

export interface CareflowModelerOptions {
  /** Where the diagram is drawn. */
  container: HTMLElement;
  /** Where the properties panel is drawn. */
  propertiesPanel: HTMLElement;
  /** Forms and groups from the engine; job types default to the connector templates'. */
  data: Omit<CareflowModelerData, 'jobTypes'> & { jobTypes?: string[] };
  locale?: ModelerLocale;
  templates?: typeof CONNECTOR_TEMPLATES;
}

/**
 * bpmn-js's Modeler for Zeebe 8.5 with the properties panel, Camunda's modelling behaviours, the
 * connectors' element templates with their chooser, lint as you draw, and CareFlow's user-task group.
 */
export function createCareflowModeler(options: CareflowModelerOptions): Modeler {
  const templates = options.templates ?? CONNECTOR_TEMPLATES;
  const data: CareflowModelerData = { ...options.data, jobTypes: options.data.jobTypes ?? knownJobTypes(templates) };
  return new Modeler({
    container: options.container,
    propertiesPanel: { parent: options.propertiesPanel },
    elementTemplates: templates,
    careflow: data,
    linting: { active: true, bpmnlint: careflowLintConfig(data) },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      ZeebePropertiesProviderModule,
      ZeebeBehaviorsModule,
      CloudElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      lintModule,
      CareflowUserTaskModule,
      translateModule(options.locale ?? 'zh-CN'),
    ],
    moddleExtensions: { zeebe: zeebeModdle },
  });
}
