import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import lintModule from 'bpmn-js-bpmnlint';
import CamundaPlatformBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { translateModule, type ModelerLocale } from '../i18n';
import type { ElementTemplate } from '../templates/job-types';
import type { CareflowModelerData } from '../types';
import { CareflowCamunda7UserTaskModule } from '../user-task-c7';

export interface Camunda7ModelerOptions {
  /** Where the diagram is drawn. */
  container: HTMLElement;
  /** Where the properties panel is drawn. */
  propertiesPanel: HTMLElement;
  /** Forms and groups from the engine; topics are read from the templates by whoever needs them. */
  data: Omit<CareflowModelerData, 'jobTypes'>;
  /** Element templates in the Camunda 7 format (the connectors' connectors/templates/c7/). */
  templates: ElementTemplate[];
  locale?: ModelerLocale;
  /** A resolved bpmnlint config (`{ config, resolver }`): lint as you draw. None given, no lint. */
  bpmnlint?: unknown;
}

/**
 * bpmn-js's Modeler for Camunda 7 / Operaton: camunda-bpmn-moddle, the properties panel's Camunda 7
 * provider, Camunda's Camunda 7 modelling behaviours, Camunda 7 element templates with the chooser,
 * CareFlow's user-task group and zh-CN. Beside the Zeebe modeler (createCareflowModeler) until the switch.
 */
export function createCamunda7Modeler(options: Camunda7ModelerOptions): Modeler {
  const data: CareflowModelerData = { ...options.data, jobTypes: [] };
  const lint = options.bpmnlint ? [lintModule] : [];
  return new Modeler({
    container: options.container,
    propertiesPanel: { parent: options.propertiesPanel },
    elementTemplates: options.templates,
    careflow: data,
    ...(options.bpmnlint ? { linting: { active: true, bpmnlint: options.bpmnlint } } : {}),
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaPlatformBehaviorsModule,
      ElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      ...lint,
      CareflowCamunda7UserTaskModule,
      translateModule(options.locale ?? 'zh-CN', 'camunda7'),
    ],
    moddleExtensions: { camunda: camundaModdle },
  });
}
