import type { FormSchema } from '../../api/forms';
import { FIELD_SPECS, LAYOUT_SPECS } from './kinds';
import { rulesToReaction } from './linkage';
import { isLayout, OPTION_KINDS, type DesignModel, type DesignNode, type FieldNode, type LayoutNode } from './types';

type Json = Record<string, unknown>;

/** Keys of the array-table helpers the designer adds; they are not fields. */
export const TABLE_REMOVE = '_remove_column';
export const TABLE_ADD = '_addition';

/** Drops undefined entries so the JSON (and a comparison of two schemas) has no empty keys. */
const compact = (o: Json): Json => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function fieldSchema(field: FieldNode, inTable = false): Json {
  const spec = FIELD_SPECS[field.kind];
  const options = OPTION_KINDS.includes(field.kind) ? (field.options ?? []) : undefined;
  const props = compact({ ...(field.extra['x-component-props'] as Json | undefined), dictionary: field.kind === 'dictionary' ? field.dictionary : undefined });
  const reaction = rulesToReaction(field.rules);
  const extraReactions = field.extra['x-reactions'];
  return compact({
    ...field.extra,
    type: field.kind === 'number' && field.integer ? 'integer' : spec.type,
    // In a table the column carries the title; the cell shows only the input and its error.
    title: inTable ? undefined : field.title,
    description: field.help || undefined,
    required: field.required || undefined,
    default: field.default,
    enum: options,
    minLength: field.minLength,
    maxLength: field.maxLength,
    minimum: field.minimum,
    maximum: field.maximum,
    pattern: field.pattern || undefined,
    'x-validator': field.validator || undefined,
    'x-decorator': 'FormItem',
    'x-component': spec.component,
    'x-component-props': Object.keys(props).length > 0 ? props : undefined,
    'x-reactions': reaction ? [reaction] : extraReactions,
  });
}

const properties = (nodes: DesignNode[], inTable = false): Json => Object.fromEntries(nodes.map((n) => (inTable && !isLayout(n) ? [`${n.name}_column`, column(n)] : [n.name, nodeSchema(n)])));

function column(field: FieldNode): Json {
  return { type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { title: field.title }, properties: { [field.name]: fieldSchema(field, true) } };
}

function layoutSchema(node: LayoutNode): Json {
  const spec = LAYOUT_SPECS[node.kind];
  if (node.kind === 'arrayTable') {
    const children = node.children.filter((c): c is FieldNode => !isLayout(c));
    return compact({
      ...node.extra,
      type: 'array',
      title: node.title,
      'x-decorator': 'FormItem',
      'x-component': spec.component,
      items: {
        type: 'object',
        properties: {
          ...properties(children, true),
          [TABLE_REMOVE]: { type: 'void', 'x-component': 'ArrayTable.Column', 'x-component-props': { width: 80 }, properties: { remove: { type: 'void', 'x-component': 'ArrayTable.Remove' } } },
        },
      },
      properties: { [TABLE_ADD]: { type: 'void', 'x-component': 'ArrayTable.Addition' } },
    });
  }
  const props = node.kind === 'grid' ? { maxColumns: node.columns ?? 2 } : node.kind === 'tab' ? { tab: node.title } : undefined;
  return compact({
    ...node.extra,
    type: 'void',
    title: node.kind === 'card' ? node.title : undefined,
    'x-component': spec.component,
    'x-component-props': props,
    properties: properties(node.children),
  });
}

const nodeSchema = (node: DesignNode): Json => (isLayout(node) ? layoutSchema(node) : fieldSchema(node));

/** The formily schema of a designer model: what is saved as a form version. */
export function toSchema(model: DesignModel): FormSchema {
  return { ...model.extra, type: 'object', properties: properties(model.children) };
}
