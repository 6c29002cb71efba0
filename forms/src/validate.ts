import { ISchema } from '@formily/json-schema';
import { parseIdCard, parsePhone } from '@careflow/contracts';
import { matchesPattern } from './pattern';
import { FieldState, fieldStates } from './reactions';

/**
 * Server-side checking of submitted form values against a form schema (the JSON-schema part of a
 * formily ISchema): types, required (both JSON-schema and formily styles), enum, lengths, bounds,
 * patterns and formats, nested objects and arrays. Layout containers (type "void") are looked
 * through. Keys the form does not define are dropped, never stored.
 */
export interface FormSchemaNode {
  type?: string;
  'x-validator'?: unknown;
  'x-reactions'?: unknown;
  title?: string;
  properties?: Record<string, FormSchemaNode>;
  items?: FormSchemaNode;
  required?: boolean | string[];
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
}

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export interface ValidationResult {
  values: Record<string, unknown>;
  errors: FieldError[];
}

const FORMATS: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/,
  phone: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/,
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Properties of an object node, with the fields inside layout containers lifted to this level. */
function fieldsOf(node: FormSchemaNode): Record<string, FormSchemaNode> {
  const fields: Record<string, FormSchemaNode> = {};
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    if (child.type === 'void') Object.assign(fields, fieldsOf(child));
    else fields[name] = child;
  }
  return fields;
}

function enumValues(node: FormSchemaNode): unknown[] | undefined {
  return node.enum?.map((option) => (isObject(option) && 'value' in option ? option.value : option));
}

/** x-validator names: the domain checks of the forms package. */
const NAMED: Record<string, (value: string) => boolean> = {
  phone: (v) => parsePhone(v) !== undefined,
  mobile: (v) => parsePhone(v)?.kind === 'mobile',
  landline: (v) => parsePhone(v)?.kind === 'landline',
  idCard: (v) => !('problem' in parseIdCard(v)),
  email: (v) => FORMATS.email.test(v),
  url: (v) => /^https?:\/\/[^\s]+$/.test(v),
};

function checkNamed(node: FormSchemaNode, value: unknown, fail: (code: string, message: string) => void): void {
  const rules = node['x-validator'] === undefined ? [] : Array.isArray(node['x-validator']) ? node['x-validator'] : [node['x-validator']];
  for (const rule of rules) {
    const name = typeof rule === 'string' ? rule : isObject(rule) ? rule.format : undefined;
    if (typeof name === 'string' && NAMED[name] && typeof value === 'string' && !NAMED[name](value)) {
      const message = isObject(rule) && typeof rule.message === 'string' ? rule.message : `is not a valid ${name}`;
      fail(name, message);
    }
    // A pattern rule (as formily's x-validator writes it) is checked here as in the browser.
    if (isObject(rule) && typeof rule.pattern === 'string' && typeof value === 'string' && matchesPattern(rule.pattern, value) === false) {
      fail('pattern', typeof rule.message === 'string' ? rule.message : 'has the wrong format');
    }
  }
}

function checkScalar(node: FormSchemaNode, value: unknown, path: string, errors: FieldError[]): void {
  const fail = (code: string, message: string): void => {
    errors.push({ path, code, message });
  };
  const type = node.type ?? (typeof value === 'number' ? 'number' : 'string');
  if (type === 'string' && typeof value !== 'string') return fail('type', 'must be text');
  if ((type === 'number' || type === 'integer') && (typeof value !== 'number' || !Number.isFinite(value))) return fail('type', 'must be a number');
  if (type === 'integer' && !Number.isInteger(value)) return fail('type', 'must be a whole number');
  if (type === 'boolean' && typeof value !== 'boolean') return fail('type', 'must be true or false');
  const options = enumValues(node);
  if (options && !options.some((o) => o === value)) return fail('enum', 'is not one of the options');
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) fail('minLength', `must be at least ${node.minLength} characters`);
    if (node.maxLength !== undefined && value.length > node.maxLength) fail('maxLength', `must be at most ${node.maxLength} characters`);
    if (typeof node.pattern === 'string' && matchesPattern(node.pattern, value) === false) fail('pattern', 'has the wrong format');
    if (node.format && FORMATS[node.format] && !FORMATS[node.format].test(value)) fail('format', `must be a valid ${node.format}`);
    checkNamed(node, value, fail);
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) fail('minimum', `must be at least ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum) fail('maximum', `must be at most ${node.maximum}`);
  }
}

function check(node: FormSchemaNode, value: unknown, path: string, errors: FieldError[], states: Map<string, FieldState>): unknown {
  // An array keeps its rows' fields under items; its own properties are only widgets (a table's "add row").
  if (node.type === 'object' || (node.properties && node.type !== 'array')) {
    if (!isObject(value)) {
      errors.push({ path: path || '(form)', code: 'type', message: 'must be a group of fields' });
      return undefined;
    }
    const requiredList = Array.isArray(node.required) ? node.required : [];
    const out: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(fieldsOf(node))) {
      const childPath = path ? `${path}.${name}` : name;
      const childValue = value[name];
      const state = states.get(childPath);
      // A field its linkage rules hide is not submitted; a field hidden but kept keeps its value unchecked.
      if (state?.display === 'none') continue;
      if (state?.display === 'hidden') {
        if (childValue !== undefined) out[name] = childValue;
        continue;
      }
      const required = state ? state.required || requiredList.includes(name) : child.required === true || requiredList.includes(name);
      if (isEmpty(childValue)) {
        if (required) errors.push({ path: childPath, code: 'required', message: 'is required' });
        continue;
      }
      out[name] = check(child, childValue, childPath, errors, states);
    }
    return out;
  }
  if (node.type === 'array') {
    if (!Array.isArray(value)) {
      errors.push({ path, code: 'type', message: 'must be a list' });
      return undefined;
    }
    // A list of options (checkboxes, multi-select) or a list of rows (array table).
    return value.map((item, i) => (node.items ? check(node.items, item, `${path}.${i}`, errors, states) : item));
  }
  checkScalar(node, value, path, errors);
  return value;
}

/** Linkage rules are settled by formily over the submitted values before anything is checked. */
export function validateFormValues(schema: FormSchemaNode, values: unknown): ValidationResult {
  const errors: FieldError[] = [];
  const states = isObject(values) && JSON.stringify(schema).includes('x-reactions') ? fieldStates(schema as ISchema, values) : new Map<string, FieldState>();
  const checked = check({ ...schema, type: schema.type ?? 'object' }, values, '', errors, states);
  return { values: isObject(checked) ? checked : {}, errors };
}
