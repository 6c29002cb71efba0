// bpmn-io packages without TypeScript types: typed loosely here and narrowed where CareFlow uses them.
declare module 'bpmn-js-properties-panel';
declare module 'bpmn-js-element-templates';
declare module '@bpmn-io/element-template-chooser';
declare module '@bpmn-io/properties-panel';
declare module 'bpmn-js-bpmnlint';
declare module 'bpmnlint/lib/linter';
declare module 'bpmnlint-utils';
declare module 'bpmnlint-plugin-camunda-compat';
declare module 'bpmnlint-plugin-camunda-compat/rules/*';
declare module 'bpmn-js-i18n/translations/zn';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
declare module 'camunda-bpmn-moddle/resources/camunda.json';
declare module 'bpmn-auto-layout' {
  /** Adds diagram data (bpmndi) to a BPMN file that has none. */
  export function layoutProcess(xml: string): Promise<string>;
}
declare module 'dmn-js-shared/lib/base/Manager' {
  /** dmn-js's manager of views over one DMN file; subclasses name the views they offer. */
  export default class Manager {
    constructor(options: Record<string, unknown>);
    _getViewProviders(): unknown[];
  }
}
declare module 'dmn-js-shared/lib/base/EditingManager' {
  import Manager from 'dmn-js-shared/lib/base/Manager';
  export default class EditingManager extends Manager {}
}
declare module 'dmn-js-decision-table/lib/Editor';
declare module 'dmn-js-decision-table/lib/Viewer';
