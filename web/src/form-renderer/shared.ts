/**
 * The forms package (the same schema gate, validation and ID/phone parsing the engine runs), taken
 * from its TypeScript source: its built dist is CommonJS, which Vite does not bundle from a
 * workspace link.
 */
export { checkSchema, compileExpression, installSafeFormily, validateFormValues, VALIDATORS } from '@careflow/forms/src/index';
export { parseIdCard, parsePhone } from '@careflow/contracts';
export type { FormSchemaNode } from '@careflow/forms/src/index';
