import type { FormSchema } from '../api/forms';

type Node = Record<string, unknown>;

const DEFAULT_COMPONENT: Record<string, string> = { string: 'Input', number: 'NumberPicker', integer: 'NumberPicker', boolean: 'Switch' };

/**
 * A schema ready to render: plain JSON-schema fields (a form written by hand or by an older tool)
 * get a component for their type and a FormItem, so they show a label and their errors.
 */
export function withDefaults(schema: FormSchema): FormSchema {
  return fill(schema) as FormSchema;
}

function fill(node: Node): Node {
  const out: Node = { ...node };
  if (isNode(node.properties)) out.properties = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, isNode(v) ? leaf(k, fill(v)) : v]));
  if (isNode(node.items)) out.items = fill(node.items);
  return out;
}

function leaf(name: string, node: Node): Node {
  const type = typeof node.type === 'string' ? node.type : 'string';
  if (type === 'integer' && node['x-component'] === 'NumberPicker') return wholeNumbers(node);
  if (type === 'void' || type === 'object' || type === 'array' || node['x-component']) return node;
  return { title: name, 'x-decorator': 'FormItem', ...node, 'x-component': DEFAULT_COMPONENT[type] ?? 'Input' };
}

/** An integer field's number box takes no decimals (unless the schema sets its own precision). */
function wholeNumbers(node: Node): Node {
  const props = isNode(node['x-component-props']) ? node['x-component-props'] : {};
  return 'precision' in props ? node : { ...node, 'x-component-props': { ...props, precision: 0 } };
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
