import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
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
}

/**
 * bpmn-js's Modeler for Camunda 7 / Operaton: camunda-bpmn-moddle, the properties panel's Camunda 7
 * provider, Camunda's Camunda 7 modelling behaviours, Camunda 7 element templates with the chooser,
 * CareFlow's user-task group and zh-CN. Beside the Zeebe modeler (createCareflowModeler) until the switch.
 * Lint as you draw (bpmn-js-bpmnlint with the Camunda 7 rules) is added with those rules (modeler/src/lint/).
 */
export function createCamunda7Modeler(options: Camunda7ModelerOptions): Modeler {
  // jobTypes feed the Zeebe lint; Camunda 7 topics are read from the templates (knownTopics).
  const data: CareflowModelerData = { ...options.data, jobTypes: [] };
  return new Modeler({
    container: options.container,
    propertiesPanel: { parent: options.propertiesPanel },
    elementTemplates: options.templates,
    careflow: data,
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaPlatformBehaviorsModule,
      ElementTemplatesPropertiesProviderModule,
      ElementTemplateChooserModule,
      CareflowCamunda7UserTaskModule,
      translateModule(options.locale ?? 'zh-CN', 'camunda7'),
    ],
    moddleExtensions: { camunda: camundaModdle },
  });
}
