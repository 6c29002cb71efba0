/** Import of Camunda 8 (Zeebe) BPMN into Camunda 7 / Operaton BPMN (camunda: namespace), with a report. */
export { convertFromCamunda8, BpmnImportError, DEFAULT_HISTORY_TIME_TO_LIVE, OPERATON_PLATFORM_VERSION, type ConversionOptions, type ConversionResult } from './convert';
export { describeConversionItem, type Change, type Problem, type ConversionItem, type ConversionCode } from './report';
export { feelToJuel } from './feel';
