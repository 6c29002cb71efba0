// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the untyped bpmn-io packages, for whichever tsc reaches this file (web, modeler)
/// <reference path="./vendor.d.ts" />
/** CareFlow's BPMN modeler: bpmn-js for Zeebe 8.5 with CareFlow's connectors, forms and lint. */
export { createCareflowModeler, type CareflowModelerOptions } from './create-modeler';
export { importDiagram, exportDiagram, downloadXml, blankDiagram, processIdOf } from './import-export';
export { problemsFromLint } from './lint/issues';
export { careflowLintConfig, ZEEBE_CONFIG } from './lint/resolver';
export { CONNECTOR_TEMPLATES, knownJobTypes, jobTypeOf, type ElementTemplate } from './templates';
export { translatorFor, type ModelerLocale } from './i18n';
export type { CareflowModelerData, ModelProblem } from './types';
export * from './convert';
