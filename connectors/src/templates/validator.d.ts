/** The package ships no types; these are the functions the tests use. */
declare module '@bpmn-io/element-templates-validator' {
  /** Against the Camunda 8 (Zeebe) element template schema. */
  export function validateZeebe(template: unknown): { valid: boolean; errors?: unknown[] };
  /** Against the Camunda 7 element template schema (@camunda/element-templates-json-schema). */
  export function validate(template: unknown): { valid: boolean; errors?: unknown[] };
}
