/**
 * Server-side checking of submitted form values against a form schema (the JSON-schema part of a
 * formily ISchema): types, required (both JSON-schema and formily styles), enum, lengths, bounds,
 * patterns and formats, nested objects and arrays. Layout containers (type "void") are looked
 * through. Keys the form does not define are dropped, never stored.
 */
export interface FormSchemaNode {
  type?: string;
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
    if (node.pattern !== undefined && !new RegExp(node.pattern).test(value)) fail('pattern', 'has the wrong format');
    if (node.format && FORMATS[node.format] && !FORMATS[node.format].test(value)) fail('format', `must be a valid ${node.format}`);
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) fail('minimum', `must be at least ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum) fail('maximum', `must be at most ${node.maximum}`);
  }
}

function check(node: FormSchemaNode, value: unknown, path: string, errors: FieldError[]): unknown {
  if (node.type === 'object' || node.properties) {
    if (!isObject(value)) {
      errors.push({ path: path || '(form)', code: 'type', message: 'must be a group of fields' });
      return undefined;
    }
    const requiredList = Array.isArray(node.required) ? node.required : [];
    const out: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(fieldsOf(node))) {
      const childPath = path ? `${path}.${name}` : name;
      const childValue = value[name];
      if (isEmpty(childValue)) {
        if (child.required === true || requiredList.includes(name)) errors.push({ path: childPath, code: 'required', message: 'is required' });
        continue;
      }
      out[name] = check(child, childValue, childPath, errors);
    }
    return out;
  }
  if (node.type === 'array') {
    if (!Array.isArray(value)) {
      errors.push({ path, code: 'type', message: 'must be a list' });
      return undefined;
    }
    // A list of options (checkboxes, multi-select) or a list of rows (array table).
    return value.map((item, i) => (node.items ? check(node.items, item, `${path}.${i}`, errors) : item));
  }
  checkScalar(node, value, path, errors);
  return value;
}

export function validateFormValues(schema: FormSchemaNode, values: unknown): ValidationResult {
  const errors: FieldError[] = [];
  const checked = check({ ...schema, type: schema.type ?? 'object' }, values, '', errors);
  return { values: isObject(checked) ? checked : {}, errors };
}
