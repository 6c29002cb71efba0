/** The package ships no types; this is the one function the tests use. */
declare module '@bpmn-io/element-templates-validator' {
  export function validateZeebe(template: unknown): { valid: boolean; errors?: unknown[] };
}
