/**
 * The bpmn-js modeler (Zeebe properties, element templates, form binding, lint) arrives with the
 * modeler issue. This is the shape of a Camunda 8 element template, which connectors generate.
 */
export interface ElementTemplate {
  $schema: string;
  name: string;
  id: string;
  version: number;
  appliesTo: string[];
  properties: Record<string, unknown>[];
}
