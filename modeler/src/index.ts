// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the untyped bpmn-io packages, for whichever tsc reaches this file (web, modeler)
/// <reference path="./vendor.d.ts" />
/**
 * CareFlow's BPMN modeler for Camunda 7 / Operaton (createCamunda7Modeler, what the studio uses),
 * with CareFlow's connectors, forms and lint, and the Camunda 8 import converter; and the decision
 * table (决策表) editor on dmn-js.
 */
export { importDiagram, exportDiagram, downloadXml, processIdOf } from './import-export';
export { problemsFromLint } from './lint/issues';
export { CAMUNDA7_CONNECTOR_TEMPLATES, topicOf, knownTopics } from './templates/camunda7';
export type { ElementTemplate } from './templates/topics';
export { translatorFor, type ModelerLocale } from './i18n';
export { createCamunda7Modeler, type Camunda7ModelerOptions } from './camunda7/create-modeler';
export { importCamunda7Diagram, openCamunda7Diagram, blankCamunda7Diagram, DEFAULT_HISTORY_TIME_TO_LIVE, type Camunda7OpenResult } from './camunda7/import-export';
export { translateC7LintMessage, type C7LintData } from './lint/c7';
export { CAMUNDA_MODDLE } from './camunda7/moddle';
export { TASK_PRIORITY, type TaskPriorityLevel } from './user-task-c7/priority';
export type { CareflowModelerData, ModelProblem } from './types';
export * from './convert';
export * from './dmn';
