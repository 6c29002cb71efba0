/** The package ships no types; this is the function the tests use. */
declare module '@bpmn-io/element-templates-validator' {
  /** Against the Camunda 7 element template schema (@camunda/element-templates-json-schema). */
  export function validate(template: unknown): { valid: boolean; errors?: unknown[] };
}
