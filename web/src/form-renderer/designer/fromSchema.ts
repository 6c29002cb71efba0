import type { FormSchema } from '../../api/forms';
import { fieldKindOf, layoutKindOf } from './kinds';
import { reactionToRules } from './linkage';
import { TABLE_REMOVE } from './toSchema';
import { OPTION_KINDS, type DesignModel, type DesignNode, type Extra, type FieldNode, type LayoutNode, type OptionItem } from './types';

type Json = Record<string, unknown>;

/** A schema the designer cannot show as fields and containers; the JSON view says why. */
export class UnsupportedSchema extends Error {}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Keys fromSchema turns into model properties; every other key is kept in `extra`. */
const FIELD_KEYS = ['type', 'title', 'description', 'required', 'default', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'x-validator', 'x-decorator', 'x-component', 'x-component-props', 'x-reactions'];
const LAYOUT_KEYS = ['type', 'title', 'x-decorator', 'x-component', 'x-component-props', 'properties', 'items'];

const rest = (node: Json, known: string[]): Extra => Object.fromEntries(Object.entries(node).filter(([k]) => !known.includes(k)));

function options(value: unknown, at: string): OptionItem[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((o) => isObject(o) && typeof o.label === 'string' && typeof o.value === 'string' && Object.keys(o).length === 2))
    throw new UnsupportedSchema(`${at}: options must be {label, value} texts`);
  return value as OptionItem[];
}

function field(name: string, node: Json, at: string, title?: string): FieldNode {
  const kind = fieldKindOf(node['x-component'], node.type);
  if (!kind) throw new UnsupportedSchema(`${at}: ${String(node['x-component'] ?? node.type)} is not a designer field`);
  if (node['x-decorator'] !== 'FormItem') throw new UnsupportedSchema(`${at}: fields are decorated with FormItem`);
  if (node.required !== undefined && typeof node.required !== 'boolean') throw new UnsupportedSchema(`${at}: required must be true or false`);
  if (node['x-validator'] !== undefined && typeof node['x-validator'] !== 'string') throw new UnsupportedSchema(`${at}: only a named validator is supported`);
  const { dictionary, ...props } = isObject(node['x-component-props']) ? node['x-component-props'] : {};
  const reactions = node['x-reactions'];
  const rules = Array.isArray(reactions) && reactions.length === 1 ? reactionToRules(reactions[0]) : undefined;
  const extra = rest(node, FIELD_KEYS);
  if (Object.keys(props).length > 0 || (kind !== 'dictionary' && dictionary !== undefined)) extra['x-component-props'] = node['x-component-props'];
  if (reactions !== undefined && !rules) extra['x-reactions'] = reactions;
  if (!OPTION_KINDS.includes(kind) && node.enum !== undefined) extra.enum = node.enum;
  return {
    id: `field:${at}`,
    kind,
    name,
    title: title ?? str(node.title) ?? '',
    required: node.required === true,
    ...(node.default !== undefined ? { default: node.default } : {}),
    ...(OPTION_KINDS.includes(kind) ? { options: options(node.enum, at) ?? [] } : {}),
    ...(kind === 'dictionary' && typeof dictionary === 'string' ? { dictionary } : {}),
    ...compactNumbers({ minLength: num(node.minLength), maxLength: num(node.maxLength), minimum: num(node.minimum), maximum: num(node.maximum) }),
    ...(kind === 'number' && node.type === 'integer' ? { integer: true } : {}),
    ...(str(node.pattern) ? { pattern: str(node.pattern) } : {}),
    ...(str(node['x-validator']) ? { validator: str(node['x-validator']) } : {}),
    ...(str(node.description) ? { help: str(node.description) } : {}),
    rules: rules ?? [],
    extra,
  };
}

const compactNumbers = (o: Record<string, number | undefined>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function tableColumns(items: unknown, at: string): FieldNode[] {
  if (!isObject(items) || !isObject(items.properties)) throw new UnsupportedSchema(`${at}: a table needs items with columns`);
  return Object.entries(items.properties)
    .filter(([key]) => key !== TABLE_REMOVE)
    .map(([key, col]) => {
      const cells = isObject(col) && isObject(col.properties) ? Object.entries(col.properties) : [];
      if (!isObject(col) || col['x-component'] !== 'ArrayTable.Column' || cells.length !== 1) throw new UnsupportedSchema(`${at}.${key}: a column holds one field`);
      const [name, cell] = cells[0];
      const title = isObject(col['x-component-props']) ? str(col['x-component-props'].title) : undefined;
      return field(name, cell as Json, `${at}.items.${key}.${name}`, title ?? '');
    });
}

function layout(name: string, node: Json, at: string): LayoutNode {
  const kind = layoutKindOf(node['x-component'])!;
  const props = isObject(node['x-component-props']) ? node['x-component-props'] : {};
  const base = { id: `layout:${at}`, kind, name, extra: rest(node, LAYOUT_KEYS) };
  if (kind === 'arrayTable') return { ...base, title: str(node.title) ?? '', children: tableColumns(node.items, at) };
  const title = kind === 'tab' ? (str(props.tab) ?? '') : (str(node.title) ?? '');
  return { ...base, title, ...(kind === 'grid' ? { columns: num(props.maxColumns) ?? 2 } : {}), children: nodes(node.properties, `${at}.properties`) };
}

function nodes(properties: unknown, at: string): DesignNode[] {
  if (properties === undefined) return [];
  if (!isObject(properties)) throw new UnsupportedSchema(`${at}: properties must be an object`);
  return Object.entries(properties).map(([name, node]) => {
    if (!isObject(node)) throw new UnsupportedSchema(`${at}.${name}: not a schema`);
    return layoutKindOf(node['x-component']) ? layout(name, node, `${at}.${name}`) : field(name, node, `${at}.${name}`);
  });
}

/** The designer model of a schema; throws UnsupportedSchema for what the designer cannot edit. */
export function fromSchema(schema: FormSchema): DesignModel {
  return { children: nodes(schema.properties, 'properties'), extra: rest(schema, ['type', 'properties']) };
}
