import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

/** camunda-bpmn-moddle's descriptor (the camunda: namespace), for reading Camunda 7 BPMN outside a modeler. */
export const CAMUNDA_MODDLE: Record<string, unknown> = camundaModdle;
