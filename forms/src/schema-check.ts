import { expressionProblem } from './expression';
import { patternProblem } from './pattern';
import { COMPONENTS, DECORATORS, VALIDATORS } from './registry';

export interface SchemaProblem {
  /** Where in the schema, e.g. properties.detail.x-reactions */
  path: string;
  message: string;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Field names become process variables: FEEL-friendly identifiers. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const TYPES = new Set(['object', 'array', 'void', 'string', 'number', 'integer', 'boolean', 'date', 'datetime']);

/**
 * Everything that makes a schema unfit for the forms library: unknown components or validators,
 * duplicate or bad field names, patterns that do not compile or could take exponential time
 * (pattern.ts), and expressions outside the allowed grammar (expression.ts). An empty list means the schema may be saved.
 */
export function checkSchema(schema: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  if (!isNode(schema)) return [{ path: '', message: 'a form schema is a JSON object' }];
  if (schema.type !== undefined && schema.type !== 'object') problems.push({ path: 'type', message: 'the root of a form is of type object' });
  checkNode(schema, '', problems);
  return problems;
}

function checkNode(node: Node, path: string, problems: SchemaProblem[]): void {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (node.type !== undefined && !TYPES.has(String(node.type))) problems.push({ path: at('type'), message: `unknown type ${String(node.type)}` });
  for (const key of ['x-component', 'x-decorator'] as const) {
    const name = node[key];
    const known: ReadonlySet<string> = key === 'x-component' ? COMPONENTS : new Set(DECORATORS);
    if (name !== undefined && (typeof name !== 'string' || !known.has(name))) problems.push({ path: at(key), message: `unknown ${key === 'x-component' ? 'widget' : 'decorator'} ${JSON.stringify(name)}` });
  }
  checkValidators(node['x-validator'], at('x-validator'), problems);
  checkPattern(node.pattern, at('pattern'), problems);
  checkReactions(node['x-reactions'], at('x-reactions'), problems);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' || key === 'items' || key === 'x-reactions') continue;
    checkExpressions(value, at(key), problems);
  }
  if (isNode(node.items)) checkNode(node.items, at('items'), problems);
  if (node.properties !== undefined) {
    if (!isNode(node.properties)) problems.push({ path: at('properties'), message: 'must be an object of fields' });
    else checkProperties(node.properties, at('properties'), problems);
  }
}

/** Fields inside layout containers share their parent's data level: a name may be used once per level. */
function checkProperties(properties: Node, path: string, problems: SchemaProblem[], seen = new Map<string, string>()): void {
  for (const [name, child] of Object.entries(properties)) {
    const childPath = `${path}.${name}`;
    if (!isNode(child)) {
      problems.push({ path: childPath, message: 'a field is a JSON object' });
      continue;
    }
    if (child.type === 'void') {
      checkNode({ ...child, properties: undefined }, childPath, problems);
      if (isNode(child.properties)) checkProperties(child.properties, `${childPath}.properties`, problems, seen);
      continue;
    }
    if (!FIELD_NAME.test(name)) problems.push({ path: childPath, message: `field name ${name} must be letters, digits or _ (it becomes a process variable)` });
    if (seen.has(name)) problems.push({ path: childPath, message: `field name ${name} is used twice (also at ${seen.get(name)})` });
    seen.set(name, childPath);
    checkNode(child, childPath, problems);
  }
}

function checkPattern(pattern: unknown, path: string, problems: SchemaProblem[]): void {
  if (pattern === undefined) return;
  const problem = patternProblem(pattern);
  if (problem) problems.push({ path, message: problem });
}

function checkValidators(value: unknown, path: string, problems: SchemaProblem[]): void {
  if (value === undefined) return;
  for (const [i, rule] of (Array.isArray(value) ? value : [value]).entries()) {
    const name = typeof rule === 'string' ? rule : isNode(rule) ? rule.format : undefined;
    if (isNode(rule) && rule.validator !== undefined) problems.push({ path: `${path}.${i}`, message: 'custom validator functions are not allowed' });
    if (name !== undefined && !(VALIDATORS as readonly unknown[]).includes(name)) problems.push({ path: `${path}.${i}`, message: `unknown validator ${JSON.stringify(name)}` });
    if (isNode(rule)) checkPattern(rule.pattern, `${path}.${i}.pattern`, problems);
    if (isNode(rule)) checkExpressions(rule, `${path}.${i}`, problems);
  }
}

/** Linkage rules may change field state and schema, never run code (fulfill.run). */
function checkReactions(value: unknown, path: string, problems: SchemaProblem[]): void {
  if (value === undefined) return;
  for (const [i, reaction] of (Array.isArray(value) ? value : [value]).entries()) {
    if (typeof reaction === 'string') {
      problems.push({ path: `${path}.${i}`, message: 'a reaction given as code is not allowed; use dependencies and fulfill.state' });
      continue;
    }
    if (!isNode(reaction)) continue;
    for (const branch of ['fulfill', 'otherwise']) {
      const part = reaction[branch];
      if (isNode(part) && part.run !== undefined) problems.push({ path: `${path}.${i}.${branch}.run`, message: 'running code from a form is not allowed' });
    }
    checkExpressions(reaction, `${path}.${i}`, problems);
  }
}

/** What formily takes for an expression: a whole string in {{ }} (its ExpRE); other text stays text. */
const EXPRESSION = /^\s*\{\{([\s\S]*)\}\}\s*$/;

function checkExpressions(value: unknown, path: string, problems: SchemaProblem[]): void {
  if (typeof value === 'string') {
    const match = EXPRESSION.exec(value);
    const problem = match ? expressionProblem(match[1]) : undefined;
    if (match && problem) problems.push({ path, message: `expression {{${match[1].trim()}}} ${problem}` });
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => checkExpressions(v, `${path}.${i}`, problems));
  else if (isNode(value)) for (const [k, v] of Object.entries(value)) checkExpressions(v, `${path}.${k}`, problems);
}
