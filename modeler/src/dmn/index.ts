/** The decision table (决策表) editor: dmn-js's decision table view with zh-CN. */
export { createDecisionTableModeler, openDecisionTable, exportDecisionTable, type DecisionTableModeler, type DecisionTableModelerOptions } from './create-modeler';
export { blankDecisionTable } from './template';
export { dmnTranslatorFor } from './translate';
