/**
 * The designer's model of a form: a tree of fields and layout containers that maps one to one onto
 * a formily schema (see toSchema.ts / fromSchema.ts). Pure data, no React, so it can be tested alone.
 */
export const FIELD_KINDS = ['input', 'textarea', 'number', 'select', 'radio', 'checkbox', 'switch', 'date', 'time', 'rating'] as const;
export const DOMAIN_KINDS = ['phone', 'idCard', 'dictionary', 'area', 'elder', 'satisfaction', 'file', 'knowledge', 'caseOpener'] as const;
export const LAYOUT_KINDS = ['grid', 'card', 'tabs', 'arrayTable'] as const;

export type FieldKind = (typeof FIELD_KINDS)[number] | (typeof DOMAIN_KINDS)[number];
/** `tab` is a pane inside `tabs`; it is added with its tabs, not from the palette. */
export type LayoutKind = (typeof LAYOUT_KINDS)[number] | 'tab';

export type RuleEffect = 'show' | 'require';
export type RuleOp = 'eq' | 'ne' | 'empty' | 'notEmpty';
export type RuleValue = string | number | boolean;

/** "show/require this field when <field> <op> <value>": several rules of one effect must all hold. */
export interface LinkRule {
  effect: RuleEffect;
  field: string;
  op: RuleOp;
  value?: RuleValue;
}

export interface OptionItem {
  label: string;
  value: string;
}

/** Schema keys the designer does not edit, kept verbatim so nothing is lost on a round trip. */
export type Extra = Record<string, unknown>;

export interface FieldNode {
  id: string;
  kind: FieldKind;
  name: string;
  title: string;
  required: boolean;
  default?: unknown;
  options?: OptionItem[];
  dictionary?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** A number field that takes whole numbers only (schema type integer). */
  integer?: boolean;
  pattern?: string;
  validator?: string;
  help?: string;
  rules: LinkRule[];
  extra: Extra;
}

export interface LayoutNode {
  id: string;
  kind: LayoutKind;
  /** The schema key: a data field name for arrayTable, a container name otherwise. */
  name: string;
  title: string;
  columns?: number;
  children: DesignNode[];
  extra: Extra;
}

export type DesignNode = FieldNode | LayoutNode;

export interface DesignModel {
  children: DesignNode[];
  /** Root keys other than type/properties (e.g. x-decorator props of the whole form). */
  extra: Extra;
}

export const isLayout = (node: DesignNode): node is LayoutNode => (LAYOUT_KINDS as readonly string[]).includes(node.kind) || node.kind === 'tab';

/** Kinds whose value is picked from a list of options. */
export const OPTION_KINDS: readonly FieldKind[] = ['select', 'radio', 'checkbox', 'caseOpener'];
