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
